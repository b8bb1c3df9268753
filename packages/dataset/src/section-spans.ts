// Where each section of a report lies in its source text, found from the printed headings, so that every quoted
// figure can be checked to come from the section it cites.
import type { Section } from '@cchc/domain';

export interface TextRange {
  start: number;
  end: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A heading as printed: its number, then the first words of its title, with any spacing or line breaks between. */
function headingPattern(section: Pick<Section, 'number' | 'title'>): RegExp {
  const words = [...section.number.split(/\s+/), ...section.title.split(/\s+/).slice(0, 4)].filter(Boolean);
  return new RegExp(`(?:^|\\n)[ \\t]*(${words.map(escapeRegExp).join('\\s+')})`, 'g');
}

/**
 * Finds each section's heading in document order (each search starts after the previous heading, so "1." finds the
 * right one) and gives the section the text up to the next heading that is not one of its own subsections.
 * Footnotes are printed at the foot of a page, inside whatever section the page break falls in; a footnote is moved
 * to the section whose text carries its marker ("03 cuộc1").
 */
export function sectionRanges(text: string, sections: readonly Section[]): Map<string, TextRange[]> {
  const ordered = [...sections].sort((a, b) => a.order - b.order);
  const starts = new Map<string, number>();
  let cursor = 0;
  for (const section of ordered) {
    const pattern = headingPattern(section);
    pattern.lastIndex = cursor;
    const match = pattern.exec(text);
    if (!match) throw new Error(`Section ${section.id}: heading "${section.number} ${section.title}" not found after offset ${cursor}`);
    const start = match.index + match[0].length - (match[1]?.length ?? 0);
    starts.set(section.id, start);
    cursor = start + 1;
  }
  const parentOf = new Map(sections.map((s) => [s.id, s.parentId]));
  const isWithin = (id: string, ancestor: string): boolean => {
    for (let p = parentOf.get(id) ?? null; p !== null; p = parentOf.get(p) ?? null) if (p === ancestor) return true;
    return false;
  };
  const ranges = new Map<string, TextRange[]>();
  ordered.forEach((section, i) => {
    const next = ordered.slice(i + 1).find((s) => !isWithin(s.id, section.id));
    ranges.set(section.id, [{ start: starts.get(section.id)!, end: next ? starts.get(next.id)! : text.length }]);
  });
  for (const footnote of footnoteRanges(text)) {
    const marker = text.indexOf(footnote.marker);
    const owner = ordered.filter((s) => contains(ranges.get(s.id)!, marker)).pop();
    const host = ordered.filter((s) => contains(ranges.get(s.id)!, footnote.start)).pop();
    if (!owner || !host) continue;
    ranges.set(host.id, subtract(ranges.get(host.id)!, footnote));
    ranges.set(owner.id, [...ranges.get(owner.id)!, { start: footnote.start, end: footnote.end }]);
  }
  return ranges;
}

/**
 * The footnotes of the text: a line starting with the footnote's number and "Năm 20xx:" up to the line where the
 * page's body resumes (the PDF extraction indents that line by one space). Only footnote 1 occurs in this report.
 */
function footnoteRanges(text: string): (TextRange & { marker: string })[] {
  const result: (TextRange & { marker: string })[] = [];
  const footnote = /\n(\d) Năm 20\d\d:/g;
  for (let m = footnote.exec(text); m; m = footnote.exec(text)) {
    const start = m.index + 1;
    const resume = /\n [^\s]/g;
    resume.lastIndex = start;
    const end = resume.exec(text)?.index ?? text.length;
    // The marker is the footnote number glued to the word it annotates, e.g. "cuộc1.".
    const markerMatch = new RegExp(`\\p{L}${m[1]}\\.`, 'u').exec(text);
    if (markerMatch) result.push({ start, end, marker: markerMatch[0] });
  }
  return result;
}

function contains(ranges: TextRange[], offset: number): boolean {
  return ranges.some((r) => offset >= r.start && offset < r.end);
}

function subtract(ranges: TextRange[], cut: TextRange): TextRange[] {
  return ranges.flatMap((r) => {
    if (cut.end <= r.start || cut.start >= r.end) return [r];
    const parts: TextRange[] = [];
    if (cut.start > r.start) parts.push({ start: r.start, end: cut.start });
    if (cut.end < r.end) parts.push({ start: cut.end, end: r.end });
    return parts;
  });
}

/** True when `quote` occurs somewhere inside the given ranges of `text`. */
export function occursWithin(text: string, ranges: readonly TextRange[], quote: string): boolean {
  return ranges.some((r) => text.slice(r.start, r.end).includes(quote));
}
