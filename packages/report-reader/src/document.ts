// A report's text as numbered lines, with the lines that are page furniture (page numbers, link annotations, a table
// header repeated at the top of every page, a running header or footer) marked so that readers skip them. Everything
// a reader proposes points back to line numbers of this text, 1-based.
import { compactFold } from './fold.js';

export type FurnitureKind = 'PAGE_NUMBER' | 'LINK' | 'REPEATED_BLOCK' | 'RUNNING_HEADER';

export interface DocLine {
  /** 1-based line number in the text as extracted. */
  number: number;
  text: string;
  furniture: FurnitureKind | null;
}

export interface ReportDocument {
  lines: DocLine[];
}

const PAGE_NUMBER = /^\s*(?:-\s*)?(?:trang\s+)?(\d{1,3})(?:\s*\/\s*\d{1,3})?(?:\s*-)?\s*$/iu;
const LINK = /^\s*(?:https?:\/\/|mailto:|www\.)\S*\s*$/iu;

export function toDocument(text: string): ReportDocument {
  const raw = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n');
  const lines: DocLine[] = raw.map((line, index) => ({ number: index + 1, text: line, furniture: null }));
  for (const line of lines) if (LINK.test(line.text)) line.furniture = 'LINK';
  markPageNumbers(lines);
  markRunningHeaders(lines);
  markRepeatedBlocks(lines);
  return { lines };
}

/**
 * A lone number is a page number only when it is part of a run of at least three lone numbers counting up one by one,
 * a page apart ("7", …, "8", …, "9"), through most of the document: a lone number inside a table is a value ("2",
 * "0"), and the numbers of a list's items count up too.
 */
function markPageNumbers(lines: DocLine[]): void {
  const candidates = lines.flatMap((line) => {
    const match = PAGE_NUMBER.exec(line.text);
    return match && line.furniture === null ? [{ line, page: Number(match[1]), explicit: /trang|\//iu.test(line.text) }] : [];
  });
  for (const candidate of candidates) if (candidate.explicit) candidate.line.furniture = 'PAGE_NUMBER';
  // Longest chain of lone numbers increasing by exactly one, each at least a few lines after the last.
  const best: number[] = [];
  for (let start = 0; start < candidates.length; start += 1) {
    const chain = [start];
    for (let next = start + 1; next < candidates.length; next += 1) {
      const last = candidates[chain[chain.length - 1]!]!;
      const here = candidates[next]!;
      if (here.page === last.page + 1 && here.line.number - last.line.number >= 25) chain.push(next);
    }
    if (chain.length > best.length) best.splice(0, best.length, ...chain);
  }
  if (best.length < 3) return;
  // Numbered items of a list also count up one by one: page numbers run through the whole document, a page apart.
  const gaps = best.slice(1).map((c, i) => candidates[c]!.line.number - candidates[best[i]!]!.line.number).sort((a, b) => a - b);
  const pageLength = gaps[gaps.length >> 1]!;
  if (best.length * pageLength < lines.length * 0.6) return;
  // And page n sits about n pages down: a list numbered 6, 7, 8… near the end of the document does not.
  const first = candidates[best[0]!]!;
  if (Math.abs(first.line.number - first.page * pageLength) > 1.5 * pageLength) return;
  for (const index of best) candidates[index]!.line.furniture = 'PAGE_NUMBER';
}

/** A run of five or more non-blank lines printed identically two or more times is a table header repeated per page. */
function markRepeatedBlocks(lines: DocLine[]): void {
  const content = lines.filter((line) => line.text.trim() !== '' && line.furniture === null);
  const keys = content.map((line) => compactFold(line.text));
  const SIZE = 5;
  const seen = new Map<string, number>();
  for (let i = 0; i + SIZE <= keys.length; i += 1) {
    const key = keys.slice(i, i + SIZE).join('\u0000');
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  for (let i = 0; i + SIZE <= keys.length; i += 1) {
    const key = keys.slice(i, i + SIZE).join('\u0000');
    // Short runs of very short cells ("Trong", "đó", "%") repeat by nature: require some substance.
    if ((seen.get(key) ?? 0) >= 2 && key.split('\u0000').join('').length >= 40) {
      for (let k = i; k < i + SIZE; k += 1) content[k]!.furniture = 'REPEATED_BLOCK';
    }
  }
}

/** One line of some length printed three or more times (a running header or footer such as the commune's name). */
function markRunningHeaders(lines: DocLine[]): void {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.furniture !== null) continue;
    const key = compactFold(line.text);
    if (key.length >= 20 && !/^\d/.test(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const line of lines) {
    if (line.furniture === null && (counts.get(compactFold(line.text)) ?? 0) >= 3) line.furniture = 'RUNNING_HEADER';
  }
}

/** Lines [from, to) without furniture, joined by "\n", with a way back from an offset to its line number. */
export interface Region {
  text: string;
  /** The line number of the character at `offset`. */
  lineAt(offset: number): number;
  /** Line numbers touched by [from, to). */
  linesBetween(from: number, to: number): number[];
}

export function region(doc: ReportDocument, fromIndex: number, toIndex: number): Region {
  const parts: string[] = [];
  const starts: number[] = [];
  const numbers: number[] = [];
  let offset = 0;
  for (const line of doc.lines.slice(fromIndex, toIndex)) {
    if (line.furniture !== null) continue;
    starts.push(offset);
    numbers.push(line.number);
    parts.push(line.text);
    offset += line.text.length + 1;
  }
  const text = parts.join('\n');
  const indexAt = (at: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    text,
    lineAt: (at) => numbers[indexAt(at)] ?? 0,
    linesBetween: (from, to) => {
      if (numbers.length === 0) return [];
      const first = indexAt(from);
      const last = indexAt(Math.max(from, to - 1));
      const out: number[] = [];
      for (let i = first; i <= last; i += 1) if (text.slice(starts[i], starts[i]! + parts[i]!.length).trim() !== '' || i === first) out.push(numbers[i]!);
      return out;
    },
  };
}

/** The index of the first line at or after `from` whose compact fold matches `test`, or -1. */
export function findLine(doc: ReportDocument, test: (folded: string, line: DocLine) => boolean, from = 0): number {
  for (let i = from; i < doc.lines.length; i += 1) {
    const line = doc.lines[i]!;
    if (line.furniture === null && test(compactFold(line.text), line)) return i;
  }
  return -1;
}
