// A 2026–2030 target's progress in the reporting cycle: its status counts only approved figures of the programme's
// years; figures still in draft (or submitted, returned) are shown apart, with the status they would give. Also the
// units a target is read in: a "giảm tối thiểu 20%" staff target states a percentage but is measured in người.
import type { Comparator } from './model.js';
import { targetStatus, type TargetStatusInput, type TargetStatusResult } from './target.js';

/** One yearly actual of a target's indicator, with whether its year's submission is approved. */
export interface CycleActual {
  year: number;
  value: number;
  approved: boolean;
}

export interface TargetProgressInput extends Omit<TargetStatusInput, 'actuals'> {
  /** The programme's first year: actuals before it (the previous programme's report) do not count. */
  fromYear: number;
  actuals: readonly CycleActual[];
}

export interface TargetProgress {
  /** The status from approved actuals only: the status of record. */
  approved: TargetStatusResult;
  /**
   * The latest actual not yet approved, later than the latest approved one, with the status it would give once
   * approved; null when there is none.
   */
  draft: { year: number; value: number; wouldBe: TargetStatusResult } | null;
}

/**
 * The status of record uses approved actuals of `fromYear` onwards only; a later draft actual is reported apart with
 * the status it would give, so a planner sees both without the draft changing the official status.
 */
export function targetProgress(input: TargetProgressInput): TargetProgress {
  const inProgramme = input.actuals.filter((a) => a.year >= input.fromYear && Number.isFinite(a.value));
  const approved = inProgramme.filter((a) => a.approved).map(({ year, value }) => ({ year, value }));
  const latestApprovedYear = approved.reduce((max, a) => Math.max(max, a.year), -Infinity);
  const base = { ...input, actuals: approved };
  const status = targetStatus(base);
  const pending = inProgramme
    .filter((a) => !a.approved && a.year > latestApprovedYear)
    .reduce<CycleActual | null>((best, a) => (best === null || a.year > best.year ? a : best), null);
  if (pending === null) return { approved: status, draft: null };
  const wouldBe = targetStatus({ ...base, actuals: [...approved, { year: pending.year, value: pending.value }] });
  return { approved: status, draft: { year: pending.year, value: pending.value, wouldBe } };
}

/**
 * The units a target is read in. `stated` is the unit of the stated figure (20 in "giảm tối thiểu 20%" is a
 * percentage); `measure` is the unit of the baseline, milestones, actuals and the resolved value — the indicator's
 * unit (17 người → at most 13,6 người). Without an indicator unit, the stated unit measures too.
 */
export function targetUnits(
  comparator: Comparator,
  statedUnit: string,
  indicatorUnit: string | null,
): { stated: string; measure: string } {
  const measure = indicatorUnit?.trim() || statedUnit;
  if (comparator === 'REDUCE_BY_AT_LEAST') return { stated: '%', measure };
  return { stated: statedUnit, measure };
}
