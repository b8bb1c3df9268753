import { describe, expect, it } from 'vitest';
import type { YoyIndicator } from './yoy.js';
import { compoundAnnualRate, movementOf, trendOf, yearOverYear, yearOverYearSeries } from './yoy.js';

const count: YoyIndicator = { valueType: 'COUNT', direction: 'HIGHER_BETTER' };
const percent: YoyIndicator = { valueType: 'PERCENT', direction: 'HIGHER_BETTER' };
const staffing: YoyIndicator = { valueType: 'COUNT', direction: 'LOWER_BETTER' };
const rank: YoyIndicator = { valueType: 'RANK', direction: 'HIGHER_BETTER' };
const neutral: YoyIndicator = { valueType: 'NUMBER', direction: 'NEUTRAL' };

describe('movementOf', () => {
  it('follows the sign of the change, not its verdict: a fall of a lower-better count is DOWN though IMPROVED', () => {
    const fell = yearOverYear(staffing, { year: 2024, value: 18 }, { year: 2025, value: 17 });
    expect(fell.trend).toBe('IMPROVED');
    expect(movementOf(fell)).toBe('DOWN');
    expect(movementOf(yearOverYear(count, { year: 2024, value: 1 }, { year: 2025, value: 3 }))).toBe('UP');
  });

  it('moves a rank UP when it gains places (5 → 3) and DOWN when it loses them', () => {
    expect(movementOf(yearOverYear(rank, { year: 2022, value: 5 }, { year: 2023, value: 3 }))).toBe('UP');
    expect(movementOf(yearOverYear(rank, { year: 2023, value: 1 }, { year: 2025, value: 6 }))).toBe('DOWN');
  });

  it('is SAME for equal values and null when a value is missing', () => {
    expect(movementOf(yearOverYear(count, { year: 2024, value: 4 }, { year: 2025, value: 4 }))).toBe('SAME');
    expect(movementOf(yearOverYear(count, { year: 2024, value: null }, { year: 2025, value: 4 }))).toBeNull();
  });
});

describe('yearOverYear', () => {
  it('gives the absolute and relative change of a count', () => {
    const yoy = yearOverYear(count, { year: 2023, value: 80 }, { year: 2024, value: 100 });
    expect(yoy).toMatchObject({ fromYear: 2023, toYear: 2024, fromValue: 80, toValue: 100, absoluteChange: 20 });
    expect(yoy.relativeChange).toBe(25);
    expect(yoy.percentagePointChange).toBeNull();
    expect(yoy.placesChange).toBeNull();
    expect(yoy.trend).toBe('IMPROVED');
  });

  it('divides the relative change by |from| so a negative base keeps the sign of the change', () => {
    expect(yearOverYear(neutral, { year: 2023, value: -50 }, { year: 2024, value: -25 }).relativeChange).toBe(50);
  });

  it('has no relative change from a zero base, but keeps the absolute change', () => {
    const yoy = yearOverYear(count, { year: 2023, value: 0 }, { year: 2024, value: 5 });
    expect(yoy.relativeChange).toBeNull();
    expect(yoy.absoluteChange).toBe(5);
  });

  it('gives the change of a percentage in percentage points', () => {
    const yoy = yearOverYear(percent, { year: 2023, value: 80.5 }, { year: 2024, value: 98.5 });
    expect(yoy.percentagePointChange).toBe(18);
    expect(yoy.relativeChange).toBeCloseTo(22.3602, 4);
  });

  it('counts places gained for a rank (from − to, positive when moving towards 1) and treats it as lower-better', () => {
    const gained = yearOverYear(rank, { year: 2022, value: 12 }, { year: 2023, value: 5 });
    expect(gained.placesChange).toBe(7);
    expect(gained.trend).toBe('IMPROVED');
    const lost = yearOverYear(rank, { year: 2023, value: 5 }, { year: 2024, value: 9 });
    expect(lost.placesChange).toBe(-4);
    expect(lost.trend).toBe('WORSENED');
  });

  it('gives a rank no percent change and no annual rate: a rank changes in places (1 → 6 is not "+500%")', () => {
    const fell = yearOverYear(rank, { year: 2023, value: 1 }, { year: 2025, value: 6 });
    expect(fell.relativeChange).toBeNull();
    expect(fell.annualRate).toBeNull();
    expect(fell.placesChange).toBe(-5);
  });

  it('judges a lower-better indicator as improved when it falls', () => {
    expect(yearOverYear(staffing, { year: 2021, value: 23 }, { year: 2025, value: 20 }).trend).toBe('IMPROVED');
    expect(yearOverYear(staffing, { year: 2021, value: 20 }, { year: 2025, value: 23 }).trend).toBe('WORSENED');
  });

  it('is UNCHANGED when both values are equal, whatever the direction', () => {
    for (const indicator of [count, staffing, rank, neutral]) {
      expect(yearOverYear(indicator, { year: 2023, value: 7 }, { year: 2024, value: 7 }).trend).toBe('UNCHANGED');
    }
  });

  it('treats a missing side as a gap: every change null and trend NO_DATA, never a zero change', () => {
    for (const [fromValue, toValue] of [
      [null, 5],
      [5, null],
      [null, null],
    ] as const) {
      expect(yearOverYear(percent, { year: 2023, value: fromValue }, { year: 2024, value: toValue })).toEqual({
        fromYear: 2023,
        toYear: 2024,
        fromValue,
        toValue,
        absoluteChange: null,
        relativeChange: null,
        percentagePointChange: null,
        annualRate: null,
        placesChange: null,
        trend: 'NO_DATA',
      });
    }
  });

  it('compounds the annual rate over non-adjacent years', () => {
    const yoy = yearOverYear(count, { year: 2021, value: 100 }, { year: 2023, value: 121 });
    expect(yoy.annualRate).toBeCloseTo(10, 10);
    expect(yoy.relativeChange).toBeCloseTo(21, 10);
  });

  it('allows the same year twice but gives no annual rate', () => {
    const yoy = yearOverYear(count, { year: 2024, value: 3 }, { year: 2024, value: 4 });
    expect(yoy.absoluteChange).toBe(1);
    expect(yoy.annualRate).toBeNull();
  });

  it('refuses to run backwards in time', () => {
    expect(() => yearOverYear(count, { year: 2024, value: 1 }, { year: 2023, value: 2 })).toThrow(/from 2024 is after to 2023/);
  });

  it('never calls a change of a NEUTRAL indicator improved or worsened: NO_DATA (no verdict)', () => {
    const yoy = yearOverYear(neutral, { year: 2023, value: 10 }, { year: 2024, value: 12 });
    expect(yoy.trend).toBe('NO_DATA');
    expect(yoy.absoluteChange).toBe(2);
  });
});

  it('gives a blank change and a full one the same fields in the same order (one object shape on the hot path)', () => {
    const fields = ['fromYear', 'toYear', 'fromValue', 'toValue', 'absoluteChange', 'relativeChange', 'percentagePointChange', 'annualRate', 'placesChange', 'trend'];
    expect(Object.keys(yearOverYear(percent, { year: 2023, value: 40 }, { year: 2024, value: 50 }))).toEqual(fields);
    expect(Object.keys(yearOverYear(percent, { year: 2023, value: null }, { year: 2024, value: 50 }))).toEqual(fields);
    expect(Object.keys(yearOverYear(rank, { year: 2023, value: 3 }, { year: 2024, value: 1 }))).toEqual(fields);
  });

