// Finds the figures a section reports inside its narrative, so each can link to its indicator.
export interface FigureRef {
  code: string;
  raw: string;
  quote: string;
}

export type NarrativeSegment = { text: string } | { text: string; code: string };

/**
 * Locates each figure by its quote (an exact excerpt of the source) and the raw text inside that quote; overlapping
 * or unlocatable figures are left as plain text rather than guessed at.
 */
export function linkFigures(body: string, figures: readonly FigureRef[]): NarrativeSegment[] {
  const ranges: { start: number; end: number; code: string }[] = [];
  for (const figure of figures) {
    if (!figure.raw || !figure.quote) continue;
    let from = 0;
    while (from <= body.length) {
      const quoteAt = body.indexOf(figure.quote, from);
      if (quoteAt < 0) break;
      const rawAt = findNumberToken(figure.quote, figure.raw);
      if (rawAt < 0) break;
      const start = quoteAt + rawAt;
      const end = start + figure.raw.length;
      if (!ranges.some((r) => start < r.end && end > r.start)) {
        ranges.push({ start, end, code: figure.code });
        break;
      }
      from = quoteAt + 1;
    }
  }
  ranges.sort((a, b) => a.start - b.start);
  const segments: NarrativeSegment[] = [];
  let cursor = 0;
  for (const r of ranges) {
    if (r.start > cursor) segments.push({ text: body.slice(cursor, r.start) });
    segments.push({ text: body.slice(r.start, r.end), code: r.code });
    cursor = r.end;
  }
  if (cursor < body.length) segments.push({ text: body.slice(cursor) });
  return segments;
}

/** The raw figure as a whole token: "16" must not match inside "2016" or "16.807". */
function findNumberToken(text: string, raw: string): number {
  let at = text.indexOf(raw);
  while (at >= 0) {
    const before = text[at - 1];
    const after = text[at + raw.length];
    const digitLike = (c: string | undefined) => c !== undefined && /[0-9]/.test(c);
    const joins = (c: string | undefined, next: string | undefined) =>
      (c === ',' || c === '.') && digitLike(next);
    if (!digitLike(before) && !joins(before, text[at - 2]) && !digitLike(after) && !joins(after, text[at + raw.length + 1]))
      return at;
    at = text.indexOf(raw, at + 1);
  }
  return -1;
}
