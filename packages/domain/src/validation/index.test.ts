import { describe, expect, it } from 'vitest';
import { ratioReport } from '../testing/report.js';
import { VALIDATION_RULES, validateReport } from './index.js';

describe('VALIDATION_RULES', () => {
  it('lists each rule once with a severity and a description in both languages', () => {
    const codes = VALIDATION_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of VALIDATION_RULES) {
      expect(rule.description.vi.length).toBeGreaterThan(10);
      expect(rule.description.en.length).toBeGreaterThan(10);
    }
    expect(codes).toEqual(expect.arrayContaining([
      'RATIO_MISMATCH', 'RATIO_UNDEFINED', 'COMPONENT_EXCEEDS_TOTAL', 'SHARES_OVER_100', 'PERCENT_OUT_OF_RANGE',
      'RATE_UNIT_NOT_PERCENT', 'RANK_EXCEEDS_TOTAL', 'SERIES_GAP', 'CONFLICTING_VALUES', 'ENUM_OUT_OF_LEGEND',
      'PERIOD_OUTSIDE_PROGRAMME',
    ]));
    expect(VALIDATION_RULES.find((r) => r.code === 'PERIOD_OUTSIDE_PROGRAMME')?.severity).toBe('WARNING');
  });
});

describe('validateReport', () => {
  it('finds nothing in a consistent report', () => {
    expect(validateReport(ratioReport(100, 16807, 16807))).toEqual([]);
  });

  it('gives findings rule by rule, in the order of VALIDATION_RULES', () => {
    // Over a zero denominator with a larger numerator: RATIO_UNDEFINED is listed before COMPONENT_EXCEEDS_TOTAL.
    expect(validateReport(ratioReport(100, 0, 40)).map((f) => f.rule)).toEqual(['RATIO_UNDEFINED', 'COMPONENT_EXCEEDS_TOTAL']);
  });
});
