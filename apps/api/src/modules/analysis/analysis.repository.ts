// The reads behind comparisons and rankings (same text for SQLite and PostgreSQL): they read across many org units,
// which at national scale is millions of observation rows. Each is one statement on an index; the rules applied to
// what they return (the year-over-year change, the ranking) are the domain's.
import { rankUnits, type Direction, type OrgLevel } from '@cchc/domain';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { asBool, asNum, isPostgres, readRows, readTuples, type Row, type Tuple } from '../../graphql/rows.js';

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
 * The largest LIMIT both dialects take, for "every row": SQLite has no OFFSET without a LIMIT, PostgreSQL no `-1`.
 */
const EVERY_ROW = 2_147_483_647;

/**
 * The ranking in SQL, for a ranking over more units than the service ranks itself (`RANK_IN_SQL_ABOVE`: the whole
 * country): PostgreSQL sends the page of 50 instead of 10,599 figures to be parsed and sorted in Node — at national
 * scale 2 + 30 ms of CPU per request against 46 + 4 (measured). The order is the domain's `rankUnits` order written in
 * SQL, the ranks on the page are `rankUnits`' own, and a test holds the two paths to the same pages.
 *
 * The units of `level` that existed in `year` — under `withinCode` (the unit itself and all its descendants, found by
 * a recursive CTE over org_unit.parent_code) or, when it is null, in the whole country — ranked on the indicator's
 * YEAR value: best first by direction (LOWER_BETTER ascending, otherwise descending), ties sharing a rank (1, 1, 3),
 * units without a value last (by code) with rank null; `of` counts the units with a value. Where a unit has two
 * figures for the year, the first recorded. `offset`/`limit` page through the ordered list (the order is total: value,
 * then code, in code-point order).
 *
 * Statements over the same CTEs, the later ones only when needed: the ranked page with the count of units with a
 * value; for a page after the first, the count of units better than its first; and — only when the page reaches past
 * the ranked units (or holds none of them, so the counts are still unknown) — the units without a value. A first page
 * of a ranking (W2) is one statement that never reads the unranked units.
 */
