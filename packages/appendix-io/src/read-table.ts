// Reads a CSV or XLSX file into rows of cell texts, before any knowledge of the template.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { restoreCsvCell } from '@cchc/domain';
import { SHEET_NAME, type AppendixFormat } from './template.js';
import { xlsxRefusal } from './zip-limits.js';

/**
 * Rows read from a file at most: the template has about a hundred and twenty; a file with more is not a PHỤ LỤC I,
 * and reading (and reporting on) 400,000 rows cost seconds and a 49 MB answer.
 */
export const MAX_TABLE_ROWS = 1_000;

const tooManyRows = (): ReadTableResult => ({
  ok: false,
  rowNumber: MAX_TABLE_ROWS + 1,
  code: 'TOO_MANY_ROWS',
  params: { max: MAX_TABLE_ROWS },
  reason: `the file has more than ${MAX_TABLE_ROWS} rows; a PHỤ LỤC I has about 120`,
});

/** Why a file cannot be read as a table at all: a code with parameters for the clients to word, and the English. */
export type ReadTableCode =
  | 'TOO_MANY_ROWS'
  | 'CELL_TOO_LONG'
  | 'NOT_UTF8'
  | 'CSV_SYNTAX'
  | 'NOT_XLSX'
  | 'XLSX_TOO_MANY_PARTS'
  | 'XLSX_TOO_LARGE'
  | 'NO_WORKSHEET';

export interface TableRow {
  /** 1-based, as a spreadsheet shows it (the header is row 1). */
  rowNumber: number;
  cells: string[];
}

export type ReadTableResult =
  | { ok: true; rows: TableRow[] }
  | { ok: false; rowNumber: number; code: ReadTableCode; params: Record<string, string | number>; reason: string };

/** The longest cell a PHỤ LỤC I needs (an indicator's name, a note); longer text is refused, never stored. */
export const MAX_CELL_CHARS = 2_000;

export async function readTable(bytes: Uint8Array, format: AppendixFormat): Promise<ReadTableResult> {
  const table = format === 'csv' ? readCsv(bytes) : await readXlsx(bytes);
  if (!table.ok) return table;
  for (const row of table.rows) {
    const column = row.cells.findIndex((cell) => cell.length > MAX_CELL_CHARS);
    if (column >= 0) {
      return {
        ok: false,
        rowNumber: row.rowNumber,
        code: 'CELL_TOO_LONG',
        params: { column: column + 1, length: row.cells[column]!.length, max: MAX_CELL_CHARS },
        reason: `column ${column + 1} of row ${row.rowNumber} has ${row.cells[column]!.length} characters; at most ${MAX_CELL_CHARS}`,
      };
    }
  }
  return table;
}

function readCsv(bytes: Uint8Array): ReadTableResult {
  let text: string;
  try {
    // The decoder drops a leading BOM; fatal so a file saved in a legacy code page is refused rather than garbled.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, rowNumber: 0, code: 'NOT_UTF8', params: {}, reason: 'the CSV file is not UTF-8 text; save it as "CSV UTF-8"' };
  }
  try {
    const records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      // Stop reading one record past the cap: enough to know the file is too long.
      to: MAX_TABLE_ROWS + 1,
    }) as string[][];
    if (records.length > MAX_TABLE_ROWS) return tooManyRows();
    // Record index, not line number: a quoted cell may span lines, and a spreadsheet counts it as one row.
    return { ok: true, rows: records.map((cells, index) => ({ rowNumber: index + 1, cells: cells.map(restoreCsvCell) })) };
  } catch (error) {
    const lines = (error as { lines?: number }).lines ?? 0;
    const detail = (error as Error).message;
    return { ok: false, rowNumber: lines, code: 'CSV_SYNTAX', params: { detail }, reason: `the CSV file cannot be read: ${detail}` };
  }
}

async function readXlsx(bytes: Uint8Array): Promise<ReadTableResult> {
  const refused = await xlsxRefusal(bytes);
  if (refused) return { ok: false, rowNumber: 0, ...refused };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, rowNumber: 0, code: 'NOT_XLSX', params: { detail }, reason: `the file is not a readable XLSX workbook: ${detail}` };
  }
  const sheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
  if (sheet === undefined) return { ok: false, rowNumber: 0, code: 'NO_WORKSHEET', params: {}, reason: 'the XLSX workbook has no worksheet' };

  if (sheet.rowCount > MAX_TABLE_ROWS) return tooManyRows();
  const rows: TableRow[] = [];
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      const cell = row.getCell(column);
      // ExcelJS reports the master's value on every cell of a merged range; a merged "Trong đó" spanning a group
      // must read as one label followed by blanks, as it looks on screen.
      const isMergedFollower = cell.isMerged && cell.master.address !== cell.address;
      cells.push(isMergedFollower ? '' : cellText(cell.value));
    }
    rows.push({ rowNumber, cells });
  }
  return { ok: true, rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // A number typed into a numeric cell is unambiguous; it is written back the Vietnamese way so the same number
  // parser reads every value.
  if (typeof value === 'number') return vietnameseNumberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return '';
}

function vietnameseNumberText(value: number): string {
  return String(value).replace('.', ',');
}
