import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { appendixTable, exportAppendix } from './export.js';
import { parseAppendix, type AppendixProblem, type ParseResult } from './parse.js';
import { SYNTHETIC_NOTE } from './template.js';
import { csvBytes, input, observations, template } from './testing/fixtures.js';

/** The exported table with some cells changed: `edits` maps [rowNumber, columnIndex] to the new text. */
function editedTable(edits: [number, number, string][]): string[][] {
  const table = appendixTable(input).map((row) => [...row]);
  for (const [rowNumber, column, text] of edits) table[rowNumber - 1]![column] = text;
  return table;
}

function problemsOf(result: ParseResult): AppendixProblem[] {
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems;
}

const parseCsv = (table: string[][]) => parseAppendix(csvBytes(table), 'csv', template);

describe('parseAppendix: round trip', () => {
  const expected = observations
    .filter((o) => !o.indicatorCode.startsWith('N.'))
    .map((o) => ({ code: o.indicatorCode, raw: o.raw, value: o.value, note: o.note ?? null }));

  it.each(['csv', 'xlsx'] as const)('export → parse gives back every row raw, value and note (%s)', async (format) => {
    const result = await parseAppendix(await exportAppendix(input, format), format, template);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const byCode = new Map(result.rows.map((row) => [row.code, row]));
    for (const row of expected) {
      expect(byCode.get(row.code), row.code).toMatchObject(row);
    }
    // Rows without an observation (section headings) come back blank, never 0.
    expect(byCode.get('1')).toMatchObject({ raw: '', value: null, note: null, rowNumber: 2 });
    expect(result.rows).toHaveLength(14);
    expect(byCode.get('3.4.2.b')?.rowNumber).toBe(10);
  });

  it('keeps a blank value null and a written 0 as 0', async () => {
    const result = await parseCsv(editedTable([[11, 3, '0']]));
    expect(result.ok && result.rows.find((row) => row.code === '4.2.4')?.value).toBe(0);
    const blank = await parseCsv(editedTable([]));
    expect(blank.ok && blank.rows.find((row) => row.code === '4.2.4')?.value).toBeNull();
  });
});

describe('parseAppendix: encodings and line ends', () => {
  const text = [
    'STT,Các chỉ tiêu,Đơn vị tính,Số liệu,Ghi chú',
    '7.3.,Hệ thống thông tin báo cáo và kết nối với Hệ thống thông tin báo cáo của tỉnh,,1,',
    '3.4.2.,Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn,%,"99,5",',
  ];

  it.each([
    ['BOM and CRLF', '\uFEFF' + text.join('\r\n') + '\r\n'],
    ['no BOM and LF', text.join('\n')],
    ['BOM and LF', '\uFEFF' + text.join('\n') + '\n'],
  ])('accepts %s', async (_label, content) => {
    const result = await parseAppendix(new TextEncoder().encode(content), 'csv', template);
    expect(result).toEqual({
      ok: true,
      rows: [
        { code: '7.3', raw: '1', value: 1, note: null, rowNumber: 2 },
        { code: '3.4.2', raw: '99,5', value: 99.5, note: null, rowNumber: 3 },
      ],
      warnings: [],
    });
  });

  it('refuses a CSV that is not UTF-8, saying so', async () => {
    const latin1 = Uint8Array.from([...'STT,Ghi ch'].map((c) => c.charCodeAt(0)).concat([0xfa, 0x0a]));
    const problems = problemsOf(await parseAppendix(latin1, 'csv', template));
    expect(problems).toEqual([expect.objectContaining({ kind: 'UNREADABLE_FILE', reason: expect.stringMatching(/UTF-8/) })]);
  });

  it('refuses bytes that are not an XLSX workbook', async () => {
    const problems = problemsOf(await parseAppendix(new TextEncoder().encode('STT,Các chỉ tiêu'), 'xlsx', template));
    expect(problems).toEqual([expect.objectContaining({ kind: 'UNREADABLE_FILE', rowNumber: 0 })]);
  });
});