describe('trendOf', () => {
  it('is decided by the sign of the change and the direction', () => {
    expect(trendOf('HIGHER_BETTER', 1, 1.0001)).toBe('IMPROVED');
    expect(trendOf('HIGHER_BETTER', 1, 0.9999)).toBe('WORSENED');
    expect(trendOf('LOWER_BETTER', 1, 0.9999)).toBe('IMPROVED');
    expect(trendOf('NEUTRAL', 1, 1)).toBe('UNCHANGED');
    expect(trendOf('NEUTRAL', 1, 2)).toBe('NO_DATA');
    expect(trendOf('HIGHER_BETTER', null, 2)).toBe('NO_DATA');
  });
});

describe('compoundAnnualRate', () => {
  it('is null when either value is zero or negative (the boundary 0 included)', () => {
    expect(compoundAnnualRate(0, 10, 2)).toBeNull();
    expect(compoundAnnualRate(10, 0, 2)).toBeNull();
    expect(compoundAnnualRate(-1, 10, 2)).toBeNull();
    expect(compoundAnnualRate(0.0001, 10, 2)).not.toBeNull();
  });

  it('is null over zero years and equals the simple rate over one year', () => {
    expect(compoundAnnualRate(10, 20, 0)).toBeNull();
    expect(compoundAnnualRate(10, 12, 1)).toBeCloseTo(20, 10);
  });

  it('is negative for a decline', () => {
    expect(compoundAnnualRate(100, 81, 2)).toBeCloseTo(-10, 10);
  });
});

describe('yearOverYearSeries', () => {
  it('gives each consecutive pair, in year order whatever the input order', () => {
    const series = yearOverYearSeries(count, [
      { year: 2023, value: 12 },
      { year: 2021, value: 10 },
      { year: 2022, value: 11 },
    ]);
    expect(series.map((y) => [y.fromYear, y.toYear, y.absoluteChange])).toEqual([
      [2021, 2022, 1],
      [2022, 2023, 1],
    ]);
  });

  it('keeps a year absent inside the span as a gap: both pairs touching it are NO_DATA', () => {
    // The reform-index score: 2021, 2022, 2023 and 2025, but no 2024.
    const series = yearOverYearSeries({ valueType: 'SCORE', direction: 'HIGHER_BETTER' }, [
      { year: 2021, value: 80.5 },
      { year: 2022, value: 82 },
      { year: 2023, value: 85 },
      { year: 2025, value: 90 },
    ]);
    expect(series.map((y) => `${y.fromYear}-${y.toYear}:${y.trend}`)).toEqual([
      '2021-2022:IMPROVED',
      '2022-2023:IMPROVED',
      '2023-2024:NO_DATA',
      '2024-2025:NO_DATA',
    ]);
    expect(series[2]?.toValue).toBeNull();
  });

  it('yields NO_DATA for the pairs touching a blank value', () => {
    const series = yearOverYearSeries(count, [
      { year: 2021, value: 1 },
      { year: 2022, value: null },
      { year: 2023, value: 3 },
    ]);
    expect(series.map((y) => y.trend)).toEqual(['NO_DATA', 'NO_DATA']);
  });

  it('is empty for fewer than two points', () => {
    expect(yearOverYearSeries(count, [])).toEqual([]);
    expect(yearOverYearSeries(count, [{ year: 2021, value: 1 }])).toEqual([]);
  });

  it('rejects two values for the same year', () => {
    expect(() =>
      yearOverYearSeries(count, [
        { year: 2021, value: 1 },
        { year: 2021, value: 2 },
      ]),
    ).toThrow(/two values for 2021/);
  });
});
