// A GraphQL result as a table for spreadsheet users: one row per leaf record. Nested lists are unwound (each child row
// repeats its parents' fields, like json2csv's unwind + flatten), nested objects become dotted columns ("change.trend"),
// sibling lists give rows one after another (never their cross product), an empty list keeps its parent's row, and a
// list of plain values stays in one cell ("2.4; 2.4.a"). Numbers are rounded as the app formats them
// (@cchc/domain roundLikeFormatted); a missing value stays an empty cell, never 0.
import { roundLikeFormatted } from '@cchc/domain';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Cell = string | number | boolean | null;

export interface ResultTable {
  columns: string[];
  rows: Cell[][];
}

/** A flattened record: the cells by their path from the result's root. */
type Flat = Map<string, Cell>;

const PATH_SEPARATOR = '\u0000';

function scalar(value: Exclude<Json, Json[] | { [key: string]: Json }>): Cell {
  return typeof value === 'number' && Number.isFinite(value) ? roundLikeFormatted(value) : value;
}

function isRecord(value: Json): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function records(value: Json, path: string): Flat[] {
  if (Array.isArray(value)) {
    // A list of plain values is one cell of its record.
    if (value.length > 0 && value.every((item) => item === null || typeof item !== 'object'))
      return [new Map([[path, value.map((item) => (item === null ? '' : String(scalar(item)))).join('; ')]])];
    const rows = value.flatMap((item) => records(item, path));
    return rows.length > 0 ? rows : [new Map()];
  }
  if (isRecord(value)) {
    const own: Flat = new Map();
    const childRows: Flat[] = [];
    for (const [key, field] of Object.entries(value)) {
      const inner = records(field, path === '' ? key : `${path}${PATH_SEPARATOR}${key}`);
      if (inner.length === 1) for (const [k, v] of inner[0]!) own.set(k, v);
      else childRows.push(...inner);
    }
    if (childRows.length === 0) return [own];
    return childRows.map((child) => new Map([...own, ...child]));
  }
  return [new Map([[path, scalar(value)]])];
}

/** Column names without the path every column shares ("ranking.rank" → "rank"), keeping at least the last part. */
function columnNames(paths: string[]): string[] {
  const split = paths.map((p) => p.split(PATH_SEPARATOR));
  let common = Math.min(...split.map((parts) => parts.length - 1));
  for (let i = 0; i < common; i++) {
    if (!split.every((parts) => parts[i] === split[0]![i])) {
      common = i;
      break;
    }
  }
  return split.map((parts) => parts.slice(common).join('.'));
}

/** The result's data as a table, or null when there is none (an error, or no field with a value). */
export function resultTable(result: unknown): ResultTable | null {
  const data = (result as { data?: Json } | null)?.data;
  if (!isRecord(data ?? null)) return null;
  const flat = records(data!, '');
  const paths = [...new Set(flat.flatMap((row) => [...row.keys()]))];
  if (paths.length === 0) return null;
  return { columns: columnNames(paths), rows: flat.map((row) => paths.map((p) => row.get(p) ?? null)) };
}

/** The column names that carry a figure's synthetic flag ("synthetic", "ranking.synthetic"). */
const isSyntheticColumn = (name: string) => name === 'synthetic' || name.endsWith('.synthetic');

/** How many rows hold a synthetic figure (a `synthetic` column is true): the reader is told before downloading. */
export function syntheticRowCount(table: ResultTable): number {
  const columns = table.columns.flatMap((name, i) => (isSyntheticColumn(name) ? [i] : []));
  return table.rows.filter((row) => columns.some((i) => row[i] === true)).length;
}