describe('parseAppendix: each problem with its row and column', () => {
  it('names a misnamed header column and a missing one', async () => {
    const table = appendixTable(input).map((row) => row.slice(0, 4));
    table[0]![3] = 'So lieu';
    const problems = problemsOf(await parseCsv(table));
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'HEADER', rowNumber: 1, column: 'Số liệu', text: 'So lieu' }),
      expect.objectContaining({ kind: 'HEADER', rowNumber: 1, column: 'Ghi chú', text: '', reason: expect.stringMatching(/missing/) }),
    ]);
  });

  it('names an unexpected extra header column', async () => {
    const table = appendixTable(input).map((row, index) => [...row, index === 0 ? 'Năm' : '']);
    const problems = problemsOf(await parseCsv(table));
    expect(problems).toEqual([expect.objectContaining({ kind: 'HEADER', rowNumber: 1, text: 'Năm' })]);
  });

  it('refuses a code that is not in the template', async () => {
    const problems = problemsOf(await parseCsv(editedTable([[7, 0, '1.2.9.']])));
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'UNKNOWN_CODE', rowNumber: 7, column: 'STT', text: '1.2.9.', reason: expect.stringContaining('1.2.9') }),
    ]);
  });

  it('refuses a duplicate row, naming the row where it first appears', async () => {
    const table = appendixTable(input);
    table.push([...table[6]!]);
    const problems = problemsOf(await parseCsv(table));
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'DUPLICATE_ROW', rowNumber: 16, column: 'STT', reason: expect.stringContaining('row 7') }),
    ]);
  });

  it('refuses a "Trong đó" row whose name is not the template component at that position', async () => {
    // The two components of 1.1 swapped: each name exists, but not at that position.
    const problems = problemsOf(
      await parseCsv(editedTable([[4, 1, 'Số nhiệm vụ đã hoàn thành'], [5, 1, 'Số nhiệm vụ đề ra trong kế hoạch']])),
    );
    expect(problems.map((p) => [p.kind, p.rowNumber, p.column])).toEqual([
      ['UNMATCHED_COMPONENT', 4, 'Các chỉ tiêu'],
      ['UNMATCHED_COMPONENT', 5, 'Các chỉ tiêu'],
    ]);
    expect(problems[0]?.reason).toContain('Số nhiệm vụ đề ra trong kế hoạch');
  });

  it('refuses a "Trong đó" row beyond the components the template has, and one with no numbered row above', async () => {
    const table = appendixTable(input);
    table.splice(5, 0, ['', 'Số nhiệm vụ quá hạn', 'Nhiệm vụ', '1', '']);
    table.splice(1, 0, ['Trong đó', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '50', '']);
    const problems = problemsOf(await parseCsv(table));
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'UNMATCHED_COMPONENT', rowNumber: 2, reason: expect.stringMatching(/no numbered row above/) }),
      expect.objectContaining({ kind: 'UNMATCHED_COMPONENT', rowNumber: 7, reason: expect.stringMatching(/1\.1 has 2/) }),
    ]);
  });

  it('refuses a value that is not a Vietnamese number, quoting it', async () => {
    const problems = problemsOf(await parseCsv(editedTable([[9, 3, '16,807,5']])));
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'BAD_NUMBER', rowNumber: 9, column: 'Số liệu', text: '16,807,5' }),
    ]);
  });

  it('accepts an enumeration value outside its legend as written, with a warning (validation flags it)', async () => {
    const result = await parseCsv(editedTable([[15, 3, '3']]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows.find((row) => row.rowNumber === 15)).toMatchObject({ raw: '3', value: 3 });
    expect(result.warnings).toEqual([
      expect.objectContaining({
        kind: 'NOT_IN_LEGEND',
        rowNumber: 15,
        column: 'Số liệu',
        text: '3',
        reason: expect.stringContaining('Chưa = 0; Đang làm = 1; Hoàn thành = 2'),
      }),
    ]);
  });

  it.each([
    ['100,01', false],
    ['-1', false],
    ['100', true],
    ['0', true],
  ])('a percentage of %s is %s within 0–100: outside it is kept as written with a warning', async (raw, within) => {
    const result = await parseCsv(editedTable([[12, 3, raw]]));
    expect(result.ok).toBe(true);
    if (within) expect(result.warnings).toEqual([]);
    else expect(result.warnings).toEqual([expect.objectContaining({ kind: 'PERCENT_OUT_OF_RANGE', rowNumber: 12, column: 'Số liệu' })]);
  });

  it('refuses a name that differs from the template, giving both', async () => {
    const problems = problemsOf(await parseCsv(editedTable([[6, 1, 'Kiểm tra cải cách hành chính']])));
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'NAME_MISMATCH',
        rowNumber: 6,
        column: 'Các chỉ tiêu',
        reason: expect.stringMatching(/"Kiểm tra cải cách hành chính".*"Kiểm tra CCHC"/),
      }),
    ]);
  });

  it('lists every problem of a file, not just the first', async () => {
    const table = editedTable([
      [3, 3, 'một trăm'],
      [6, 1, 'Kiểm tra'],
      [7, 0, '9.9.'],
      [13, 1, 'Kế hoạch'],
      [15, 3, '7'],
    ]);
    const problems = problemsOf(await parseCsv(table));
    expect(problems.map((p) => [p.rowNumber, p.kind])).toEqual([
      [3, 'BAD_NUMBER'],
      [6, 'NAME_MISMATCH'],
      [7, 'UNKNOWN_CODE'],
      [13, 'UNMATCHED_COMPONENT'],
    ]);
  });
});