export async function rankingRows(
  em: SqlEntityManager,
  input: {
    indicatorCode: string;
    year: number;
    withinCode: string | null;
    level: OrgLevel;
    direction: Direction;
    /** The units ranked (of the level, valid in the year, in the scope), as the service has them. */
    unitCount: number;
    offset: number;
    limit: number | null;
  },
): Promise<RankingPageRows> {
  const order = input.direction === 'LOWER_BETTER' ? 'asc' : 'desc';
  // Codes in code-point order as the domain compares them, whatever the database's collation (SQLite's is already).
  const codeOrder = isPostgres(em) ? ' collate "C"' : '';
  const limit = input.limit ?? EVERY_ROW;
  const cteParams: unknown[] = [];
  let scope = '';
  if (input.withinCode !== null) {
    scope = `scope(code) as (
      select code from org_unit where code = ?
      union all
      select child.code from org_unit child join scope on child.parent_code = scope.code
    ),`;
    cteParams.push(input.withinCode);
  }
  // The units ranked: of the level, valid in the year, within the scope. Written out twice — once for
  // the unranked units, once joined to the figures — so that PostgreSQL plans the join from org_unit's statistics: a
  // semi-join on the `units` CTE was estimated at 200 rows and made 10,599 index probes for the country (W2 76 → 45 ms).
  const unitFilter = `u.level = ?
        and (u.valid_from is null or u.valid_from <= ?)
        and (u.valid_to is null or u.valid_to >= ?)
        ${input.withinCode !== null ? 'and u.code in (select code from scope)' : ''}`;
  const unitParams = [input.level, `${input.year}-12-31`, `${input.year}-01-01`];
  cteParams.push(...unitParams, input.indicatorCode, input.year, ...unitParams);
  // `picked` keeps each unit's first recorded figure, with or without a value.
  const ctes = `
    with recursive ${scope}
    units as (
      select u.code from org_unit u
      where ${unitFilter}
    ),
    figures as (
      select o.org_unit_code as code, o.value, o.raw, o.synthetic,
             row_number() over (partition by o.org_unit_code${codeOrder} order by o.id) as pick
      from observation o join org_unit u on u.code = o.org_unit_code
      where o.indicator_code = ? and o.period_kind = 'YEAR' and o.year = ?
        and ${unitFilter}
    ),
    picked as (select code, value, raw, synthetic from figures where pick = 1)`;
  // The ranked page: the best `offset + limit` by value, the code breaking ties (PostgreSQL keeps only those in its sort,
  // a top-N heap: no window over every figure), and the count of units with a value.
  const ranked = await readRows(
    em,
    `${ctes}
      select code as org_unit_code, value, raw, synthetic, (select count(value) from picked) as of_units
      from picked
      where value is not null
      order by value ${order}, code${codeOrder}
      limit ? offset ?`,
    [...cteParams, limit, input.offset],
  );
  // The ranks by the domain's rule (ties share a rank, the next skips): on the page as ranked alone, a unit tying the
  // page's first takes the first's rank — one more than the units better than it, counted only for a later page —
  // and any other is `offset` ranks further down than on the page alone.
  let firstRank = 1;
  if (input.offset > 0 && ranked.length > 0) {
    const better = await readRows(em, `${ctes} select count(*) as better from picked where value ${order === 'desc' ? '>' : '<'} ?`, [
      ...cteParams,
      asNum(ranked[0]!['value']),
    ]);
    firstRank = 1 + Number(better[0]!['better']);
  }
  const onPage = new Map(
    rankUnits(ranked.map((r) => ({ orgUnitCode: String(r['org_unit_code']), value: asNum(r['value']) })), input.direction).map((e) => [e.orgUnitCode, e.rank!]),
  );
  const page: RankingRow[] = ranked.map((r) => {
    const pageRank = onPage.get(String(r['org_unit_code']))!;
    return {
      orgUnitCode: String(r['org_unit_code']),
      value: asNum(r['value']),
      raw: (r['raw'] as string | null) ?? null,
      synthetic: asBool(r['synthetic']),
      rank: pageRank === 1 ? firstRank : input.offset + pageRank,
      of: Number(r['of_units']),
    };
  });
  const head = ranked[0];
  if (head) {
    const rankedCount = Number(head['of_units']);
    if (page.length === limit || input.unitCount === rankedCount) return { rows: page, totalCount: input.unitCount, rankedCount };
  }
  // The page reaches past the ranked units: the units without a value follow them by code. Their offset and limit
  // are counted in SQL from the ranked count, which the first statement did not give when it returned no row. The
  // counts row is left-joined so that a page past the end still carries them.
  const tail = await readRows(
    em,
    `${ctes},
      counts as (select (select count(value) from picked) as of_units)
      select c.of_units, t.code as org_unit_code, t.raw, t.synthetic
      from counts c left join (
        select u.code, f.raw, f.synthetic
        from units u left join picked f on f.code = u.code
        where f.value is null
        order by u.code${codeOrder}
        limit (select case when ? >= of_units then ? else ? - of_units end from counts)
        offset (select case when ? >= of_units then ? - of_units else 0 end from counts)
      ) t on 1 = 1
      order by t.code${codeOrder}`,
    [...cteParams, input.offset, limit, input.offset + limit, input.offset, input.offset],
  );
  const counts = tail[0]!;
  const rankedCount = Number(counts['of_units']);
  for (const r of tail) {
    if (r['org_unit_code'] === null || r['org_unit_code'] === undefined) continue;
    page.push({
      orgUnitCode: String(r['org_unit_code']),
      value: null,
      raw: (r['raw'] as string | null) ?? null,
      synthetic: r['synthetic'] === null || r['synthetic'] === undefined ? null : asBool(r['synthetic']),
      rank: null,
      of: rankedCount,
    });
  }
  return { rows: page, totalCount: input.unitCount, rankedCount };
}

/** A unit's figure of one indicator in one year: its first recorded, with or without a value. */
export interface YearFigure {
  value: number | null;
  raw: string | null;
  /** Generated data. */
  synthetic: boolean;
}

