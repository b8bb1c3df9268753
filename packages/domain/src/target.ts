// 2026–2030 targets: resolving relative targets, default yearly milestones, and the status of a target.
import { isImprovement } from './direction.js';
import type { Comparator, Direction, TargetStatus, YearValue } from './model.js';
import { formatNumber, roundLikeFormatted } from './vn-number.js';

/**
 * A target stated relative to its baseline ("giảm tối thiểu 20% … so với năm 2025") becomes an absolute ceiling:
 * REDUCE_BY_AT_LEAST p with baseline b → AT_MOST b × (100 − p) ÷ 100 (null when there is no baseline to resolve
 * from). Every other comparator is already absolute and is returned unchanged.
 */
export function resolveTargetValue(
  comparator: Comparator,
  statedValue: number,
  baseline: YearValue | null,
): { value: number | null; comparator: Comparator } {
  if (comparator !== 'REDUCE_BY_AT_LEAST') return { value: statedValue, comparator };
  if (baseline === null) return { value: null, comparator: 'AT_MOST' };
  // Multiply before dividing so 17 × 80 ÷ 100 is exactly 13.6.
  return { value: (baseline.value * (100 - statedValue)) / 100, comparator: 'AT_MOST' };
}

/**
 * One milestone a year, from the year after the baseline up to and including the target year, on the straight line
 * from the baseline value to the target value.
 */
export function defaultMilestones(baseline: YearValue, target: { year: number; value: number }): YearValue[] {
  if (target.year <= baseline.year) {
    throw new RangeError(`The target year ${target.year} must come after the baseline year ${baseline.year}`);
  }
  const span = target.year - baseline.year;
  const milestones: YearValue[] = [];
  for (let year = baseline.year + 1; year <= target.year; year += 1) {
    const value = year === target.year ? target.value : baseline.value + ((target.value - baseline.value) * (year - baseline.year)) / span;
    // Rounded as the figure is printed, so a linear step is kept as 13.6, not 13.600000000000001.
    milestones.push({ year, value: roundLikeFormatted(value) });
  }
  return milestones;
}

/** At or above this share of the required progress, a target is on track. */
export const ON_TRACK_RATIO = 0.95;
/** At or above this share (and below ON_TRACK_RATIO), a target is at risk; below it, off track. */
export const AT_RISK_RATIO = 0.5;

const RATIO_TOLERANCE = 1e-9;

/** True when `actual` satisfies `comparator value` (a tiny tolerance absorbs floating-point noise for EQUAL). */
export function meetsTarget(comparator: Comparator, actual: number, value: number): boolean {
  switch (comparator) {
    case 'AT_LEAST':
      return actual >= value;
    case 'MORE_THAN':
      return actual > value;
    case 'EQUAL':
      return Math.abs(actual - value) <= 1e-9;
    case 'AT_MOST':
    case 'REDUCE_BY_AT_LEAST': // only reached with an already-resolved ceiling
      return actual <= value;
    case 'LESS_THAN':
      return actual < value;
  }
}

export const TARGET_STATUS_METHOD = `Target status (one rule for the server and the web app):
1. Resolve the target: "giảm tối thiểu p% so với năm B" (REDUCE_BY_AT_LEAST) becomes AT_MOST baseline × (100 − p) ÷ 100.
   Without a baseline, or without an actual value for a year after the baseline year, the status is NO_DATA.
2. Take the latest actual value after the baseline year. If it already meets the 2030 target by its comparator
   (at least / more than / equal / at most / less than), the status is ACHIEVED. "Trên 90%" with 90 is not achieved.
3. Otherwise compare progress with the milestone for the actual's year (the planner's milestone; between milestones,
   and when none is set, the straight line from the baseline to the target; after the target year, the target):
   ratio = observed change ÷ required change = (actual − baseline) ÷ (milestone − baseline)
   (the Open SDG / Statistics Canada progress measure). It works the same for reductions: both changes are negative.
4. ratio ≥ ${ON_TRACK_RATIO} → ON_TRACK; ${AT_RISK_RATIO} ≤ ratio < ${ON_TRACK_RATIO} → AT_RISK; ratio < ${AT_RISK_RATIO} (including moving the wrong way) → OFF_TRACK.
   An actual at or beyond its milestone in the better direction is ON_TRACK. When the milestone asks for no
   improvement over the baseline (required change zero or the wrong way) and the actual falls short of it, there is
   no ratio and the status is OFF_TRACK.
The better direction follows the comparator (at least / more than: higher; at most / less than / reduce: lower;
equal: the indicator's direction, else towards the target).`;

