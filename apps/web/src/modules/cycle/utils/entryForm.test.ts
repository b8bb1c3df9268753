import { describe, expect, it } from 'vitest';
import { changedCells, checkEntry, toIndicatorDefs, type TemplateRow } from './entryForm';

const row = (code: string, extra: Partial<TemplateRow> = {}): TemplateRow => ({
  code,
  codeAsWritten: `${code}.`,
  name: `Row ${code}`,
  nameEn: null,
  unit: 'DVC',
  unitEn: null,
  valueType: 'COUNT',
  direction: 'HIGHER_BETTER',
  area: 'PROCEDURES',
  parentCode: null,
  isComponentRow: false,
  legend: null,
  components: [],
  origin: 'APPENDIX',
  order: 1,
  takesFigure: true,
  ...extra,
});

const template = [
  row('3.2.1', { unit: '%', valueType: 'PERCENT', components: [{ role: 'DENOMINATOR', code: '3.2.1.a' }, { role: 'NUMERATOR', code: '3.2.1.b' }] }),
  row('3.2.1.a', { parentCode: '3.2.1', isComponentRow: true }),
  row('3.2.1.b', { parentCode: '3.2.1', isComponentRow: true }),
];

describe('checkEntry', () => {
  it('derives the ratio as typed and flags a reported ratio that disagrees with it', () => {
    const check = checkEntry(toIndicatorDefs(template), 'binh-thanh', 2026, { '3.2.1': '95', '3.2.1.a': '40', '3.2.1.b': '36' });
    expect(check.derived.get('3.2.1')).toMatchObject({ value: 90, reason: 'OK' });
    expect(check.findings.map((f) => f.rule)).toEqual(['RATIO_MISMATCH']);
    expect(check.findingsByCode.get('3.2.1.b')).toHaveLength(1);
  });

  it('reports a number typed the English way as a problem of its row, and validates the rest', () => {
    const check = checkEntry(toIndicatorDefs(template), 'binh-thanh', 2026, { '3.2.1': '95.5', '3.2.1.a': '' });
    expect(check.problems.get('3.2.1')?.code).toBe('BAD_NUMBER');
    expect(check.findings).toEqual([]);
  });
});

describe('changedCells', () => {
  it('sends changed and cleared cells only, trimmed', () => {
    expect(changedCells({ a: '1', b: '2' }, { a: '1 ', b: '', c: '3' })).toEqual([
      { indicatorCode: 'b', raw: '' },
      { indicatorCode: 'c', raw: '3' },
    ]);
  });
});
