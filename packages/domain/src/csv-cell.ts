// The single source of the CSV formula-injection rule (OWASP "CSV Injection"): a text cell that begins with = + - @,
// a tab or a carriage return is written with a leading apostrophe so that a spreadsheet shows it as text instead of
// running it. Numbers stay numbers ("-5", "-3,5" are not prefixed). Reading undoes exactly what writing did, so an
// export → import → export round trip is byte-identical.
import { parseVietnameseNumber } from './vn-number.js';

const FORMULA_START = /^[=+\-@\t\r]/;

function isNumber(text: string): boolean {
  try {
    return parseVietnameseNumber(text) !== null;
  } catch {
    return false;
  }
}

function needsPrefix(text: string): boolean {
  // Text that already starts with an apostrophe before a formula character gets one more, so reading is exact.
  if (text.startsWith("'")) return needsPrefix(text.slice(1));
  return FORMULA_START.test(text) && text !== '-' && text !== '+' && !isNumber(text);
}

/** The cell as written to a CSV file. A lone "-" or "+" (a dash for "none") cannot be a formula and stays. */
export function neutraliseCsvCell(text: string): string {
  return needsPrefix(text) ? `'${text}` : text;
}

/** The cell as read from a CSV file: the apostrophe neutraliseCsvCell added is dropped, any other stays. */
export function restoreCsvCell(text: string): string {
  return text.startsWith("'") && neutraliseCsvCell(text.slice(1)) === text ? text.slice(1) : text;
}
