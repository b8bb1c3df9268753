import { describe, expect, it } from 'vitest';
import { formatNumber } from './vn-number.js';
import type { TargetStatusInput } from './target.js';
import {
  AT_RISK_RATIO,
  ON_TRACK_RATIO,
  TARGET_STATUS_METHOD,
  defaultMilestones,
  meetsTarget,
  resolveTargetValue,
  targetStatus,
} from './target.js';

describe('resolveTargetValue', () => {
  it('turns "giảm tối thiểu 20% so với năm 2025" with baseline 17 into at most 13.6', () => {
    expect(resolveTargetValue('REDUCE_BY_AT_LEAST', 20, { year: 2025, value: 17 })).toEqual({ value: 13.6, comparator: 'AT_MOST' });
  });

  it('cannot resolve a relative target without a baseline', () => {
    expect(resolveTargetValue('REDUCE_BY_AT_LEAST', 20, null)).toEqual({ value: null, comparator: 'AT_MOST' });
  });

  it('leaves absolute targets unchanged, with or without a baseline', () => {
    for (const comparator of ['AT_LEAST', 'MORE_THAN', 'EQUAL', 'AT_MOST', 'LESS_THAN'] as const) {
      expect(resolveTargetValue(comparator, 90, { year: 2025, value: 80 })).toEqual({ value: 90, comparator });
      expect(resolveTargetValue(comparator, 90, null)).toEqual({ value: 90, comparator });
    }
  });
});

describe('defaultMilestones', () => {
  it('draws a straight line from the baseline to the target, one milestone per year after the baseline', () => {
    expect(defaultMilestones({ year: 2025, value: 80 }, { year: 2030, value: 90 })).toEqual([
      { year: 2026, value: 82 },
      { year: 2027, value: 84 },
      { year: 2028, value: 86 },
      { year: 2029, value: 88 },
      { year: 2030, value: 90 },
    ]);
  });

  it('works for reductions and ends exactly on the target', () => {
    const milestones = defaultMilestones({ year: 2025, value: 17 }, { year: 2030, value: 13.6 });
    expect(milestones.map((m) => m.value)).toEqual([16.32, 15.64, 14.96, 14.28, 13.6]);
  });

  it('keeps each milestone as it is printed: six decimals, half away from zero, as formatNumber shows it', () => {
    const up = defaultMilestones({ year: 2025, value: 0 }, { year: 2028, value: 1 });
    expect(up.map((m) => m.value)).toEqual([0.333333, 0.666667, 1]);
    const down = defaultMilestones({ year: 2025, value: 0 }, { year: 2028, value: -1 });
    expect(down.map((m) => m.value)).toEqual([-0.333333, -0.666667, -1]);
    for (const m of [...up, ...down]) expect(formatNumber(m.value, 'en')).toBe(String(m.value));
  });

  it('gives a single milestone when the target is the year after the baseline', () => {
    expect(defaultMilestones({ year: 2029, value: 1 }, { year: 2030, value: 2 })).toEqual([{ year: 2030, value: 2 }]);
  });

  it('rejects a target year not after the baseline year', () => {
    expect(() => defaultMilestones({ year: 2030, value: 1 }, { year: 2030, value: 2 })).toThrow(/must come after/);
  });
});

describe('meetsTarget', () => {
  it('distinguishes "tối thiểu" (at least) from "trên" (more than) at the boundary', () => {
    expect(meetsTarget('AT_LEAST', 90, 90)).toBe(true);
    expect(meetsTarget('MORE_THAN', 90, 90)).toBe(false);
    expect(meetsTarget('MORE_THAN', 90.01, 90)).toBe(true);
  });

  it('distinguishes at most from less than at the boundary', () => {
    expect(meetsTarget('AT_MOST', 13.6, 13.6)).toBe(true);
    expect(meetsTarget('LESS_THAN', 13.6, 13.6)).toBe(false);
  });

  it('treats EQUAL as equal up to floating-point noise only', () => {
    expect(meetsTarget('EQUAL', 0.1 + 0.2, 0.3)).toBe(true);
    expect(meetsTarget('EQUAL', 99.99, 100)).toBe(false);
  });
});

