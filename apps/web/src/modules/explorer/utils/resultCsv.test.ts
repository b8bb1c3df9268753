import { describe, expect, it } from 'vitest';
import { tableToCsv } from './resultCsv';
import { resultTable } from './resultTable';

const csvOf = (data: unknown) => tableToCsv(resultTable({ data })!);

describe('tableToCsv', () => {
  it('writes one line per leaf record with the parents repeated, and quotes text with commas', () => {
    expect(
      csvOf({ indicator: { code: '6.1', observations: [{ period: { label: '2021–2025, xã' }, value: 98.37 }, { period: { label: '2024' }, value: null }] } }),
    ).toBe('code,observations.period.label,observations.value\r\n6.1,"2021–2025, xã",98.37\r\n6.1,2024,');
  });

  it('writes rounded numbers with a dot, no float noise', () => {
    expect(csvOf({ rows: [{ change: -2.760000000000005 }] })).toBe('change\r\n-2.76');
  });
});

describe('tableToCsv: formula injection (the domain rule csv-cell.ts)', () => {
  it('writes text that a spreadsheet would run behind an apostrophe; numbers stay numbers', () => {
    const csv = csvOf({ ranking: [{ name: '=HYPERLINK("http://x","y")', value: -5 }, { name: '@SUM(A1)', value: 3 }] });
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain(`'@SUM(A1)`);
    expect(csv).toContain(',-5');
  });

  it('leaves text that is a negative number as it is', () => {
    expect(csvOf({ rows: [{ raw: '-3,5' }, { raw: '-' }] })).toBe('raw\r\n"-3,5"\r\n-');
  });
});

describe('tableToCsv: synthetic figures', () => {
  it('keeps the synthetic column beside each figure, true for a generated one, blank where the cell is blank', () => {
    const csv = csvOf({
      ranking: [
        { orgUnitCode: 'binh-thanh', value: 87.25, synthetic: false },
        { orgUnitCode: 'cho-chu', value: 85, synthetic: true },
        { orgUnitCode: 'kim-son', value: null, synthetic: null },
      ],
    });
    expect(csv.split('\r\n')).toEqual(['orgUnitCode,value,synthetic', 'binh-thanh,87.25,false', 'cho-chu,85,true', 'kim-son,,']);
  });
});
