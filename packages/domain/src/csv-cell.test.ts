import { describe, expect, it } from 'vitest';
import { neutraliseCsvCell, restoreCsvCell } from './csv-cell.js';

describe('neutraliseCsvCell', () => {
  it('prefixes text that a spreadsheet would run as a formula: = + - @ tab CR', () => {
    for (const cell of ['=HYPERLINK("http://x","y")', '+cmd', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '-abc']) {
      expect(neutraliseCsvCell(cell)).toBe(`'${cell}`);
    }
  });

  it('leaves numbers, plain text and a lone dash as written', () => {
    for (const cell of ['-5', '-3,5', '98,37', '16.807', 'Hoàn thành', '', '-', '+', "'quoted"]) {
      expect(neutraliseCsvCell(cell)).toBe(cell);
    }
  });
});

describe('restoreCsvCell', () => {
  it('undoes exactly what neutraliseCsvCell added', () => {
    for (const cell of ['=1+1', '@x', '-abc', '-5', "'quoted", "'=already", 'text', '']) {
      expect(restoreCsvCell(neutraliseCsvCell(cell))).toBe(cell);
    }
  });

  it('keeps an apostrophe that was not added by the rule', () => {
    expect(restoreCsvCell("'abc")).toBe("'abc");
    expect(restoreCsvCell("'-5")).toBe("'-5");
    // An apostrophe before a formula is the spreadsheet's own "this is text" mark: read as the text.
    expect(restoreCsvCell("'=1")).toBe('=1');
  });
});
