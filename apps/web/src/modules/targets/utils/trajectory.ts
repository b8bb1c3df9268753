// The planned path of a target (baseline → milestones → final value) and the actuals beside it, for the chart.
import { defaultMilestones, type YearValue } from '@cchc/domain';

/** Linear milestones from the baseline to the resolved final value, one per year (domain rule). */
export function linearMilestones(baseline: YearValue | null, targetYear: number, targetValue: number | null): YearValue[] {
  if (!baseline || targetValue === null) return [];
  return defaultMilestones(baseline, { year: targetYear, value: targetValue });
}

export interface TrajectoryPoint {
  year: number;
  planned: number | null;
  actual: number | null;
}

export function trajectoryPoints(
  baseline: YearValue | null,
  milestones: readonly YearValue[],
  actuals: readonly { year: number; value: number | null }[],
  endYear: number,
  startYear: number = endYear,
): TrajectoryPoint[] {
  // Every year of the programme is shown even before any milestone is set, so each can be filled in.
  const years = [
    startYear,
    ...(baseline ? [baseline.year] : []),
    ...milestones.map((m) => m.year),
    ...actuals.map((a) => a.year),
    endYear,
  ];
  const first = Math.min(...years);
  const points: TrajectoryPoint[] = [];
  for (let year = first; year <= endYear; year += 1) {
    const planned = baseline?.year === year ? baseline.value : (milestones.find((m) => m.year === year)?.value ?? null);
    const actual = actuals.find((a) => a.year === year)?.value ?? null;
    points.push({ year, planned, actual });
  }
  return points;
}