describe('parseAppendix: an exported synthetic figure', () => {
  const withSynthetic = { ...input, observations: observations.map((o) => (o.indicatorCode === '6.1' ? { ...o, synthetic: true } : o)) };

  it.each(['csv', 'xlsx'] as const)('refuses the row whose note marks it synthetic, by row and column, and nothing else (%s)', async (format) => {
    const problems = problemsOf(await parseAppendix(await exportAppendix(withSynthetic, format), format, template));
    expect(problems).toEqual([
      expect.objectContaining({ rowNumber: 12, column: 'Ghi chú', kind: 'SYNTHETIC', code: 'SYNTHETIC_FIGURE', params: { code: '6.1' } }),
    ]);
  });

  it('recognises the marker however a spreadsheet re-saved it (case, spacing, a note after it), not a note that only mentions it', async () => {
    const marker = SYNTHETIC_NOTE.toLocaleUpperCase('vi').replace(/ /g, '  ');
    expect(problemsOf(await parseCsv(editedTable([[12, 4, `${marker}. ghi chú`]])))).toHaveLength(1);
    const result = await parseCsv(editedTable([[12, 4, `Không phải: ${SYNTHETIC_NOTE}`]]));
    expect(result.ok).toBe(true);
  });

  it('reads the row as reported once the uploader removes the marker', async () => {
    const exported = appendixTable(withSynthetic).map((row) => [...row]);
    exported[11]![4] = '';
    const result = await parseCsv(exported);
    expect(result.ok && result.rows.find((row) => row.code === '6.1')).toMatchObject({ raw: '98,37', value: 98.37, note: null });
  });
});

describe('parseAppendix: XLSX as users edit it', () => {
  async function editedWorkbook(edit: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await exportAppendix(input, 'xlsx')) as never);
    edit(workbook.getWorksheet('PHỤ LỤC I')!);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it('reads a number typed into a numeric cell, and reports a bad one by row and column', async () => {
    const bytes = await editedWorkbook((sheet) => {
      sheet.getCell('D12').value = 98.5;
      sheet.getCell('D7').value = 'đủ';
    });
    const problems = problemsOf(await parseAppendix(bytes, 'xlsx', template));
    expect(problems).toEqual([expect.objectContaining({ kind: 'BAD_NUMBER', rowNumber: 7, column: 'Số liệu', text: 'đủ' })]);

    const fixedBytes = await editedWorkbook((sheet) => {
      sheet.getCell('D12').value = 98.5;
    });
    const result = await parseAppendix(fixedBytes, 'xlsx', template);
    expect(result.ok && result.rows.find((row) => row.code === '6.1')).toMatchObject({ raw: '98,5', value: 98.5 });
  });

  it('reads a "Trong đó" label merged across its group as one label', async () => {
    const bytes = await editedWorkbook((sheet) => sheet.mergeCells('A9:A10'));
    const result = await parseAppendix(bytes, 'xlsx', template);
    expect(result.ok && result.rows.filter((row) => row.code.startsWith('3.4.2')).map((row) => row.code)).toEqual([
      '3.4.2',
      '3.4.2.a',
      '3.4.2.b',
    ]);
  });
});

