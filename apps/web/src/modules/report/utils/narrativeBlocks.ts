// Splits a section's narrative into paragraphs and the tables the source flattened into "| a | b |" lines.
export type NarrativeBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; header: string[]; rows: string[][] };

const isTableLine = (line: string) => line.trim().startsWith('|');
const isSeparator = (line: string) => /^\|?\s*:?-{2,}/.test(line.trim()) && /^[|\s:-]+$/.test(line.trim());

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

export function narrativeBlocks(body: string): NarrativeBlock[] {
  const lines = body.split(/\n+/).filter((l) => l.trim());
  const blocks: NarrativeBlock[] = [];
  let table: string[][] = [];
  const flush = () => {
    if (table.length === 0) return;
    const [header = [], ...rows] = table;
    blocks.push({ kind: 'table', header, rows });
    table = [];
  };
  for (const line of lines) {
    if (isTableLine(line)) {
      if (!isSeparator(line)) table.push(cells(line));
    } else {
      flush();
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  flush();
  return blocks;
}

/**
 * The indicator a table cell reports: a figure with exactly that text, preferring one whose quote names the row.
 * Ambiguous cells stay unlinked rather than linked to a guess.
 */
export function cellIndicator(
  cell: string,
  rowLabel: string,
  figures: readonly { code: string; raw: string; quote: string }[],
): string | null {
  if (!cell) return null;
  const same = figures.filter((f) => f.raw === cell);
  const codes = new Set(same.map((f) => f.code));
  if (codes.size === 1) return same[0]?.code ?? null;
  const label = rowLabel.slice(0, 24);
  const named = new Set(same.filter((f) => label && f.quote.includes(label)).map((f) => f.code));
  return named.size === 1 ? ([...named][0] ?? null) : null;
}
