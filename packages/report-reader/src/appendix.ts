// Reads PHỤ LỤC I back from a report's flattened text, anchored on the template: each row is found by its printed
// code (and name) in template order, "Trong đó" rows by their name under their parent, and what follows the name is
// read as unit, value and note. Numbers are read only by the domain's Vietnamese number parser.
import { parseVietnameseNumber, type IndicatorDef } from '@cchc/domain';
import { region, type Region, type ReportDocument } from './document.js';
import { compactFold, foldWithOffsets, tidy } from './fold.js';
import type { AppendixProposal, Confidence, ProposalIssue } from './proposal.js';

export interface AppendixReading {
  proposals: AppendixProposal[];
  missingRows: string[];
  /** How many numbered template rows were found by their code: a report in another template finds few. */
  numberedFound: number;
  numberedTotal: number;
}

/** The column headers of the appendix table, repeated on each page: layout, not rows. */
const HEADER_WORDS = ['stt', 'cacchitieu', 'ketqua', 'ghichu', 'donvitinh', 'solieu'];

function isTableHeader(folded: string): boolean {
  let rest = folded;
  for (const word of HEADER_WORDS) rest = rest.split(word).join('');
  return folded !== '' && rest === '';
}

/** Where PHỤ LỤC I starts (the line after its heading) and ends (the next "DANH MỤC" or "PHỤ LỤC" heading). */
export function appendixBounds(doc: ReportDocument): { from: number; to: number } | null {
  const folded = doc.lines.map((line) => (line.furniture === null ? compactFold(line.text) : ''));
  const start = folded.findIndex((f) => /^phuluci(?![ivx])/.test(f));
  if (start < 0) return null;
  let end = folded.findIndex((f, i) => i > start && (/^danhmuc/.test(f) || /^phuluc[ivx]+/.test(f)));
  if (end < 0) end = doc.lines.length;
  return { from: start + 1, to: end };
}

interface Located {
  row: IndicatorDef;
  /** Offset in the region where the row starts (its code, or its name for a "Trong đó" row). */
  start: number;
  /** Offset where its name starts. */
  nameStart: number;
  nameFound: boolean;
}

export function readAppendix(doc: ReportDocument, template: IndicatorDef[]): AppendixReading {
  const rows = template.filter((i) => i.origin === 'APPENDIX').sort((a, b) => a.order - b.order);
  const numbered = rows.filter((r) => !r.isComponentRow);
  const headings = new Set(rows.flatMap((r) => (r.parentCode !== null && !r.isComponentRow ? [r.parentCode] : [])));
  const bounds = appendixBounds(doc) ?? { from: 0, to: doc.lines.length };
  for (const line of doc.lines.slice(bounds.from, bounds.to)) {
    if (line.furniture === null && isTableHeader(compactFold(line.text))) line.furniture = 'REPEATED_BLOCK';
  }
  const text = region(doc, bounds.from, bounds.to);

  const located: Located[] = [];
  // Numbered rows: a line that starts with the row's code, in template order.
  const lineStarts = lineOffsets(text.text);
  let cursorLine = 0;
  for (const row of numbered) {
    const found = findNumberedRow(text.text, lineStarts, cursorLine, row);
    if (found === null) continue;
    cursorLine = found.lineIndex + 1;
    located.push({ row, start: found.start, nameStart: found.nameStart, nameFound: found.nameFound });
  }
  // "Trong đó" rows: by name, between their parent and the next numbered row found.
  const numberedLocated = [...located];
  numberedLocated.forEach((parent, index) => {
    const parts = rows.filter((r) => r.isComponentRow && r.parentCode === parent.row.code);
    if (parts.length === 0) return;
    const end = numberedLocated[index + 1]?.start ?? text.text.length;
    const slice = foldWithOffsets(text.text.slice(parent.nameStart, end));
    let foldedCursor = Math.min(compactFold(parent.row.name).length, slice.folded.length);
    for (const part of parts) {
      const name = compactFold(part.name);
      let at = slice.folded.indexOf(name, foldedCursor);
      let nameFound = at >= 0;
      if (!nameFound) at = slice.folded.indexOf(name.slice(0, 20), foldedCursor);
      if (at < 0) continue;
      foldedCursor = at + 1;
      const from = parent.nameStart + slice.offsets[at]!;
      nameFound = nameFound || false;
      located.push({ row: part, start: from, nameStart: from, nameFound });
    }
  });
  located.sort((a, b) => a.start - b.start);

  const proposals: AppendixProposal[] = [];
  located.forEach((here, index) => {
    const end = located[index + 1]?.start ?? text.text.length;
    const proposal = readRow(text, here, end, headings.has(here.row.code));
    if (proposal) proposals.push(proposal);
  });
  const order = new Map(rows.map((r, i) => [r.code, i]));
  proposals.sort((a, b) => order.get(a.code)! - order.get(b.code)!);
  const foundCodes = new Set(located.map((l) => l.row.code));
  return {
    proposals,
    missingRows: rows.filter((r) => !headings.has(r.code) && !foundCodes.has(r.code)).map((r) => r.code),
    numberedFound: located.filter((l) => !l.row.isComponentRow).length,
    numberedTotal: numbered.length,
  };
}

function lineOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function codePattern(code: string): RegExp {
  const escaped = code.replace(/\./g, '\\.');
  // A one-number code ("1") is printed "1.": without its dot it would be any line starting with a digit.
  const dot = code.includes('.') ? '\\.?' : '\\.';
  // The name may follow with no space at all ("1.1.Tỷ lệ …") when a PDF spaces cells by position only.
  return new RegExp(`^\\s*${escaped}${dot}(?=\\s|$|\\p{L})`, 'u');
}

function findNumberedRow(
  text: string,
  lineStarts: number[],
  fromLine: number,
  row: IndicatorDef,
): { lineIndex: number; start: number; nameStart: number; nameFound: boolean } | null {
  const pattern = codePattern(row.code);
  const name = compactFold(row.name);
  let fallback: { lineIndex: number; start: number; nameStart: number; nameFound: boolean } | null = null;
  for (let i = fromLine; i < lineStarts.length; i += 1) {
    const start = lineStarts[i]!;
    const end = i + 1 < lineStarts.length ? lineStarts[i + 1]! - 1 : text.length;
    const match = pattern.exec(text.slice(start, end));
    if (!match) continue;
    const nameStart = start + match[0].length;
    // The name may continue over the next lines: compare the folded text that follows with the template's name.
    const after = compactFold(text.slice(nameStart, nameStart + row.name.length * 3 + 40));
    const prefix = name.slice(0, Math.min(name.length, 16));
    if (after.startsWith(prefix)) return { lineIndex: i, start, nameStart, nameFound: true };
    // A code whose name does not follow may be another table's numbering: the row is taken there (with its name in
    // doubt) only if no line further on carries both the code and the name.
    fallback ??= { lineIndex: i, start, nameStart, nameFound: false };
  }
  return fallback;
}

