import { describe, expect, it } from 'vitest';
import { findRows, resultToCsv } from './resultCsv';

describe('findRows', () => {
  it('finds the first list of objects, however deep', () => {
    expect(findRows({ indicators: { edges: [{ node: { code: '1.1' } }] } })).toEqual([{ node: { code: '1.1' } }]);
  });

  it('returns null when there is no list of objects', () => {
    expect(findRows({ me: { email: 'a' }, codes: ['a', 'b'] })).toBeNull();
  });
});

describe('resultToCsv', () => {
  it('flattens nested fields into dotted columns and quotes text with commas', () => {
    const csv = resultToCsv({
      data: { ranking: [{ orgUnit: { name: 'Bình Thành, xã' }, value: 80.5, rank: 1 }] },
    });
    expect(csv).toBe('orgUnit.name,value,rank\r\n"Bình Thành, xã",80.5,1');
  });

  it('keeps a missing value as an empty cell, never 0', () => {
    const csv = resultToCsv({ data: { rows: [{ code: 'a', value: null }, { code: 'b', value: 0 }] } });
    expect(csv).toBe('code,value\r\na,\r\nb,0');
  });

  it('is null for a result without rows (an error, or a single object)', () => {
    expect(resultToCsv({ errors: [{ message: 'x' }] })).toBeNull();
    expect(resultToCsv({ data: { me: { email: 'x' } } })).toBeNull();
  });
});

describe('resultToCsv: formula injection', () => {
  it('writes text that a spreadsheet would run behind an apostrophe; numbers stay numbers', () => {
    const csv = resultToCsv({ data: { ranking: [{ name: '=HYPERLINK("http://x","y")', value: -5 }, { name: '@SUM(A1)', value: 3 }] } });
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain(`'@SUM(A1)`);
    expect(csv).toContain(',-5');
  });
});
