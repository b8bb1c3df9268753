import { describe, expect, it } from 'vitest';
import { cellIndicator, narrativeBlocks, tableCellIndicator, type NarrativeTable } from './narrativeBlocks';

/** Section 3.2 of the report: the years over "Cán bộ | Công chức", one row of figures. */
const STAFFING =
  'Kết quả thực hiện:\n\n| Năm 2021 || Năm 2022 ||\n| Cán bộ | Công chức | Cán bộ | Công chức |\n|---|---|---|---|\n| 10 | 09 | 09 | |\n\nHết.';

function firstTable(body: string): NarrativeTable {
  const table = narrativeBlocks(body).find((b): b is NarrativeTable => b.kind === 'table');
  if (!table) throw new Error('no table');
  return table;
}

describe('narrativeBlocks', () => {
  it('turns flattened "| a | b |" lines into a table and keeps paragraphs around it', () => {
    const body = 'Kết quả như sau:\n\n| TT | Chỉ số | 2021 |\n\n|---|---|---|\n\n| 1 | Hồ sơ | 6221 |\n\nHết.';
    expect(narrativeBlocks(body)).toEqual([
      { kind: 'paragraph', text: 'Kết quả như sau:' },
      {
        kind: 'table',
        header: [[{ text: 'TT', span: 1 }, { text: 'Chỉ số', span: 1 }, { text: '2021', span: 1 }]],
        columns: [['TT'], ['Chỉ số'], ['2021']],
        rows: [['1', 'Hồ sơ', '6221']],
        numeric: [true, false, true],
      },
      { kind: 'paragraph', text: 'Hết.' },
    ]);
  });

  it('reads every line before the separator as a header level, "||" widening a cell over the next column', () => {
    const table = firstTable(STAFFING);
    expect(table.header).toEqual([
      [{ text: 'Năm 2021', span: 2 }, { text: 'Năm 2022', span: 2 }],
      [{ text: 'Cán bộ', span: 1 }, { text: 'Công chức', span: 1 }, { text: 'Cán bộ', span: 1 }, { text: 'Công chức', span: 1 }],
    ]);
    expect(table.columns).toEqual([
      ['Năm 2021', 'Cán bộ'],
      ['Năm 2021', 'Công chức'],
      ['Năm 2022', 'Cán bộ'],
      ['Năm 2022', 'Công chức'],
    ]);
  });

  it('keeps a blank body cell blank, in its own column', () => {
    expect(firstTable(STAFFING).rows).toEqual([['10', '09', '09', '']]);
    expect(firstTable('| a | b | c |\n|---|---|---|\n| 1 | | 3 |').rows).toEqual([['1', '', '3']]);
  });
});

describe('tableCellIndicator', () => {
  const staffing = firstTable(STAFFING);
  const staffFigures = [
    { code: 'CAN_BO', raw: '10', quote: '10 09 09 09', row: 'Năm 2021 / Cán bộ' },
    { code: 'CONG_CHUC', raw: '09', quote: '10 09 09 09', row: 'Năm 2021 / Công chức' },
    { code: 'CAN_BO', raw: '09', quote: '10 09 09 09', row: 'Năm 2022 / Cán bộ' },
  ];

  it('links every cell to the figure the source places there, equal texts of other indicators notwithstanding', () => {
    expect([0, 1, 2].map((c) => tableCellIndicator(staffing, 0, c, staffFigures))).toEqual(['CAN_BO', 'CONG_CHUC', 'CAN_BO']);
  });

  it('leaves a blank cell unlinked', () => {
    expect(tableCellIndicator(staffing, 0, 3, staffFigures)).toBeNull();
  });

  it('places a figure by its row label and column ("5 / 2024")', () => {
    const table = firstTable('| TT | Chỉ số | 2023 | 2024 |\n|---|---|---|---|\n| 4 | Số hoá | 100% | 100% |\n| 5 | Bộ chỉ số | 88,8 | 100% |');
    const figures = [
      { code: 'DIGI', raw: '100%', quote: '4 Số hoá 100% 100%', row: '4 / 2024' },
      { code: 'INDEX', raw: '100%', quote: '5 Bộ chỉ số 88,8 100%', row: '5 / 2024' },
    ];
    expect(tableCellIndicator(table, 0, 3, figures)).toBe('DIGI');
    expect(tableCellIndicator(table, 1, 3, figures)).toBe('INDEX');
    expect(tableCellIndicator(table, 0, 2, figures)).toBeNull();
  });
});

describe('cellIndicator', () => {
  const figures = [
    { code: 'RATE', raw: '100%', quote: '2 Tỷ lệ hồ sơ dịch vụ công trực tuyến (%) 28,05% 100%' },
    { code: 'DIGI', raw: '100%', quote: '4 Tỷ lệ số hoá hồ sơ 99,97% 100%' },
    { code: 'FILES', raw: '6221', quote: '1 Số hồ sơ 6221' },
  ];

  it('links a cell whose text only one indicator reports', () => {
    expect(cellIndicator('6221', 'Số hồ sơ', figures)).toBe('FILES');
  });

  it('tells apart equal figures by the row they are quoted in', () => {
    expect(cellIndicator('100%', 'Tỷ lệ số hoá hồ sơ', figures)).toBe('DIGI');
  });

  it('leaves an ambiguous cell unlinked', () => {
    expect(cellIndicator('100%', 'Tổng', figures)).toBeNull();
    expect(cellIndicator('', 'Số hồ sơ', figures)).toBeNull();
  });
});
