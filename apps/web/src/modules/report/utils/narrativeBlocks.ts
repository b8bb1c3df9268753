// Splits a section's narrative into paragraphs and the tables the source flattened into "| a | b |" lines.
//
// A table's header is every line before its "|---|" separator, so a table may have a header of several levels. In a
// header line a cell followed directly by more pipes spans that many columns ("| Năm 2021 || Năm 2022 ||", the
// MultiMarkdown convention); a cell holding only spaces is a blank cell. Body cells never span: a blank stays blank.
export interface HeaderCell {
  text: string;
  span: number;
}

export interface NarrativeTable {
  kind: 'table';
  /** The header rows, top level first, each cell with the number of columns it spans. */
  header: HeaderCell[][];
  /** Each column's header path, top level first, blanks left out: ["Năm 2021", "Cán bộ"]. */
  columns: string[][];
  rows: string[][];
  /** Columns whose written cells are all figures (right-aligned). */
  numeric: boolean[];
}

export type NarrativeBlock = { kind: 'paragraph'; text: string } | NarrativeTable;

const isTableLine = (line: string) => line.trim().startsWith('|');
const isSeparator = (line: string) => /^\|?\s*:?-{2,}/.test(line.trim()) && /^[|\s:-]+$/.test(line.trim());
/** A figure as the report writes it: "6221", "16.807", "98,53%", "19/23", "09". */
const isFigure = (cell: string) => /^[\d.,%/\s-]+$/.test(cell) && /\d/.test(cell);

function inner(line: string): string {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '');
}

function cells(line: string): string[] {
  return inner(line)
    .split('|')
    .map((c) => c.trim());
}

function headerCells(line: string): HeaderCell[] {
  const out: HeaderCell[] = [];
  for (const part of inner(line).split('|')) {
    const last = out[out.length - 1];
    // "||": nothing at all between two pipes widens the cell before it.
    if (part === '' && last) last.span += 1;
    else out.push({ text: part.trim(), span: 1 });
  }
  return out;
}

/** `separatorAt`: how many of the lines came before the "|---|" line (which is not among them), or -1. */
function table(lines: string[], separatorAt: number): NarrativeTable {
  // Without a separator the first line is the header, as before.
  const headerLines = separatorAt >= 0 ? lines.slice(0, separatorAt) : lines.slice(0, 1);
  const bodyLines = separatorAt >= 0 ? lines.slice(separatorAt) : lines.slice(1);
  const header = headerLines.map(headerCells);
  const rows = bodyLines.map(cells);
  const width = Math.max(0, ...header.map((row) => row.reduce((n, c) => n + c.span, 0)), ...rows.map((r) => r.length));
  const columns: string[][] = Array.from({ length: width }, () => []);
  for (const row of header) {
    let at = 0;
    for (const cell of row) {
      for (let i = 0; i < cell.span; i++) if (cell.text) columns[at + i]?.push(cell.text);
      at += cell.span;
    }
  }
  const numeric = columns.map((_, c) => {
    const written = rows.map((r) => r[c] ?? '').filter(Boolean);
    return written.length > 0 && written.every(isFigure);
  });
  return { kind: 'table', header, columns, rows, numeric };
}

export function narrativeBlocks(body: string): NarrativeBlock[] {
  const lines = body.split(/\n+/).filter((l) => l.trim());
  const blocks: NarrativeBlock[] = [];
  let tableLines: string[] = [];
  let separatorAt = -1;
  const flush = () => {
    if (tableLines.length === 0) return;
    blocks.push(table(tableLines, separatorAt));
    tableLines = [];
    separatorAt = -1;
  };
  for (const line of lines) {
    if (isTableLine(line)) {
      if (isSeparator(line)) {
        if (separatorAt < 0) separatorAt = tableLines.length;
      } else tableLines.push(line);
    } else {
      flush();
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  flush();
  return blocks;
}

export interface TableFigure {
  code: string;
  raw: string;
  quote: string;
  /** Where the source places the figure in its table: "<row> / <column>" or, without row labels, the column path. */
  row?: string | null;
}

/**
 * The indicator a table cell reports. A figure placed in the table (its source names the row and column, as
 * "5 / 2024" or "Năm 2021 / Cán bộ") links the cell at that place with that text. A cell no placed figure claims
 * falls back to a figure with exactly that text, preferring one whose quote names the row; ambiguous cells and blank
 * cells stay unlinked rather than linked to a guess.
 */
export function tableCellIndicator(table: NarrativeTable, r: number, c: number, figures: readonly TableFigure[]): string | null {
  const row = table.rows[r] ?? [];
  const cell = row[c] ?? '';
  if (!cell) return null;
  const column = (table.columns[c] ?? []).join(' / ');
  const places = new Set([column, `${row[0] ?? ''} / ${column}`]);
  const placed = figures.filter((f) => f.row && f.raw === cell && places.has(f.row));
  const placedCodes = new Set(placed.map((f) => f.code));
  if (placedCodes.size === 1) return placed[0]?.code ?? null;
  if (placedCodes.size > 1 || c === 0) return null;
  return cellIndicator(cell, row[1] ?? '', figures.filter((f) => !f.row));
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