describe('parseAppendix: "Trong đó" on every component row', () => {
  it('accepts the label repeated on each component row (an unmerged merged cell) and reads the rows in order', async () => {
    // Rows 5 and 10 are the second components of 1.1 and 3.4.2: their STT is blank in the template.
    const result = await parseCsv(editedTable([[5, 0, 'Trong đó'], [10, 0, 'Trong đó:']]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const byCode = new Map(result.rows.map((row) => [row.code, row]));
    expect(byCode.get('1.1.b')?.rowNumber).toBe(5);
    expect(byCode.get('3.4.2.b')).toMatchObject({ rowNumber: 10, raw: '16.807', value: 16807 });
  });

  it('still refuses a repeated label beyond the components the template has', async () => {
    const table = appendixTable(input);
    table.splice(5, 0, ['Trong đó', 'Số nhiệm vụ quá hạn', 'Nhiệm vụ', '1', '']);
    const problems = problemsOf(await parseCsv(table));
    expect(problems).toEqual([
      expect.objectContaining({ rowNumber: 6, code: 'COMPONENT_TOO_MANY', params: { parent: '1.1', count: 2, position: 3 } }),
    ]);
  });
});

describe('parseAppendix: reasons as codes with parameters, for the reader to word', () => {
  it('gives each problem a code and the parameters of its wording', async () => {
    const table = editedTable([
      [7, 0, '1.2.9.'],
      [9, 3, '98,3,7'],
      [4, 1, 'Số nhiệm vụ đã hoàn thành'],
    ]);
    const problems = problemsOf(await parseCsv(table));
    expect(problems.map(({ rowNumber, column, code, params }) => ({ rowNumber, column, code, params }))).toEqual([
      {
        rowNumber: 4,
        column: 'Các chỉ tiêu',
        code: 'COMPONENT_NAME',
        params: { parent: '1.1', position: 1, expected: 'Số nhiệm vụ đề ra trong kế hoạch', found: 'Số nhiệm vụ đã hoàn thành' },
      },
      { rowNumber: 7, column: 'STT', code: 'UNKNOWN_CODE', params: { code: '1.2.9' } },
      // Row 8 (1.2.1) is read as a component-less numbered row again; row 9 is 3.4.2.a's value.
      { rowNumber: 9, column: 'Số liệu', code: 'BAD_NUMBER', params: { code: '3.4.2.a', reason: 'COMMA_TWICE' } },
    ]);
  });

  it('words header problems and an unreadable file by code', async () => {
    const table = appendixTable(input).map((row) => row.slice(0, 4));
    table[0]![3] = 'So lieu';
    expect(problemsOf(await parseCsv(table)).map((p) => [p.code, p.params])).toEqual([
      ['HEADER_WRONG', { position: 4, found: 'So lieu', expected: 'Số liệu' }],
      ['HEADER_MISSING', { position: 5, expected: 'Ghi chú' }],
    ]);
    const latin1 = new Uint8Array([0x53, 0x54, 0x54, 0x2c, 0xe0, 0x0a]);
    expect(problemsOf(await parseAppendix(latin1, 'csv', template))[0]).toMatchObject({ kind: 'UNREADABLE_FILE', code: 'NOT_UTF8' });
    const unclosed = new TextEncoder().encode('STT,Các chỉ tiêu\n"1.,x\n');
    expect(problemsOf(await parseAppendix(unclosed, 'csv', template))[0]).toMatchObject({ code: 'CSV_SYNTAX' });
  });

  it('keeps a formula typed into a CSV cell as text, never a number (refused where a number is due)', async () => {
    const problems = problemsOf(await parseCsv(editedTable([[9, 3, '=1+2'], [9, 4, '=HYPERLINK("http://x")']])));
    expect(problems).toEqual([expect.objectContaining({ rowNumber: 9, code: 'BAD_NUMBER', params: { code: '3.4.2.a', reason: 'BAD_CHARACTER' } })]);
  });
});

describe('parseAppendix: the programme a row names', () => {
  const y2030 = { startYear: 2026, endYear: 2030 };

  it('reads a 2026–2030 file whose row 1.1 names its programme, or the template\'s wording, and no other programme', async () => {
    const file = appendixTable({ ...input, programme: y2030 });
    expect(file[2]?.[1]).toBe('Tỷ lệ hoàn thành Chương trình CCHC giai đoạn 2026 - 2030');
    expect((await parseAppendix(csvBytes(file), 'csv', template, { programme: y2030 })).ok).toBe(true);
    // A file made from the 2021–2025 template keeps that wording: still row 1.1.
    expect((await parseAppendix(csvBytes(appendixTable(input)), 'csv', template, { programme: y2030 })).ok).toBe(true);
    const other = appendixTable(input).map((row) => [...row]);
    other[2]![1] = 'Tỷ lệ hoàn thành Chương trình CCHC giai đoạn 2016 - 2020';
    const stale = problemsOf(await parseAppendix(csvBytes(other), 'csv', template, { programme: y2030 }));
    expect(stale).toEqual([
      expect.objectContaining({
        rowNumber: 3,
        code: 'NAME_MISMATCH',
        params: expect.objectContaining({ code: '1.1', expected: 'Tỷ lệ hoàn thành Chương trình CCHC giai đoạn 2026 - 2030' }),
      }),
    ]);
  });
});