export interface TargetStatusInput {
  comparator: Comparator;
  /** The value as stated (20 for "giảm tối thiểu 20%"); resolved here against the baseline when relative. */
  targetValue: number;
  targetYear: number;
  baseline: YearValue | null;
  milestones: YearValue[];
  actuals: YearValue[];
  direction: Direction;
}

export interface TargetStatusResult {
  status: TargetStatus;
  /** The year of the actual the status is based on. */
  year: number | null;
  actual: number | null;
  milestone: number | null;
  /** Observed change ÷ required change; null when not computed. */
  ratio: number | null;
  explanation: { vi: string; en: string };
  /** The explanation as a code and parameters, for clients that word it themselves. */
  reason: TargetStatusReason;
}

/**
 * Why a status was reached: NO_BASELINE, NO_ACTUAL (none after the baseline year), ACHIEVED (the target is met),
 * AT_MILESTONE (at or beyond the year's milestone), PROGRESS (a share of the required progress), NO_REQUIRED_PROGRESS
 * (short of a milestone that asks for no improvement). Parameters are plain numbers.
 */
export type TargetStatusReason =
  | { code: 'NO_BASELINE' }
  | { code: 'NO_ACTUAL'; baselineYear: number }
  | { code: 'ACHIEVED'; year: number; actual: number; target: number }
  | { code: 'AT_MILESTONE' | 'NO_REQUIRED_PROGRESS'; year: number; actual: number; milestone: number; baselineYear: number; baseline: number }
  | { code: 'PROGRESS'; year: number; actual: number; milestone: number; baselineYear: number; baseline: number; percent: number };

function progressDirection(comparator: Comparator, direction: Direction, baseline: number, target: number): Direction {
  switch (comparator) {
    case 'AT_LEAST':
    case 'MORE_THAN':
      return 'HIGHER_BETTER';
    case 'AT_MOST':
    case 'LESS_THAN':
    case 'REDUCE_BY_AT_LEAST':
      return 'LOWER_BETTER';
    case 'EQUAL':
      if (direction !== 'NEUTRAL') return direction;
      return target >= baseline ? 'HIGHER_BETTER' : 'LOWER_BETTER';
  }
}

/** The milestone for `year`: a stated one, else linear between the nearest known points (baseline, milestones, target). */
function milestoneFor(year: number, baseline: YearValue, milestones: readonly YearValue[], target: YearValue): number {
  const stated = milestones.find((m) => m.year === year);
  if (stated) return stated.value;
  if (year >= target.year) return target.value;
  const known = [baseline, ...milestones.filter((m) => m.year > baseline.year && m.year < target.year), target].sort(
    (a, b) => a.year - b.year,
  );
  let before = baseline;
  let after = target;
  for (const point of known) {
    if (point.year <= year) before = point;
    if (point.year >= year) {
      after = point;
      break;
    }
  }
  if (after.year === before.year) return before.value;
  return roundLikeFormatted(before.value + ((after.value - before.value) * (year - before.year)) / (after.year - before.year));
}

const fmt = (value: number, locale: 'vi' | 'en') => formatNumber(value, locale, { maximumFractionDigits: 2 });