/**
 * The YEAR figures of one indicator in one year, by org unit code — of the listed units, or of every unit when the list
 * is null (a ranking of every unit of a level, where a list would add nothing). Where a
 * unit has two figures for the year, the first recorded (lowest id). On PostgreSQL an index-only scan of
 * observation_indicator_year_org_idx (its INCLUDE columns hold every column read here): no sort, no join.
 */
export async function yearFigures(
  em: SqlEntityManager,
  input: { indicatorCode: string; year: number; orgUnitCodes: string[] | null },
): Promise<Map<string, YearFigure & { id: number }>> {
  const params: unknown[] = [input.indicatorCode, input.year];
  if (input.orgUnitCodes) params.push(input.orgUnitCodes);
  const result = await readTuples(
    em,
    ['id', 'org_unit_code', 'value', 'raw', 'synthetic'],
    `from observation
     where indicator_code = ? and year = ? and period_kind = 'YEAR'${input.orgUnitCodes ? ' and org_unit_code in (?)' : ''}`,
    params,
  );
  const figures = new Map<string, YearFigure & { id: number }>();
  for (const [rawId, code, value, raw, synthetic] of result as [unknown, string, unknown, string | null, unknown][]) {
    const id = Number(rawId);
    const kept = figures.get(code);
    if (kept && kept.id < id) continue;
    figures.set(code, { id, value: asNum(value), raw: raw ?? null, synthetic: asBool(synthetic) });
  }
  return figures;
}