describe('targetStatus', () => {
  // "Tỷ lệ … tối thiểu 90%" from 50 in 2025: linear milestones 58, 66, 74, 82, 90.
  const atLeast90 = (actuals: TargetStatusInput['actuals'], overrides: Partial<TargetStatusInput> = {}) =>
    targetStatus({
      comparator: 'AT_LEAST',
      targetValue: 90,
      targetYear: 2030,
      baseline: { year: 2025, value: 50 },
      milestones: defaultMilestones({ year: 2025, value: 50 }, { year: 2030, value: 90 }),
      actuals,
      direction: 'HIGHER_BETTER',
      ...overrides,
    });

  it('names its thresholds and documents its method', () => {
    expect(ON_TRACK_RATIO).toBe(0.95);
    expect(AT_RISK_RATIO).toBe(0.5);
    expect(TARGET_STATUS_METHOD).toContain('ratio = observed change ÷ required change');
    expect(TARGET_STATUS_METHOD).toContain('0.95');
  });

  it('is NO_DATA without a baseline', () => {
    expect(atLeast90([{ year: 2026, value: 60 }], { baseline: null }).status).toBe('NO_DATA');
  });

  it('is NO_DATA without an actual after the baseline year (the baseline year itself does not count)', () => {
    const result = atLeast90([{ year: 2025, value: 50 }, { year: 2024, value: 40 }]);
    expect(result).toMatchObject({ status: 'NO_DATA', year: null, actual: null });
    expect(result.explanation.en).toContain('2025');
  });

  it('is ACHIEVED when the latest actual meets the target exactly under "tối thiểu"', () => {
    expect(atLeast90([{ year: 2027, value: 90 }])).toMatchObject({ status: 'ACHIEVED', year: 2027, actual: 90 });
  });

  it('is not ACHIEVED at exactly the value under "trên" (more than)', () => {
    const result = atLeast90([{ year: 2030, value: 90 }], { comparator: 'MORE_THAN' });
    expect(result.status).not.toBe('ACHIEVED');
    expect(result.status).toBe('ON_TRACK');
  });

  it('uses the latest actual, not the best one', () => {
    expect(atLeast90([{ year: 2026, value: 95 }, { year: 2027, value: 60 }]).year).toBe(2027);
  });

  it('is ON_TRACK at exactly 0.95 of the required progress', () => {
    // 2026 milestone 58: required 8, observed 7.6 → 0.95.
    expect(atLeast90([{ year: 2026, value: 57.6 }])).toMatchObject({ status: 'ON_TRACK', milestone: 58 });
    expect(atLeast90([{ year: 2026, value: 57.6 }]).ratio).toBeCloseTo(0.95, 10);
  });

  it('is AT_RISK just below 0.95 and at exactly 0.5', () => {
    expect(atLeast90([{ year: 2026, value: 57.5 }]).status).toBe('AT_RISK');
    const half = atLeast90([{ year: 2026, value: 54 }]);
    expect(half.ratio).toBe(0.5);
    expect(half.status).toBe('AT_RISK');
  });

  it('is OFF_TRACK just below 0.5 and when moving the wrong way', () => {
    expect(atLeast90([{ year: 2026, value: 53.9 }]).status).toBe('OFF_TRACK');
    const worse = atLeast90([{ year: 2026, value: 45 }]);
    expect(worse.status).toBe('OFF_TRACK');
    expect(worse.ratio).toBeLessThan(0);
  });

  it('is ON_TRACK beyond the milestone', () => {
    expect(atLeast90([{ year: 2026, value: 70 }])).toMatchObject({ status: 'ON_TRACK', ratio: 2.5 });
  });

  it('handles a reduction target: lower is better and both changes are negative', () => {
    const reduce = (value: number) =>
      targetStatus({
        comparator: 'REDUCE_BY_AT_LEAST',
        targetValue: 20,
        targetYear: 2030,
        baseline: { year: 2025, value: 17 },
        milestones: [],
        actuals: [{ year: 2026, value }],
        direction: 'LOWER_BETTER',
      });
    // 2026 milestone 16.32: required −0.68.
    expect(reduce(16.32)).toMatchObject({ status: 'ON_TRACK', milestone: 16.32 });
    expect(reduce(16.66).status).toBe('AT_RISK'); // observed −0.34 → 0.5
    expect(reduce(17).status).toBe('OFF_TRACK');
    expect(reduce(18).status).toBe('OFF_TRACK');
    expect(reduce(13.6).status).toBe('ACHIEVED');
    expect(reduce(13.6).explanation.vi).toContain('13,6');
  });

  it('uses a planner-set milestone for the year and interpolates between set milestones', () => {
    const milestones = [
      { year: 2026, value: 60 },
      { year: 2028, value: 80 },
    ];
    expect(atLeast90([{ year: 2026, value: 59 }], { milestones })).toMatchObject({ milestone: 60, status: 'AT_RISK' });
    expect(atLeast90([{ year: 2027, value: 70 }], { milestones })).toMatchObject({ milestone: 70, status: 'ON_TRACK' });
    expect(atLeast90([{ year: 2029, value: 85 }], { milestones })).toMatchObject({ milestone: 85, status: 'ON_TRACK' });
  });

  it('measures an actual after the target year against the target itself', () => {
    expect(atLeast90([{ year: 2031, value: 89 }])).toMatchObject({ milestone: 90, status: 'ON_TRACK' });
  });

  it('is OFF_TRACK when short of a milestone that asks for no improvement over the baseline', () => {
    const result = targetStatus({
      comparator: 'EQUAL',
      targetValue: 100,
      targetYear: 2030,
      baseline: { year: 2025, value: 100 },
      milestones: [],
      actuals: [{ year: 2026, value: 98 }],
      direction: 'HIGHER_BETTER',
    });
    expect(result).toMatchObject({ status: 'OFF_TRACK', milestone: 100, ratio: null });
  });

  it('explains the status in Vietnamese and English with the figures used', () => {
    const result = atLeast90([{ year: 2026, value: 54 }]);
    expect(result.explanation.vi).toContain('mốc 58');
    expect(result.explanation.en).toContain('50% of the required progress');
  });
});
