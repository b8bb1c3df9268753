// Yearly series of many org units × indicators in one statement (the OrgUnit.series DataLoader's batch), with the
// year-over-year of every point from @cchc/domain.
import { yearOverYear, type Direction, type ValueType } from '@cchc/domain';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { asBool, asNum, readTuples } from '../../graphql/rows.js';
import type { IndicatorSeriesType, SeriesPointType } from './series.type.js';

export interface SeriesRequest {
  indicatorCodes: string[];
  orgUnitCodes: string[];
  from: number | null;
  to: number | null;
}

interface Figure {
  value: number | null;
  raw: string;
  synthetic: boolean;
}

/**
 * Reads the figures of every unit and indicator of the request in one statement; `seriesOf(orgUnitCode)` then builds
 * one unit's series, one per requested indicator (in the order asked) — a unit at a time, so that the caller can build
 * them in turns (see `inTurns`). Where a unit has two figures for one year, the first recorded counts. An indicator
 * code that does not exist is listed in `unknownIndicators`.
 */
export async function seriesRows(
  em: SqlEntityManager,
  input: SeriesRequest,
): Promise<{ seriesOf: (orgUnitCode: string) => IndicatorSeriesType[]; unknownIndicators: string[] }> {
  const indicatorCodes = [...new Set(input.indicatorCodes)];
  const params: unknown[] = [input.orgUnitCodes];
  let years = '';
  // One year before `from`: the first point's change needs it.
  if (input.from !== null) {
    years += ' and o.year >= ?';
    params.push(input.from - 1);
  }
  if (input.to !== null) {
    years += ' and o.year <= ?';
    params.push(input.to);
  }
  params.push(indicatorCodes);
  // Indicators left-joined to their observations: their value type and direction (for the trend) come with the data.
  const result = await readTuples(
    em,
    ['i.code', 'i.value_type', 'i.direction', 'o.id', 'o.org_unit_code', 'o.year', 'o.value', 'o.raw', 'o.synthetic'],
    `from indicator i
    left join observation o
      on o.indicator_code = i.code and o.period_kind = 'YEAR'
     and o.org_unit_code in (?)${years}
    where i.code in (?)`,
    params,
  );

  const defs = new Map<string, { valueType: ValueType; direction: Direction }>();
  // unit → indicator → year → first recorded figure
  const figures = new Map<string, Map<string, Map<number, Figure & { id: number }>>>();
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
    let byIndicator = figures.get(orgUnitCode);
    if (!byIndicator) figures.set(orgUnitCode, (byIndicator = new Map()));
    let byYear = byIndicator.get(indicatorCode);
    if (!byYear) byIndicator.set(indicatorCode, (byYear = new Map()));
    const year = Number(rawYear);
    const id = Number(rawId);
    const known = byYear.get(year);
    if (!known || id < known.id) {
      byYear.set(year, { id, value: asNum(value), raw, synthetic: asBool(synthetic) });
    }
  }

  const seriesOf = (orgUnitCode: string): IndicatorSeriesType[] => {
    const byIndicator = figures.get(orgUnitCode);
    const series: IndicatorSeriesType[] = [];
    for (const indicatorCode of input.indicatorCodes) {
      const def = defs.get(indicatorCode);
      if (!def) continue;
      const byYear = byIndicator?.get(indicatorCode);
      let from = input.from;
      let to = input.to;
      if (from === null || to === null) {
        const reported = byYear ? [...byYear.keys()] : [];
        if (from === null) from = reported.length > 0 ? Math.min(...reported) : null;
        if (to === null) to = reported.length > 0 ? Math.max(...reported) : null;
      }
      const points: SeriesPointType[] = [];
      if (from !== null && to !== null) {
        for (let year = from; year <= to; year++) {
          const current = byYear?.get(year);
          const previous = byYear?.get(year - 1);
          const value = current ? current.value : null;
          points.push({
            year,
            value,
            raw: current ? current.raw : null,
            synthetic: current ? current.synthetic : null,
            change: yearOverYear(def, { year: year - 1, value: previous ? previous.value : null }, { year, value }),
          });
        }
      }
      series.push({ indicatorCode, points });
    }
    return series;
  };
  return { seriesOf, unknownIndicators: indicatorCodes.filter((c) => !defs.has(c)) };
}