/** Every unit of `level` with the dates it was valid, by code (code-point order): a ranking over the whole country. */
export async function unitsOfLevel(em: SqlEntityManager, level: OrgLevel): Promise<ScopeUnit[]> {
  const result = await readRows(em, 'select code, valid_from, valid_to from org_unit where level = ?', [level]);
  return result.map(scopeUnit).sort(byCode);
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
 * YEAR values of every requested indicator × org unit × year (one cell per combination `included`, blank cells
 * included) with the value of the year before. Where a unit has two figures for one year, the first recorded counts.
 */
export async function compareRows(
  em: SqlEntityManager,
  input: { indicatorCodes: string[]; orgUnitCodes: string[]; years: number[] },
  included: (orgUnitCode: string, year: number) => boolean = () => true,
): Promise<CompareRow[]> {
  const allYears = [...new Set(input.years.flatMap((y) => [y, y - 1]))];
  // No window picking the first recorded figure in SQL (it sorted every row, a quarter of the statement's PostgreSQL
  // CPU on W1): two figures for one cell are rare, and the rows are keyed below anyway, so the pick is made there.
  const result = await readTuples(
    em,
    FIGURE_COLUMNS,
    `from observation
    where period_kind = 'YEAR'
      and indicator_code in (?)
      and org_unit_code in (?)
      and year in (?)`,
    [input.indicatorCodes, input.orgUnitCodes, allYears],
  );
  const found = new Figures(input.indicatorCodes, input.orgUnitCodes, allYears);
  for (const figure of result) found.keep(figure);
  return cellsOf(found, input.indicatorCodes, input.orgUnitCodes, input.years, included);
}

/** A unit of a within comparison: its code and the dates it was valid (ISO text, as stored). */
export interface ScopeUnit {
  code: string;
  validFrom: string | null;
  validTo: string | null;
}

/**
 * The units of `level` under `withinCode` — the unit itself and all its descendants, by a recursive CTE over
 * org_unit.parent_code — ordered by code (code-point order, the same on both dialects); null when `withinCode` is no
 * org unit. The recursion stops at units of the level (none of their descendants is of it). On PostgreSQL each
 * level's children are probed through the parent_code index by a lateral subquery (OFFSET 0 keeps it from being
 * flattened): joined plainly, the planner hashed the whole of org_unit at every step of the recursion.
 */
export async function unitsWithin(em: SqlEntityManager, withinCode: string, level: OrgLevel): Promise<ScopeUnit[] | null> {
  const children = isPostgres(em)
    ? `from scope cross join lateral (
          select c.code, c.level, c.valid_from, c.valid_to from org_unit c where c.parent_code = scope.code offset 0
        ) child`
    : 'from scope join org_unit child on child.parent_code = scope.code';
  const result = await readRows(
    em,
    `with recursive scope(code, level, valid_from, valid_to) as (
      select code, level, valid_from, valid_to from org_unit where code = ?
      union all
      select child.code, child.level, child.valid_from, child.valid_to
      ${children}
      where scope.level <> ?
    )
    select code, level, valid_from, valid_to from scope`,
    [withinCode, level],
  );
  if (result.length === 0) return null;
  return result
    .filter((r) => r['level'] === level)
    .map(scopeUnit)
    .sort(byCode);
}

const scopeUnit = (r: Row): ScopeUnit => ({
  code: String(r['code']),
  validFrom: (r['valid_from'] as string | null) ?? null,
  validTo: (r['valid_to'] as string | null) ?? null,
});

const byCode = (a: ScopeUnit, b: ScopeUnit) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The columns a comparison reads of each figure, and their positions in its tuples. */
const FIGURE_COLUMNS = ['id', 'indicator_code', 'org_unit_code', 'year', 'value', 'raw', 'synthetic'];
const F = { id: 0, indicatorCode: 1, orgUnitCode: 2, year: 3, value: 4, raw: 5, synthetic: 6 } as const;

/**
 * The figure rows of a comparison in one flat array, a slot per indicator × unit × year of the request — three small
 * maps from code or year to position, instead of a map per unit and per unit × indicator (600 of them for W1's
 * province, a fifth of its garbage).
 */
class Figures {
  private readonly indicators: Map<string, number>;
  private readonly units: Map<string, number>;
  private readonly years: Map<number, number>;
  private readonly slots: (Tuple | undefined)[];

  constructor(indicatorCodes: readonly string[], orgUnitCodes: readonly string[], years: readonly number[]) {
    this.indicators = positions(indicatorCodes);
    this.units = positions(orgUnitCodes);
    this.years = positions(years);
    this.slots = new Array<Tuple | undefined>(this.indicators.size * this.units.size * this.years.size);
  }

  private slot(indicatorCode: string, orgUnitCode: string, year: number): number {
    const indicator = this.indicators.get(indicatorCode);
    const unit = this.units.get(orgUnitCode);
    const y = this.years.get(year);
    if (indicator === undefined || unit === undefined || y === undefined) return -1;
    return (indicator * this.units.size + unit) * this.years.size + y;
  }

  /** Keeps a figure (FIGURE_COLUMNS) in its slot unless one recorded earlier (lower id) is kept. */
  keep(figure: Tuple): void {
    const slot = this.slot(figure[F.indicatorCode] as string, figure[F.orgUnitCode] as string, Number(figure[F.year]));
    if (slot < 0) return;
    const kept = this.slots[slot];
    if (!kept || Number(figure[F.id]) < Number(kept[F.id])) this.slots[slot] = figure;
  }

  get(indicatorCode: string, orgUnitCode: string, year: number): Tuple | undefined {
    const slot = this.slot(indicatorCode, orgUnitCode, year);
    return slot < 0 ? undefined : this.slots[slot];
  }
}

/** Each distinct item's position among the distinct items. */
function positions<T>(items: readonly T[]): Map<T, number> {
  const map = new Map<T, number>();
  for (const item of items) if (!map.has(item)) map.set(item, map.size);
  return map;
}

/** One cell per indicator × unit × year (in the lists' order) where `included`, blank where no figure was found. */
function cellsOf(
  found: Figures,
  indicatorCodes: string[],
  orgUnitCodes: string[],
  years: number[],
  included: (orgUnitCode: string, year: number) => boolean,
): CompareRow[] {
  const cells: CompareRow[] = [];
  for (const indicatorCode of indicatorCodes) {
    for (const orgUnitCode of orgUnitCodes) {
      for (const year of years) {
        if (!included(orgUnitCode, year)) continue;
        const current = found.get(indicatorCode, orgUnitCode, year);
        const previous = found.get(indicatorCode, orgUnitCode, year - 1);
        cells.push({
          indicatorCode,
          orgUnitCode,
          year,
          value: current ? asNum(current[F.value]) : null,
          raw: current ? ((current[F.raw] as string | null) ?? null) : null,
          synthetic: current ? asBool(current[F.synthetic]) : null,
          previousValue: previous ? asNum(previous[F.value]) : null,
        });
      }
    }
  }
  return cells;
}
