// A result table as an XLSX workbook, written with ExcelJS (the library @cchc/appendix-io reads and writes XLSX with).
// Imported lazily by the explorer, so ExcelJS is its own chunk fetched on the first XLSX download. Text goes into
// string cells, which a spreadsheet never runs as a formula, so it is written as it is (no apostrophe as in CSV).
import type { ResultTable } from './resultTable';

export async function tableToXlsx(table: ResultTable): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('CCHC');
  sheet.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  table.columns.forEach((name, i) => {
    const widest = Math.max(name.length, ...table.rows.map((row) => String(row[i] ?? '').length));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, widest + 2));
  });
  return workbook.xlsx.writeBuffer();
}
