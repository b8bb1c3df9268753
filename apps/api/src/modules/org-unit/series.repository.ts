// Yearly series of many org units × indicators: each unit's indicator read whole (every reported year) in one statement
// for all the pairs a batch lacks, its points and their year-over-year (from @cchc/domain) built once, and kept until
// the data version moves (`DataCache.getLargeMany`); a request's years are then a slice of the kept points.
import { yearOverYear, type Direction, type ValueType } from '@cchc/domain';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { DataCache } from '../../graphql/data-cache.js';
import { asBool, asNum, readTuples } from '../../graphql/rows.js';
import type { IndicatorSeriesType, SeriesPointType } from './series.type.js';

export interface SeriesRequest {
  indicatorCodes: string[];
  orgUnitCodes: string[];
  from: number | null;
  to: number | null;
}

interface Definition {
  valueType: ValueType;
  direction: Direction;
}

/** One unit's one indicator: a point for every year from its first reported year to its last (gaps blank). */
export interface KeptSeries {
  def: Definition;
  /** The first reported year; null when the unit reported nothing of the indicator. */
  first: number | null;
  points: SeriesPointType[];
}

const pairKey = (orgUnitCode: string, indicatorCode: string) => JSON.stringify(['series', orgUnitCode, indicatorCode]);

/**
 * The whole series of every unit and indicator asked, in one statement (indicators left-joined to their observations:
 * their value type and direction, for the trend, come with the data). Where a unit has two figures for one year, the
 * first recorded counts. An indicator code that does not exist has no series in the answer.
 */
async function readSeries(
  em: SqlEntityManager,
  orgUnitCodes: string[],
  indicatorCodes: string[],
): Promise<Map<string, KeptSeries>> {
  const result = await readTuples(
    em,
    ['i.code', 'i.value_type', 'i.direction', 'o.id', 'o.org_unit_code', 'o.year', 'o.value', 'o.raw', 'o.synthetic'],
    `from indicator i
    left join observation o
      on o.indicator_code = i.code and o.period_kind = 'YEAR'
     and o.org_unit_code in (?)
    where i.code in (?)`,
    [orgUnitCodes, indicatorCodes],
  );
  const defs = new Map<string, Definition>();
  // unit → indicator → year → first recorded figure
  const figures = new Map<string, Map<number, { id: number; value: number | null; raw: string; synthetic: boolean }>>();
  for (const [indicatorCode, valueType, direction, rawId, orgUnitCode, rawYear, value, raw, synthetic] of result as [
    string,
    ValueType,
    Direction,
    unknown,
    string | null,
    unknown,
    unknown,
    string,
    unknown,
  ][]) {
    if (!defs.has(indicatorCode)) defs.set(indicatorCode, { valueType, direction });
    if (orgUnitCode === null || orgUnitCode === undefined) continue;
    const key = pairKey(orgUnitCode, indicatorCode);
    let byYear = figures.get(key);
    if (!byYear) figures.set(key, (byYear = new Map()));
    const year = Number(rawYear);
    const id = Number(rawId);
    const known = byYear.get(year);
    if (!known || id < known.id) byYear.set(year, { id, value: asNum(value), raw, synthetic: asBool(synthetic) });
  }

  const series = new Map<string, KeptSeries>();
  for (const orgUnitCode of orgUnitCodes) {
    for (const [indicatorCode, def] of defs) {
      const key = pairKey(orgUnitCode, indicatorCode);
      const byYear = figures.get(key);
      const years = byYear ? [...byYear.keys()] : [];
      const first = years.length > 0 ? Math.min(...years) : null;
      const points: SeriesPointType[] = [];
      if (first !== null) {
        const last = Math.max(...years);
        for (let year = first; year <= last; year++) {
          const current = byYear!.get(year);
          const value = current ? current.value : null;
          points.push({
            year,
            value,
            raw: current ? current.raw : null,
            synthetic: current ? current.synthetic : null,
            change: yearOverYear(def, { year: year - 1, value: byYear!.get(year - 1)?.value ?? null }, { year, value }),
          });
        }
      }
      series.set(key, { def, first, points });
    }
  }
  return series;
}

/** The points of `from`..`to` (the reported span where either is null): kept ones, blank ones outside the span. */
function pointsOf(kept: KeptSeries, from: number | null, to: number | null): SeriesPointType[] {
  const first = kept.first;
  const last = first === null ? null : first + kept.points.length - 1;
  from ??= first;
  to ??= last;
  if (from === null || to === null) return [];
  if (first !== null && last !== null && from >= first && to <= last) return kept.points.slice(from - first, to - first + 1);
  const points: SeriesPointType[] = [];
  for (let year = from; year <= to; year++) {
    if (first !== null && last !== null && year >= first && year <= last) {
      points.push(kept.points[year - first]!);
      continue;
    }
    // Outside the reported span: nothing this year, and the change from the last reported year when it is the year before.
    const previous = year - 1 === last ? kept.points[kept.points.length - 1]!.value : null;
    points.push({
      year,
      value: null,
      raw: null,
      synthetic: null,
      change: yearOverYear(kept.def, { year: year - 1, value: previous }, { year, value: null }),
    });
  }
  return points;
}

/**
 * The series of every unit of the request, one per requested indicator (in the order asked): `seriesOf(orgUnitCode)`
 * builds one unit's, so that the caller can build them in turns (see `inTurns`). The pairs kept by `cache` are not read
 * again (null: every pair read, as the benchmark's "batching off" system does). An indicator code that does not
 * exist is listed in `unknownIndicators`.
 */
export async function seriesRows(
  em: SqlEntityManager,
  cache: DataCache | null,
  input: SeriesRequest,
): Promise<{ seriesOf: (orgUnitCode: string) => IndicatorSeriesType[]; unknownIndicators: string[] }> {
  const indicatorCodes = [...new Set(input.indicatorCodes)];
  const orgUnitCodes = [...new Set(input.orgUnitCodes)];
  const pairs = new Map<string, [string, string]>();
  for (const u of orgUnitCodes) for (const i of indicatorCodes) pairs.set(pairKey(u, i), [u, i]);
  // The units and the indicators of the pairs not kept, read together (a pair read and not asked is not kept).
  const readMissing = (missing: string[]) => {
    const units = new Set<string>();
    const indicators = new Set<string>();
    for (const key of missing) {
      const [u, i] = pairs.get(key)!;
      units.add(u);
      indicators.add(i);
    }
    return readSeries(em, [...units], [...indicators]);
  };
  const kept = cache
    ? await cache.getLargeMany([...pairs.keys()], readMissing, (s) => 1 + 2 * s.points.length)
    : await readMissing([...pairs.keys()]);
  const unknownIndicators = indicatorCodes.filter((i) => orgUnitCodes.some((u) => !kept.has(pairKey(u, i))));
  const seriesOf = (orgUnitCode: string): IndicatorSeriesType[] => {
    const series: IndicatorSeriesType[] = [];
    for (const indicatorCode of input.indicatorCodes) {
      const one = kept.get(pairKey(orgUnitCode, indicatorCode));
      if (one) series.push({ indicatorCode, points: pointsOf(one, input.from, input.to) });
    }
    return series;
  };
  return { seriesOf, unknownIndicators };
}
