// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { resultTable } from './resultTable';
import { tableToXlsx } from './resultXlsx';

describe('tableToXlsx', () => {
  it('writes a header row and one row per record, numbers as numbers, blanks empty, formulas as plain text', async () => {
    const table = resultTable({
      data: { ranking: [{ orgUnitCode: 'binh-thanh', value: 89.75000000000001, raw: '=1+1' }, { orgUnitCode: 'cho-chu', value: null, raw: null }] },
    })!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await tableToXlsx(table));
    const sheet = workbook.worksheets[0]!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['orgUnitCode', 'value', 'raw']);
    expect(values(2)).toEqual(['binh-thanh', 89.75, '=1+1']);
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(values(3)).toEqual(['cho-chu']);
    expect(sheet.rowCount).toBe(3);
  });

  it('writes the synthetic flag as a TRUE/FALSE cell a spreadsheet filters on, blank where the figure is blank', async () => {
    const table = resultTable({
      data: { compare: [{ orgUnitCode: 'cho-chu', value: 85, synthetic: true }, { orgUnitCode: 'binh-thanh', value: 87.25, synthetic: false }, { orgUnitCode: 'kim-son', value: null, synthetic: null }] },
    })!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await tableToXlsx(table));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('C1').value).toBe('synthetic');
    expect([sheet.getCell('C2').type, sheet.getCell('C2').value]).toEqual([ExcelJS.ValueType.Boolean, true]);
    expect([sheet.getCell('C3').type, sheet.getCell('C3').value]).toEqual([ExcelJS.ValueType.Boolean, false]);
    expect(sheet.getCell('C4').type).toBe(ExcelJS.ValueType.Null);
  });
});
