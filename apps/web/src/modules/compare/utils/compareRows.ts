// How the compare page orders its rows and writes its CSV: Vietnamese name order, sorting by a column, and the
// comparison as one row per commune, indicator and year with the domain's number format and CSV-cell rule.
import { compareVietnamese, formatNumber, neutraliseCsvCell, type Locale } from '@cchc/domain';
import Papa from 'papaparse';

export interface UnitName {
  code: string;
  name: string;
}

/** A table's sort: by the unit's name (Vietnamese order) or by the value of one column (a year, a rank). */
export interface SortState {
  key: string;
  dir: 'asc' | 'desc';
}

export const BY_NAME: SortState = { key: 'name', dir: 'asc' };

/** The next sort when a column's header is clicked: the same column flips, another starts ascending (names) or descending (values). */
export function nextSort(current: SortState, key: string): SortState {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'name' ? 'asc' : 'desc' };
}

/**
 * Rows sorted by `sort`: by name in Vietnamese alphabetical order, or by `valueOf(row, key)`; a row without a value
 * always comes last, whichever the direction (a blank is not a small number), then by name.
 */
export function sortRows<T extends { name: string }>(rows: readonly T[], sort: SortState, valueOf: (row: T, key: string) => number | null): T[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'name') return sign * compareVietnamese(a.name, b.name);
    const va = valueOf(a, sort.key);
    const vb = valueOf(b, sort.key);
    if (va === null || vb === null) return va === vb ? compareVietnamese(a.name, b.name) : va === null ? 1 : -1;
    return sign * (va - vb) || compareVietnamese(a.name, b.name);
  });
}

export interface CsvIndicator {
  code: string;
  name: string;
  unit: string | null;
}

export interface CsvCell {
  indicatorCode: string;
  orgUnitCode: string;
  year: number;
  value: number | null;
  /** Generated data: the row says so in its note column; a real figure and a blank stay unmarked. */
  synthetic?: boolean | null;
}

/** Numbers as the page shows them: the domain's format in the reader's language, at most two decimals; blank stays blank. */
export function csvNumber(value: number | null, locale: Locale): string {
  return value === null ? '' : formatNumber(value, locale, { maximumFractionDigits: 2 });
}

/** CSV text from a header and rows of text cells; every text cell passes the domain's formula-cell rule. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], numberColumns: ReadonlySet<number> = new Set()): string {
  const text = (cell: string, column: number) => (numberColumns.has(column) ? cell : neutraliseCsvCell(cell));
  return Papa.unparse({ fields: header.map(text), data: rows.map((r) => r.map(text)) });
}

/** The note cell of a figure: the synthetic mark for generated data, blank for a real figure or a blank. */
export function syntheticNote(synthetic: boolean | null | undefined, mark: string): string {
  return synthetic === true ? mark : '';
}

/**
 * The comparison as one row per indicator, commune (Vietnamese order) and year: what a spreadsheet user filters and
 * pivots. The last column, the note, marks a synthetic figure with `syntheticMark`, so a generated figure is never
 * read as a reported one once it has left the page.
 */
export function comparisonCsv(
  header: { indicatorCode: string; indicator: string; unit: string; commune: string; year: string; value: string; note: string },
  indicators: readonly CsvIndicator[],
  units: readonly UnitName[],
  years: readonly number[],
  cells: readonly CsvCell[],
  locale: Locale,
  syntheticMark: string,
): string {
  const byKey = new Map(cells.map((c) => [`${c.indicatorCode}|${c.orgUnitCode}|${c.year}`, c]));
  const sortedUnits = [...units].sort((a, b) => compareVietnamese(a.name, b.name));
  const rows: string[][] = [];
  for (const indicator of indicators)
    for (const unit of sortedUnits)
      for (const year of years) {
        const cell = byKey.get(`${indicator.code}|${unit.code}|${year}`);
        rows.push([
          indicator.code,
          indicator.name,
          indicator.unit ?? '',
          unit.name,
          String(year),
          csvNumber(cell?.value ?? null, locale),
          syntheticNote(cell?.synthetic, syntheticMark),
        ]);
      }
  const columns = [header.indicatorCode, header.indicator, header.unit, header.commune, header.year, header.value, header.note];
  return toCsv(columns, rows, new Set([4, 5]));
}