/** The status of a target from its latest actual value; the method is TARGET_STATUS_METHOD. */
export function targetStatus(input: TargetStatusInput): TargetStatusResult {
  const noData = (vi: string, en: string, reason: TargetStatusReason): TargetStatusResult => ({
    status: 'NO_DATA',
    year: null,
    actual: null,
    milestone: null,
    ratio: null,
    explanation: { vi, en },
    reason,
  });
  const { baseline } = input;
  if (baseline === null) return noData('Chưa có giá trị cơ sở.', 'There is no baseline.', { code: 'NO_BASELINE' });
  const resolved = resolveTargetValue(input.comparator, input.targetValue, baseline);
  if (resolved.value === null) return noData('Chưa có giá trị cơ sở.', 'There is no baseline.', { code: 'NO_BASELINE' });
  const targetValue = resolved.value;

  const latest = input.actuals
    .filter((a) => a.year > baseline.year && Number.isFinite(a.value))
    .reduce<YearValue | null>((best, a) => (best === null || a.year > best.year ? a : best), null);
  if (latest === null) {
    return noData(
      `Chưa có số liệu thực hiện sau năm cơ sở ${baseline.year}.`,
      `There is no actual value after the baseline year ${baseline.year}.`,
      { code: 'NO_ACTUAL', baselineYear: baseline.year },
    );
  }

  const base = { year: latest.year, actual: latest.value };
  if (meetsTarget(resolved.comparator, latest.value, targetValue)) {
    return {
      ...base,
      status: 'ACHIEVED',
      milestone: null,
      ratio: null,
      explanation: {
        vi: `Năm ${latest.year} đạt ${fmt(latest.value, 'vi')}, đã đạt chỉ tiêu ${fmt(targetValue, 'vi')}.`,
        en: `${latest.year}: ${fmt(latest.value, 'en')} already meets the target of ${fmt(targetValue, 'en')}.`,
      },
      reason: { code: 'ACHIEVED', year: latest.year, actual: latest.value, target: targetValue },
    };
  }

  const target: YearValue = { year: input.targetYear, value: targetValue };
  const milestone = milestoneFor(latest.year, baseline, input.milestones, target);
  const direction = progressDirection(input.comparator, input.direction, baseline.value, targetValue);
  const required = milestone - baseline.value;
  const observed = latest.value - baseline.value;
  const reachedMilestone = latest.value === milestone || isImprovement(direction, latest.value - milestone);
  const ratio = required !== 0 ? observed / required : null;
  const withMilestone = { ...base, milestone, ratio };
  const reasonNumbers = { year: latest.year, actual: latest.value, milestone, baselineYear: baseline.year, baseline: baseline.value };
  const numbers = {
    vi: `Năm ${latest.year}: thực hiện ${fmt(latest.value, 'vi')}, mốc ${fmt(milestone, 'vi')}, cơ sở ${fmt(baseline.value, 'vi')} (${baseline.year})`,
    en: `${latest.year}: actual ${fmt(latest.value, 'en')}, milestone ${fmt(milestone, 'en')}, baseline ${fmt(baseline.value, 'en')} (${baseline.year})`,
  };

  if (reachedMilestone) {
    return {
      ...withMilestone,
      status: 'ON_TRACK',
      explanation: { vi: `${numbers.vi}: đạt hoặc vượt mốc.`, en: `${numbers.en}: at or beyond the milestone.` },
      reason: { code: 'AT_MILESTONE', ...reasonNumbers },
    };
  }
  if (ratio === null || !isImprovement(direction, required)) {
    return {
      ...withMilestone,
      ratio: null,
      status: 'OFF_TRACK',
      explanation: {
        vi: `${numbers.vi}: chưa đạt mốc dù mốc không đòi hỏi cải thiện so với năm cơ sở.`,
        en: `${numbers.en}: short of a milestone that asks for no improvement over the baseline.`,
      },
      reason: { code: 'NO_REQUIRED_PROGRESS', ...reasonNumbers },
    };
  }
  // The tolerance keeps a ratio that is exactly on a threshold in decimal (7.6 ÷ 8) from falling below it in binary.
  const atLeast = (threshold: number) => ratio >= threshold - RATIO_TOLERANCE;
  const status: TargetStatus = atLeast(ON_TRACK_RATIO) ? 'ON_TRACK' : atLeast(AT_RISK_RATIO) ? 'AT_RISK' : 'OFF_TRACK';
  const share = { vi: fmt(ratio * 100, 'vi'), en: fmt(ratio * 100, 'en') };
  return {
    ...withMilestone,
    status,
    explanation: {
      vi: `${numbers.vi}: đạt ${share.vi}% mức tiến bộ cần có.`,
      en: `${numbers.en}: ${share.en}% of the required progress.`,
    },
    reason: { code: 'PROGRESS', ...reasonNumbers, percent: Math.round(ratio * 10000) / 100 },
  };
}
