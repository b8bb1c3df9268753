// Year-over-year comparison of one indicator between two years (adjacent or not), and along a yearly series.
import { isImprovement, isWorsening } from './direction.js';
import type { Direction, Trend, ValueType } from './model.js';

export interface YearOverYear {
  fromYear: number;
  toYear: number;
  fromValue: number | null;
  toValue: number | null;
  /** to − from, in the indicator's unit. */
  absoluteChange: number | null;
  /** (to − from) ÷ |from| × 100; null when from is 0, and for a RANK (a rank changes in places, never in percent). */
  relativeChange: number | null;
  /** to − from for a PERCENT indicator (percentage points); null for every other value type. */
  percentagePointChange: number | null;
  /** Compound annual growth rate in % over toYear − fromYear years; null when a value is ≤ 0 or the years are equal. */
  annualRate: number | null;
  /** For a RANK: from − to, positive when places were gained (1 is best); null for every other value type. */
  placesChange: number | null;
  trend: Trend;
}

export interface YearPoint {
  year: number;
  value: number | null;
}

export interface YoyIndicator {
  valueType: ValueType;
  direction: Direction;
}

/** A rank is better when lower whatever direction its definition states: 1 is first place. */
export function effectiveDirection(indicator: YoyIndicator): Direction {
  return indicator.valueType === 'RANK' ? 'LOWER_BETTER' : indicator.direction;
}

/**
 * The trend of a change, judged by direction:
 * - IMPROVED / WORSENED when the value moved the better / worse way for a HIGHER_BETTER or LOWER_BETTER indicator;
 * - UNCHANGED when both values are present and equal, whatever the direction;
 * - NO_DATA when there is no verdict: a value is missing (a gap, never a zero change), or the indicator is NEUTRAL
 *   and its value changed — a NEUTRAL indicator is never IMPROVED or WORSENED, and a change in it is not "unchanged".
 *   The numeric change fields still carry the size of that change.
 */
export function trendOf(direction: Direction, fromValue: number | null, toValue: number | null): Trend {
  if (fromValue === null || toValue === null) return 'NO_DATA';
  const delta = toValue - fromValue;
  if (delta === 0) return 'UNCHANGED';
  if (isImprovement(direction, delta)) return 'IMPROVED';
  if (isWorsening(direction, delta)) return 'WORSENED';
  return 'NO_DATA';
}

/** Which way a figure moved, as its arrow shows it: apart from whether that is better or worse (the trend). */
export type Movement = 'UP' | 'DOWN' | 'SAME';

/**
 * The arrow of a change follows its sign, never its verdict: a head count falling by 1 moves DOWN even when fewer is
 * better. A rank moves UP when it gains places (5 → 3 is "up 2 places"). null when a value is missing.
 */
export function movementOf(change: Pick<YearOverYear, 'absoluteChange' | 'placesChange'>): Movement | null {
  const delta = change.placesChange ?? change.absoluteChange;
  if (delta === null) return null;
  return delta > 0 ? 'UP' : delta < 0 ? 'DOWN' : 'SAME';
}

/** Compound annual growth rate in %, or null when it is not defined (a value ≤ 0, or no years between). */
export function compoundAnnualRate(fromValue: number, toValue: number, years: number): number | null {
  if (fromValue <= 0 || toValue <= 0 || years <= 0) return null;
  return (Math.pow(toValue / fromValue, 1 / years) - 1) * 100;
}

/** Compares an indicator's value between two years; `from` must not be later than `to`. */
export function yearOverYear(indicator: YoyIndicator, from: YearPoint, to: YearPoint): YearOverYear {
  if (from.year > to.year) {
    throw new RangeError(`Year-over-year must run forward in time: from ${from.year} is after to ${to.year}`);
  }
  // Every field written out in one literal, in one order: a spread of a shared base here made each call ~100× slower
  // (V8 builds the object through its generic runtime path) and gave the GraphQL answer slow-mode objects to read.
  const fromValue = from.value;
  const toValue = to.value;
  if (fromValue === null || toValue === null) {
    return {
      fromYear: from.year,
      toYear: to.year,
      fromValue,
      toValue,
      absoluteChange: null,
      relativeChange: null,
      percentagePointChange: null,
      annualRate: null,
      placesChange: null,
      trend: 'NO_DATA',
    };
  }
  const absoluteChange = toValue - fromValue;
  const isRank = indicator.valueType === 'RANK';
  return {
    fromYear: from.year,
    toYear: to.year,
    fromValue,
    toValue,
    absoluteChange,
    relativeChange: isRank || fromValue === 0 ? null : (absoluteChange / Math.abs(fromValue)) * 100,
    percentagePointChange: indicator.valueType === 'PERCENT' ? absoluteChange : null,
    annualRate: isRank ? null : compoundAnnualRate(fromValue, toValue, to.year - from.year),
    placesChange: isRank ? fromValue - toValue : null,
    trend: trendOf(effectiveDirection(indicator), fromValue, toValue),
  };
}

/**
 * Each consecutive pair of years from the first to the last point. A year absent from `points` inside that span is a
 * gap: it is included with a missing value, so both pairs touching it are NO_DATA (never skipped, never zero).
 * Two points for the same year are an error.
 */
export function yearOverYearSeries(indicator: YoyIndicator, points: readonly YearPoint[]): YearOverYear[] {
  const byYear = new Map<number, number | null>();
  for (const point of points) {
    if (!Number.isInteger(point.year)) throw new RangeError(`A series year must be a whole number, got ${point.year}`);
    if (byYear.has(point.year)) throw new RangeError(`The series has two values for ${point.year}`);
    byYear.set(point.year, point.value);
  }
  if (byYear.size < 2) return [];
  const years = [...byYear.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const result: YearOverYear[] = [];
  for (let year = first; year < last; year += 1) {
    result.push(
      yearOverYear(
        indicator,
        { year, value: byYear.get(year) ?? null },
        { year: year + 1, value: byYear.get(year + 1) ?? null },
      ),
    );
  }
  return result;
}
