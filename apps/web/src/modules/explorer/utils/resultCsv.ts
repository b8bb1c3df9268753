// A result table as CSV text: text cells through the domain's formula-cell rule (a cell a spreadsheet would run gets a
// leading apostrophe), numbers as numbers with a dot, blanks empty.
import { neutraliseCsvCell } from '@cchc/domain';
import Papa from 'papaparse';
import type { ResultTable } from './resultTable';

export function tableToCsv(table: ResultTable): string {
  return Papa.unparse({
    fields: table.columns.map(neutraliseCsvCell),
    data: table.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseCsvCell(cell) : cell))),
  });
}
