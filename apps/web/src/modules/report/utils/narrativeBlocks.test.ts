import { describe, expect, it } from 'vitest';
import { cellIndicator, narrativeBlocks } from './narrativeBlocks';

describe('narrativeBlocks', () => {
  it('turns flattened "| a | b |" lines into a table and keeps paragraphs around it', () => {
    const body = 'Kết quả như sau:\n\n| TT | Chỉ số | 2021 |\n\n|---|---|---|\n\n| 1 | Hồ sơ | 6221 |\n\nHết.';
    expect(narrativeBlocks(body)).toEqual([
      { kind: 'paragraph', text: 'Kết quả như sau:' },
      { kind: 'table', header: ['TT', 'Chỉ số', '2021'], rows: [['1', 'Hồ sơ', '6221']] },
      { kind: 'paragraph', text: 'Hết.' },
    ]);
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
