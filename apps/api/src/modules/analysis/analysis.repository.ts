// Comparisons and rankings computed in SQL (window functions, same text for SQLite and PostgreSQL): they read
// across many org units, which at national scale is millions of observation rows.
import type { Direction } from '@cchc/domain';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { asNum, rows } from '../../graphql/rows.js';

export interface RankingRow {
  orgUnitCode: string;
  value: number | null;
  raw: string | null;
  rank: number | null;
  of: number;
}

/**
 * The units under `parentCode` that existed in `year`, ranked on the indicator's YEAR value: best first by
 * direction (LOWER_BETTER ascending, otherwise descending), ties sharing a rank (1, 1, 3), units without a value last
 * with rank null; `of` counts the units with a value. Where a unit has two figures for the year, the first recorded.
 */
export async function rankingRows(
  em: SqlEntityManager,
  input: { indicatorCode: string; year: number; parentCode: string; direction: Direction },
): Promise<RankingRow[]> {
  const order = input.direction === 'LOWER_BETTER' ? 'asc' : 'desc';
  const sql = `
    with units as (
      select code from org_unit
      where parent_code = ?
        and (valid_from is null or valid_from <= ?)
        and (valid_to is null or valid_to >= ?)
    ),
    figures as (
      select o.org_unit_code, o.value, o.raw,
             row_number() over (partition by o.org_unit_code order by o.id) as pick
      from observation o
      where o.indicator_code = ? and o.period_kind = 'YEAR' and o.year = ?
        and o.org_unit_code in (select code from units)
    ),
    picked as (
      select u.code, f.value, f.raw
      from units u left join figures f on f.org_unit_code = u.code and f.pick = 1
    )
    select code as org_unit_code, value, raw,
           case when value is null then null
                else rank() over (partition by case when value is null then 1 else 0 end order by value ${order})
           end as rank,
           count(value) over () as of_units
    from picked
    order by case when value is null then 1 else 0 end, value ${order}, code`;
  const result = await rows(
    em,
    em.getKnex().raw(sql, [input.parentCode, `${input.year}-12-31`, `${input.year}-01-01`, input.indicatorCode, input.year]),
  );
  return result.map((r) => ({
    orgUnitCode: String(r['org_unit_code']),
    value: asNum(r['value']),
    raw: (r['raw'] as string | null) ?? null,
    rank: asNum(r['rank']),
    of: Number(r['of_units']),
  }));
}

export interface CompareRow {
  indicatorCode: string;
  orgUnitCode: string;
  year: number;
  value: number | null;
  raw: string | null;
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
      select indicator_code, org_unit_code, year, value, raw,
             row_number() over (partition by indicator_code, org_unit_code, year order by id) as pick
      from observation
      where period_kind = 'YEAR'
        and indicator_code in (${marks(input.indicatorCodes.length)})
        and org_unit_code in (${marks(input.orgUnitCodes.length)})
        and year in (${marks(allYears.length)})
    )
    select indicator_code, org_unit_code, year, value, raw from picked where pick = 1`;
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
          previousValue: previous ? asNum(previous['value']) : null,
        });
      }
    }
  }
  return cells;
}
