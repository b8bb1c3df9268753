// Comparisons and rankings computed in SQL (window functions, same text for SQLite and PostgreSQL): they read
// across many org units, which at national scale is millions of observation rows.
import type { Direction, OrgLevel } from '@cchc/domain';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { asBool, asNum, rows } from '../../graphql/rows.js';

export interface RankingRow {
  orgUnitCode: string;
  value: number | null;
  raw: string | null;
  /** Generated data (null for a unit without a figure). */
  synthetic: boolean | null;
  rank: number | null;
  of: number;
}

export interface RankingPageRows {
  rows: RankingRow[];
  /** Units in the ranked set, with or without a value. */
  totalCount: number;
  /** Units with a value (every row's `of`). */
  rankedCount: number;
}

/**
 * The units of `level` that existed in `year` — under `withinCode` (the unit itself and all its descendants, found by
 * a recursive CTE over org_unit.parent_code) or, when it is null, in the whole country — ranked on the indicator's
 * YEAR value: best first by direction (LOWER_BETTER ascending, otherwise descending), ties sharing a rank (1, 1, 3),
 * units without a value last with rank null; `of` counts the units with a value. Where a unit has two figures for the
 * year, the first recorded. `offset`/`limit` page through the ordered list (the order is total: value, then code).
 */
export async function rankingRows(
  em: SqlEntityManager,
  input: {
    indicatorCode: string;
    year: number;
    withinCode: string | null;
    level: OrgLevel;
    direction: Direction;
    offset: number;
    limit: number | null;
  },
): Promise<RankingPageRows> {
  const order = input.direction === 'LOWER_BETTER' ? 'asc' : 'desc';
  const params: unknown[] = [];
  let scope = '';
  let inScope = '';
  if (input.withinCode !== null) {
    scope = `scope(code) as (
      select code from org_unit where code = ?
      union all
      select child.code from org_unit child join scope on child.parent_code = scope.code
    ),`;
    inScope = 'and code in (select code from scope)';
    params.push(input.withinCode);
  }
  params.push(input.level, `${input.year}-12-31`, `${input.year}-01-01`, input.indicatorCode, input.year, input.offset);
  const sql = `
    with recursive ${scope}
    units as (
      select code from org_unit
      where level = ?
        and (valid_from is null or valid_from <= ?)
        and (valid_to is null or valid_to >= ?)
        ${inScope}
    ),
    figures as (
      select o.org_unit_code, o.value, o.raw, o.synthetic,
             row_number() over (partition by o.org_unit_code order by o.id) as pick
      from observation o
      where o.indicator_code = ? and o.period_kind = 'YEAR' and o.year = ?
        and o.org_unit_code in (select code from units)
    ),
    valued as (
      select org_unit_code as code, value, raw, synthetic from figures where pick = 1
    ),
    -- Units without a figure appended rather than left-joined: PostgreSQL misjudged the units CTE as one row and
    -- nested-looped the join (44 ms instead of 6 ms for a province's 200 communes).
    picked as (
      select code, value, raw, synthetic from valued
      union all
      select code, null, null, null from units where code not in (select code from valued)
    ),
    ranked as (
      select code, value, raw, synthetic,
             case when value is null then null
                  else rank() over (partition by case when value is null then 1 else 0 end order by value ${order})
             end as rank,
             count(value) over () as of_units,
             count(*) over () as total_units,
             row_number() over (order by case when value is null then 1 else 0 end, value ${order}, code) as position
      from picked
    )
    select code as org_unit_code, value, raw, synthetic, rank, of_units, total_units
    from ranked
    where position > ?
    order by position
    ${input.limit === null ? '' : 'limit ?'}`;
  if (input.limit !== null) params.push(input.limit);
  const result = await rows(em, em.getKnex().raw(sql, params as never[]));
  const mapped = result.map((r) => ({
    orgUnitCode: String(r['org_unit_code']),
    value: asNum(r['value']),
    raw: (r['raw'] as string | null) ?? null,
    synthetic: r['synthetic'] === null || r['synthetic'] === undefined ? null : asBool(r['synthetic']),
    rank: asNum(r['rank']),
    of: Number(r['of_units']),
  }));
  const first = result[0];
  if (first) return { rows: mapped, totalCount: Number(first['total_units']), rankedCount: Number(first['of_units']) };
  // A page past the end has no rows to carry the counts: count them on their own.
  if (input.offset === 0) return { rows: [], totalCount: 0, rankedCount: 0 };
  const counts = await rankingRows(em, { ...input, offset: 0, limit: 1 });
  return { rows: [], totalCount: counts.totalCount, rankedCount: counts.rankedCount };
}

export interface CompareRow {
  indicatorCode: string;
  orgUnitCode: string;
  year: number;
  value: number | null;
  raw: string | null;
  /** Generated data (null for a blank cell). */
  synthetic: boolean | null;
  previousValue: number | null;
}

/**
 * YEAR values of every requested indicator × org unit × year (one cell per combination, blank cells included) with
 * the value of the year before. Where a unit has two figures for one year, the first recorded counts.
 */
export async function compareRows(
  em: SqlEntityManager,
  input: { indicatorCodes: string[]; orgUnitCodes: string[]; years: number[] },
): Promise<CompareRow[]> {
  const allYears = [...new Set(input.years.flatMap((y) => [y, y - 1]))];
  const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
  const sql = `
    with picked as (
      select indicator_code, org_unit_code, year, value, raw, synthetic,
             row_number() over (partition by indicator_code, org_unit_code, year order by id) as pick
      from observation
      where period_kind = 'YEAR'
        and indicator_code in (${marks(input.indicatorCodes.length)})
        and org_unit_code in (${marks(input.orgUnitCodes.length)})
        and year in (${marks(allYears.length)})
    )
    select indicator_code, org_unit_code, year, value, raw, synthetic from picked where pick = 1`;
  const result = await rows(em, em.getKnex().raw(sql, [...input.indicatorCodes, ...input.orgUnitCodes, ...allYears]));
  const found = new Map(
    result.map((r) => [`${String(r['indicator_code'])}|${String(r['org_unit_code'])}|${Number(r['year'])}`, r]),
  );
  const cells: CompareRow[] = [];
  for (const indicatorCode of input.indicatorCodes) {
    for (const orgUnitCode of input.orgUnitCodes) {
      for (const year of input.years) {
        const current = found.get(`${indicatorCode}|${orgUnitCode}|${year}`);
        const previous = found.get(`${indicatorCode}|${orgUnitCode}|${year - 1}`);
        cells.push({
          indicatorCode,
          orgUnitCode,
          year,
          value: current ? asNum(current['value']) : null,
          raw: current ? ((current['raw'] as string | null) ?? null) : null,
          synthetic: current ? asBool(current['synthetic']) : null,
          previousValue: previous ? asNum(previous['value']) : null,
        });
      }
    }
  }
  return cells;
}
