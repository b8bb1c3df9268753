import { describe, expect, it } from 'vitest';
import { toDocument } from './document.js';

const page = (n: number, body: string[]) => [...body, String(n)];
const filler = (k: number) => Array.from({ length: 30 }, (_, i) => `Dòng văn bản ${k}-${i} của báo cáo`);

describe('toDocument', () => {
  it('marks lone numbers counting up a page apart through the document as page numbers', () => {
    const lines = [1, 2, 3, 4, 5].flatMap((n) => page(n, filler(n)));
    const doc = toDocument(lines.join('\n'));
    expect(doc.lines.filter((l) => l.furniture === 'PAGE_NUMBER').map((l) => l.text)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('keeps a numbered list near the end of a document: its numbers are not pages', () => {
    const lines = [...filler(0), ...filler(1), ...filler(2), ...[6, 7, 8, 9].flatMap((n) => [String(n), ...filler(n)])];
    const doc = toDocument(lines.join('\n'));
    expect(doc.lines.some((l) => l.furniture === 'PAGE_NUMBER')).toBe(false);
  });

  it('marks "Trang N", links, a running header and a table header repeated on each page', () => {
    const header = ['Số', 'TT', 'Các chỉ tiêu Chương trình', 'Bộ phận thực hiện', '(báo cáo)', 'Mức độ hoàn thành'];
    const running = 'UBND xã Phú Đình - Báo cáo tổng kết CCHC';
    const text = [running, ...header, 'a', 'Trang 1', running, ...header, 'b', 'https://example.org/x', running, 'c'].join('\n');
    const kinds = toDocument(text).lines.map((l) => l.furniture);
    expect(kinds.filter((k) => k === 'RUNNING_HEADER')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'REPEATED_BLOCK')).toHaveLength(header.length * 2);
    expect(kinds).toContain('PAGE_NUMBER');
    expect(kinds).toContain('LINK');
    expect(toDocument(text).lines.filter((l) => l.furniture === null).map((l) => l.text)).toEqual(['a', 'b', 'c']);
  });
});
