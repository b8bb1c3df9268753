// A GraphQL result's rows as CSV: the first list of objects found in `data`, nested fields flattened to "a.b".
import Papa from 'papaparse';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Depth-first: the first array whose items are objects (e.g. `ranking`, `indicators.edges`). */
export function findRows(data: Json): Record<string, Json>[] | null {
  if (Array.isArray(data)) {
    if (data.length > 0 && data.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item)))
      return data as Record<string, Json>[];
    for (const item of data) {
      const inner = findRows(item);
      if (inner) return inner;
    }
    return null;
  }
  if (data !== null && typeof data === 'object') {
    for (const value of Object.values(data)) {
      const inner = findRows(value);
      if (inner) return inner;
    }
  }
  return null;
}

export function flattenRow(row: Record<string, Json>, prefix = ''): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(row)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) Object.assign(out, flattenRow(value, name));
    else if (Array.isArray(value)) out[name] = JSON.stringify(value);
    // A missing value stays an empty cell, never 0.
    else out[name] = value;
  }
  return out;
}

/** CSV text of the result's rows, or null when the result holds no list of objects. */
export function resultToCsv(result: unknown): string | null {
  const data = (result as { data?: Json } | null)?.data;
  if (data === undefined || data === null) return null;
  const rows = findRows(data);
  if (!rows) return null;
  const flat = rows.map((r) => flattenRow(r));
  const columns = [...new Set(flat.flatMap((r) => Object.keys(r)))];
  // escapeFormulae: text cells beginning with = + - @ tab CR get a leading apostrophe (OWASP CSV injection); numbers
  // in the result are JSON numbers and stay numbers.
  return Papa.unparse(
    { fields: columns, data: flat.map((r) => columns.map((c) => r[c] ?? null)) },
    { escapeFormulae: true },
  );
}
