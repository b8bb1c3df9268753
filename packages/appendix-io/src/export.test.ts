import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { appendixTable, exportAppendix } from './export.js';
import { SYNTHETIC_NOTE } from './template.js';
import { input, observations } from './testing/fixtures.js';

describe('appendixTable', () => {
  const table = appendixTable(input);

  it('starts with the template header and keeps only appendix rows, in template order', () => {
    expect(table[0]).toEqual(['STT', 'Các chỉ tiêu', 'Đơn vị tính', 'Số liệu', 'Ghi chú']);
    expect(table.map((row) => row[0])).toEqual([
      'STT', '1.', '1.1.', 'Trong đó', '', '1.2.', '1.2.1.', '3.4.2.', 'Trong đó', '', '4.2.4.', '6.1.', 'Trong đó', '', '7.3.',
    ]);
  });

  it('labels only the first component row of a group "Trong đó"; the following ones have an empty STT', () => {
    expect(table[3]?.slice(0, 2)).toEqual(['Trong đó', 'Số nhiệm vụ đề ra trong kế hoạch']);
    expect(table[4]?.slice(0, 2)).toEqual(['', 'Số nhiệm vụ đã hoàn thành']);
  });

  it('writes values as written, blank as empty, and the note', () => {
    expect(table[9]?.[3]).toBe('16.807');
    expect(table[12]?.[3]).toBe('17759,720212');
    expect(table[10]?.[3]).toBe('');
    expect(table[5]?.slice(3)).toEqual(['', '']);
    expect(table[6]?.[4]).toBe('3 cuộc');
  });

  it('puts the legend in the unit column when an enumeration has no unit', () => {
    expect(table[14]?.[2]).toBe('Chưa = 0; Đang làm = 1; Hoàn thành = 2');
    expect(table[3]?.[2]).toBe('Nhiệm vụ');
  });

  it('leaves the value empty for a row without an observation', () => {
    const withoutTotals = appendixTable({ ...input, observations: observations.filter((o) => o.indicatorCode !== '1.1') });
    expect(withoutTotals[2]?.[3]).toBe('');
  });

  it('marks a synthetic figure in its note, keeping its own note after the marker; a real figure is unmarked', () => {
    const synthetic = (code: string) => observations.map((o) => (o.indicatorCode === code ? { ...o, synthetic: true } : o));
    const marked = appendixTable({ ...input, observations: synthetic('6.1') });
    expect(marked[11]?.slice(3)).toEqual(['98,37', SYNTHETIC_NOTE]);
    const withNote = appendixTable({ ...input, observations: synthetic('1.2.1') });
    expect(withNote[6]?.slice(3)).toEqual(['100', `${SYNTHETIC_NOTE}. 3 cuộc`]);
    // Real rows beside them stay as they were.
    expect(marked[6]?.[4]).toBe('3 cuộc');
    expect(appendixTable(input).flat().some((cell) => cell.includes(SYNTHETIC_NOTE))).toBe(false);
  });

  it('refuses two observations of one indicator (more than one period or org unit)', () => {
    expect(() => appendixTable({ ...input, observations: [...observations, observations[0]!] })).toThrow(/1\.1\b/);
  });
});

describe('exportAppendix', () => {
  it('writes CSV as UTF-8 with a BOM, CRLF line ends and RFC 4180 quoting', async () => {
    const bytes = await exportAppendix(input, 'csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFFSTT,Các chỉ tiêu,Đơn vị tính,Số liệu,Ghi chú\r\n')).toBe(true);
    expect(text).toContain('6.1.,Tỷ lệ thực hiện kế hoạch giải ngân vốn đầu tư công,%,"98,37",\r\n');
    expect(text).toContain('"Ghi chú có dấu phẩy, và ""ngoặc kép""\nvà xuống dòng"');
  });

  it('writes XLSX with one sheet "PHỤ LỤC I" whose values are text cells, as written', async () => {
    const bytes = await exportAppendix(input, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['PHỤ LỤC I']);
    const sheet = workbook.getWorksheet('PHỤ LỤC I')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'STT', 'Các chỉ tiêu', 'Đơn vị tính', 'Số liệu', 'Ghi chú']);
    expect(sheet.getCell('D10').value).toBe('16.807');
    expect(sheet.getCell('D10').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A9').value).toBe('Trong đó');
  });
});

describe('appendixTable: blank template and programme', () => {
  it('writes the empty template when asked, whatever figures are held', () => {
    const blank = appendixTable({ ...input, blank: true });
    expect(blank.slice(1).every((row) => row[3] === '' && row[4] === '')).toBe(true);
    expect(blank.map((row) => row.slice(0, 3))).toEqual(appendixTable(input).map((row) => row.slice(0, 3)));
  });

  it('names the programme of the file in the rows that name one', () => {
    const table = appendixTable({ ...input, programme: { startYear: 2026, endYear: 2030 } });
    expect(table[2]?.[1]).toBe('Tỷ lệ hoàn thành Chương trình CCHC giai đoạn 2026 - 2030');
    expect(table.flat().join(' ')).not.toContain('2021 - 2025');
  });
});
