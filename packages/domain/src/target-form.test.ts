import { describe, expect, it } from 'vitest';
import { TARGET_LIMITS, targetProblems, type TargetFields } from './target-form.js';

const PLAN = { startYear: 2026, endYear: 2030 };
const valid: TargetFields = {
  text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%',
  comparator: 'AT_LEAST',
  value: 98,
  unit: '%',
  indicatorCode: '3.4.2',
  baselineYear: 2025,
  baselineValue: 100,
  owner: 'Văn phòng UBND xã',
  milestones: [
    { year: 2026, value: 98 },
    { year: 2030, value: null },
  ],
};
const problems = (change: Partial<TargetFields>) => targetProblems({ ...valid, ...change }, PLAN);
const codes = (change: Partial<TargetFields>) => problems(change).map((p) => `${p.field}:${p.code}`);

describe('targetProblems', () => {
  it('finds nothing wrong with a complete target whose blank milestone stays blank', () => {
    expect(problems({})).toEqual([]);
  });

  it('requires the text, comparator, value, unit and indicator code, but not the owner', () => {
    expect(
      codes({ text: '  ', comparator: null, value: null, unit: '', indicatorCode: '', owner: null }),
    ).toEqual([
      'text:REQUIRED',
      'comparator:REQUIRED',
      'value:REQUIRED',
      'unit:REQUIRED',
      'indicatorCode:REQUIRED',
    ]);
  });

  it('limits each text field to its length after trimming, at the limit included', () => {
    expect(codes({ text: 'x'.repeat(TARGET_LIMITS.text) })).toEqual([]);
    expect(problems({ text: 'x'.repeat(TARGET_LIMITS.text + 1) })).toEqual([
      { field: 'text', code: 'TOO_LONG', params: { max: TARGET_LIMITS.text } },
    ]);
    expect(
      codes({
        unit: 'u'.repeat(TARGET_LIMITS.unit + 1),
        owner: 'o'.repeat(TARGET_LIMITS.owner + 1),
        indicatorCode: 'c'.repeat(TARGET_LIMITS.indicatorCode + 1),
      }),
    ).toEqual(['unit:TOO_LONG', 'owner:TOO_LONG', 'indicatorCode:TOO_LONG']);
  });

  it('refuses a comparator the domain does not know, quoting it', () => {
    expect(problems({ comparator: 'ABOUT' })).toEqual([
      { field: 'comparator', code: 'UNKNOWN_COMPARATOR', params: { comparator: 'ABOUT' } },
    ]);
  });

  it('keeps every value in "%" within 0–100 — value, baseline and milestones — and allows 100 itself', () => {
    expect(codes({ value: 100, baselineValue: 100 })).toEqual([]);
    expect(codes({ value: 100.5, baselineValue: 101, milestones: [{ year: 2027, value: 120 }] })).toEqual([
      'value:PERCENT_OUT_OF_RANGE',
      'baselineValue:PERCENT_OUT_OF_RANGE',
      'milestones.2027:PERCENT_OUT_OF_RANGE',
    ]);
    expect(codes({ unit: 'người', value: 150, baselineValue: 170, milestones: [] })).toEqual([]);
  });

  it('refuses negative values in any unit, and values that are not finite numbers', () => {
    expect(codes({ unit: 'người', value: -1 })).toEqual(['value:NEGATIVE']);
    expect(codes({ value: Number.NaN })).toEqual(['value:NOT_A_NUMBER']);
  });

  it('wants a baseline year before the programme starts: 2025 is fine for 2026–2030, 2026 is not', () => {
    expect(codes({ baselineYear: 2025 })).toEqual([]);
    expect(problems({ baselineYear: 2026 })).toEqual([
      { field: 'baselineYear', code: 'BASELINE_NOT_BEFORE_PROGRAMME', params: { year: 2026 } },
    ]);
    expect(codes({ baselineYear: 25 })).toEqual(['baselineYear:NOT_A_YEAR']);
  });

  it('wants both parts of a baseline or neither, and a baseline for a "reduce by at least" target', () => {
    expect(codes({ baselineYear: 2025, baselineValue: null })).toEqual(['baselineValue:REQUIRED']);
    expect(codes({ baselineYear: null, baselineValue: 17 })).toEqual(['baselineYear:REQUIRED']);
    expect(codes({ baselineYear: null, baselineValue: null })).toEqual([]);
    expect(
      codes({
        comparator: 'REDUCE_BY_AT_LEAST',
        unit: '%',
        value: 20,
        baselineYear: null,
        baselineValue: null,
      }),
    ).toEqual(['baselineYear:BASELINE_NEEDED']);
  });

  it('keeps milestones within the programme, one per year, at most the limit', () => {
    expect(problems({ milestones: [{ year: 2031, value: 1 }] })).toEqual([
      {
        field: 'milestones.2031',
        code: 'YEAR_OUTSIDE_PROGRAMME',
        params: { year: 2031, from: 2026, to: 2030 },
      },
    ]);
    expect(
      codes({
        milestones: [
          { year: 2027, value: 1 },
          { year: 2027, value: 2 },
        ],
      }),
    ).toEqual(['milestones.2027:YEAR_REPEATED']);
    const many = Array.from({ length: TARGET_LIMITS.milestones + 1 }, () => ({ year: 2026, value: 1 }));
    expect(codes({ milestones: many })[0]).toBe('milestones:TOO_MANY');
  });
});
