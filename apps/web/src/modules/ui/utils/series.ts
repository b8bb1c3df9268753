// Turning an indicator's observations into a yearly series and its year-over-year steps (rules from @cchc/domain).
import { yearOverYear, yearOverYearSeries, type Direction, type ValueType, type YearOverYear } from '@cchc/domain';

export interface ObservationLike {
  value?: number | null;
  period: { year?: number | null };
}

export interface YearPoint {
  year: number;
  value: number | null;
}

/** Calendar-year observations only; spans and as-of figures are not points of a yearly series. */
export function yearlySeries(observations: readonly ObservationLike[]): YearPoint[] {
  const byYear = new Map<number, number | null>();
  for (const o of observations) {
    const year = o.period.year;
    if (year === null || year === undefined) continue;
    const value = o.value ?? null;
    // Two statements of one year: keep a reported value over a blank (validation reports the conflict).
    if (!byYear.has(year) || byYear.get(year) === null) byYear.set(year, value);
  }
  return [...byYear.entries()].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
}

/** Fill the years between the first and the last with explicit gaps so charts and tables show them as missing. */
export function withGaps(points: readonly YearPoint[]): YearPoint[] {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return [];
  const byYear = new Map(points.map((p) => [p.year, p.value]));
  const out: YearPoint[] = [];
  for (let year = first.year; year <= last.year; year += 1) out.push({ year, value: byYear.get(year) ?? null });
  return out;
}

export interface IndicatorKind {
  valueType: ValueType | string;
  direction: Direction | string;
}

function domainKind(indicator: IndicatorKind) {
  return { valueType: indicator.valueType as ValueType, direction: indicator.direction as Direction };
}

export interface LatestChange {
  latest: YearPoint;
  /** From the calendar year before the latest: NO_DATA when that year has no figure (the gap stays visible). */
  change: YearOverYear;
  /** Only when the year before has no figure: from the latest earlier year that has one (e.g. 2023→2025). */
  sinceEarlier: YearOverYear | null;
}

/** The latest reported year, its change from the year before and, across a gap, from the last year with a figure. */
export function latestChange(indicator: IndicatorKind, points: readonly YearPoint[]): LatestChange | null {
  const reported = points.filter((p) => p.value !== null);
  const latest = reported[reported.length - 1];
  if (!latest) return null;
  const previous = points.find((p) => p.year === latest.year - 1 && p.value !== null) ?? { year: latest.year - 1, value: null };
  const earlier = previous.value === null ? reported[reported.length - 2] : undefined;
  return {
    latest,
    change: yearOverYear(domainKind(indicator), previous, latest),
    sinceEarlier: earlier ? yearOverYear(domainKind(indicator), earlier, latest) : null,
  };
}

/**
 * For every reported year whose year before has no figure: the change from the latest earlier reported year. The
 * consecutive steps across the gap stay NO_DATA; these are shown beside them, labelled with both years.
 */
export function gapBridges(indicator: IndicatorKind, points: readonly YearPoint[]): YearOverYear[] {
  const reported = points.filter((p) => p.value !== null).sort((a, b) => a.year - b.year);
  const bridges: YearOverYear[] = [];
  for (let i = 1; i < reported.length; i += 1) {
    const from = reported[i - 1];
    const to = reported[i];
    if (from && to && to.year - from.year > 1) bridges.push(yearOverYear(domainKind(indicator), from, to));
  }
  return bridges;
}

export function yearOverYearSteps(indicator: IndicatorKind, points: readonly YearPoint[]) {
  return yearOverYearSeries(domainKind(indicator), withGaps(points));
}