function readRow(text: Region, here: Located, end: number, isHeading: boolean): AppendixProposal | null {
  const row = here.row;
  const issues: ProposalIssue[] = [];
  const block = text.text.slice(here.nameStart, end);
  const folded = foldWithOffsets(block);
  const name = compactFold(row.name);

  // 1. The name: exactly the template's (folded), or as far as it agrees.
  let nameEnd: number;
  let nameOk = here.nameFound;
  if (folded.folded.startsWith(name)) {
    nameEnd = folded.offsets[name.length - 1]! + 1;
  } else {
    nameOk = false;
    let common = 0;
    while (common < name.length && folded.folded[common] === name[common]) common += 1;
    const tail = name.slice(-12);
    const at = folded.folded.indexOf(tail, Math.max(0, common - 12));
    const endFolded = at >= 0 && at < name.length + 40 ? at + tail.length : common;
    nameEnd = endFolded > 0 ? folded.offsets[endFolded - 1]! + 1 : 0;
  }
  if (!nameOk) issues.push('NAME_DIFFERS');

  // 2. What follows the name, without a "Trong đó" marker that introduces the next rows.
  let rest = stripGroupMarker(block.slice(nameEnd));
  const restOffset = here.nameStart + nameEnd;

  // 3. The unit, or the legend the template prints in its place.
  let unitAsWritten: string | null = null;
  let unitOk = true;
  const unit = row.unit !== null && row.unit.trim() !== '' ? row.unit : null;
  let consumed = 0;
  if (unit !== null) {
    const restFolded = foldWithOffsets(rest);
    const unitFolded = compactFold(unit);
    if (restFolded.folded.startsWith(unitFolded)) {
      consumed = restFolded.offsets[unitFolded.length - 1]! + 1;
      unitAsWritten = tidy(rest.slice(0, consumed));
    } else {
      unitOk = false;
      // Whatever words stand before the first number are the unit as printed.
      for (const token of rest.matchAll(/\S+/gu)) {
        if (/^[-−]?\d/u.test(token[0])) break;
        consumed = token.index + token[0].length;
      }
      unitAsWritten = consumed > 0 ? tidy(rest.slice(0, consumed)) : null;
    }
  } else if (row.legend && row.legend.length > 0) {
    const restFolded = foldWithOffsets(rest);
    let cursor = 0;
    let matched = 0;
    for (const entry of row.legend) {
      const key = `${compactFold(entry.label)}=${entry.value}`;
      const at = restFolded.folded.indexOf(key, cursor);
      if (at < 0) continue;
      matched += 1;
      cursor = at + key.length;
    }
    if (matched === row.legend.length) consumed = restFolded.offsets[cursor - 1]! + 1;
    else {
      unitOk = false;
      issues.push('LEGEND_NOT_FOUND');
      if (cursor > 0) consumed = restFolded.offsets[cursor - 1]! + 1;
    }
  }
  if (!unitOk && !issues.includes('LEGEND_NOT_FOUND')) issues.push('UNIT_DIFFERS');
  rest = rest.slice(consumed);
  const valueOffset = restOffset + consumed;

  // 4. The value: the first token; what follows on the row is its note.
  const tokens = [...rest.matchAll(/\S+/gu)];
  if (isHeading && tokens.length === 0) return null;
  let raw = '';
  let value: number | null = null;
  let readable = true;
  let note: string | null = null;
  let contentEnd: number;
  if (tokens.length > 0) {
    const first = tokens[0]!;
    raw = first[0];
    const last = tokens[tokens.length - 1]!;
    contentEnd = valueOffset + last.index + last[0].length;
    const noteText = tidy(rest.slice(first.index + first[0].length));
    note = noteText === '' ? null : noteText;
    try {
      value = parseVietnameseNumber(raw);
    } catch {
      readable = false;
      // Never guessed: the whole cell is kept as its text for a person to read.
      raw = tidy(rest);
      note = null;
      issues.push('UNREADABLE_NUMBER');
    }
    if (readable && note !== null && /^\d{3}(?:[.,]\d+)?%?$/u.test(note.split(' ')[0]!) && /^\d{1,3}$/u.test(raw)) {
      issues.push('DIGITS_AFTER_VALUE');
    }
  } else {
    contentEnd = valueOffset;
  }
  if (value !== null && row.legend && row.legend.length > 0 && !row.legend.some((e) => e.value === value)) {
    issues.push('NOT_IN_LEGEND');
  }
  if (value !== null && (row.valueType === 'PERCENT' || unit === '%') && (value < 0 || value > 100)) {
    issues.push('PERCENT_OUT_OF_RANGE');
  }

  const quoteEnd = Math.max(contentEnd, restOffset);
  const quoteText = text.text.slice(here.start, quoteEnd).replace(/\s+$/u, '');
  return {
    code: row.code,
    name: row.name,
    unit: row.unit,
    unitAsWritten,
    raw,
    value,
    readable,
    note,
    confidence: confidenceOf(issues, readable),
    issues,
    source: { lines: text.linesBetween(here.start, here.start + Math.max(quoteText.length, 1)), text: quoteText },
  };
}

function confidenceOf(issues: ProposalIssue[], readable: boolean): Confidence {
  if (!readable || issues.includes('NAME_DIFFERS') || issues.includes('DIGITS_AFTER_VALUE')) return 'LOW';
  return issues.length === 0 ? 'HIGH' : 'MEDIUM';
}

/** Drops a trailing "Trong đó" (of which) marker, whether "Trong" and "đó" share a line or not. */
function stripGroupMarker(text: string): string {
  const folded = foldWithOffsets(text);
  const at = folded.folded.lastIndexOf('trongdo');
  if (at < 0) return text;
  const tail = folded.folded.slice(at + 'trongdo'.length).replace(/^:/, '');
  return tail === '' ? text.slice(0, folded.offsets[at]) : text;
}
