import { describe, expect, it } from 'vitest';
import { denominator, indicator, numerator } from './testing/indicators.js';
import { deriveYearEntry, entryRows, readYearEntry, validateYearEntry } from './year-entry.js';

const defs = [
  indicator('3', { name: 'TTHC' }),
  indicator('3.1', { name: 'Tỷ lệ hồ sơ đúng hạn', unit: '%', valueType: 'PERCENT', parentCode: '3', components: [numerator('3.1.a'), denominator('3.1.b')] }),
  indicator('3.1.a', { unit: 'Hồ sơ', valueType: 'COUNT', parentCode: '3.1', isComponentRow: true }),
  indicator('3.1.b', { unit: 'Hồ sơ', valueType: 'COUNT', parentCode: '3.1', isComponentRow: true }),
  indicator('3.2', { valueType: 'ENUMERATION', parentCode: '3', legend: [{ value: 0, label: 'Chưa' }, { value: 2, label: 'Hoàn thành' }] }),
  indicator('N.X', { origin: 'NARRATIVE' }),
];

describe('entryRows', () => {
  it('takes the appendix rows that hold a figure: not headings, not narrative indicators', () => {
    expect(entryRows(defs).map((d) => d.code)).toEqual(['3.1', '3.1.a', '3.1.b', '3.2']);
  });
});

describe('readYearEntry', () => {
  it('reads Vietnamese numbers and keeps blank as not reported', () => {
    const { observations, problems } = readYearEntry(defs, 'binh-thanh', 2026, [
      { indicatorCode: '3.1.a', raw: '1.250' },
      { indicatorCode: '3.1', raw: '98,5' },
      { indicatorCode: '3.1.b', raw: '' },
    ]);
    expect(problems).toEqual([]);
    expect(observations.map((o) => [o.indicatorCode, o.value, o.raw])).toEqual([
      ['3.1.a', 1250, '1.250'],
      ['3.1', 98.5, '98,5'],
      ['3.1.b', null, ''],
    ]);
    expect(observations[0]?.period).toEqual({ kind: 'YEAR', year: 2026 });
  });

  it('names every cell it cannot store, by code', () => {
    const { problems } = readYearEntry(defs, 'binh-thanh', 2026, [
      { indicatorCode: '3.1', raw: '98.5' },
      { indicatorCode: '3', raw: '1' },
      { indicatorCode: '9.9', raw: '1' },
      { indicatorCode: '3.2', raw: '2' },
      { indicatorCode: '3.2', raw: '0' },
      { indicatorCode: '3.1.a', raw: '1'.repeat(201) },
    ]);
    expect(problems.map((p) => [p.indicatorCode, p.code])).toEqual([
      ['3.1', 'BAD_NUMBER'],
      ['3', 'NOT_A_FIGURE'],
      ['9.9', 'UNKNOWN_INDICATOR'],
      ['3.2', 'DUPLICATE'],
      ['3.1.a', 'TEXT_TOO_LONG'],
    ]);
    expect(problems[0]?.message.vi).toContain('80,5');
  });
});

describe('validateYearEntry and deriveYearEntry', () => {
  it('derives the ratio from its components and flags a reported ratio that disagrees', () => {
    const { observations } = readYearEntry(defs, 'binh-thanh', 2026, [
      { indicatorCode: '3.1', raw: '90' },
      { indicatorCode: '3.1.a', raw: '80' },
      { indicatorCode: '3.1.b', raw: '100' },
    ]);
    expect(deriveYearEntry(defs, observations).get('3.1')).toMatchObject({ value: 80, reason: 'OK' });
    const findings = validateYearEntry(defs, 'binh-thanh', 2026, observations);
    expect(findings.map((f) => [f.rule, f.severity, f.period])).toEqual([['RATIO_MISMATCH', 'ERROR', '2026']]);
  });

  it('finds nothing in an empty form, and an answer outside the legend', () => {
    expect(validateYearEntry(defs, 'binh-thanh', 2026, [])).toEqual([]);
    const { observations } = readYearEntry(defs, 'binh-thanh', 2026, [{ indicatorCode: '3.2', raw: '1' }]);
    expect(validateYearEntry(defs, 'binh-thanh', 2026, observations).map((f) => f.rule)).toEqual(['ENUM_OUT_OF_LEGEND']);
  });
});
