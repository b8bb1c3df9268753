// The reads behind comparisons and rankings (same text for SQLite and PostgreSQL): they read across many org units,
// which at national scale is millions of observation rows. Each is one statement on an index; the rules applied to
// what they return (the year-over-year change, the ranking) are the domain's.
import type { OrgLevel } from '@cchc/domain';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { asBool, asNum, isPostgres, readRows, readTuples, type Row, type Tuple } from '../../graphql/rows.js';

/** A unit's figure of one indicator in one year: its first recorded, with or without a value. */
export interface YearFigure {
  value: number | null;
  raw: string | null;
  /** Generated data. */
  synthetic: boolean;
}

/**
 * The YEAR figures of one indicator in one year, by org unit code — of the listed units (a scope: a province's
 * communes), or of every unit when the list is null (the whole year across the country). Rankings and wide comparisons
 * keep them until the data version moves (`DataCache.getLarge`). Where a unit has two figures for the year, the first
 * recorded (lowest id). On PostgreSQL an index-only scan of observation_indicator_year_org_idx (its INCLUDE columns
 * hold every column read here): no sort, no join.
 */
export async function yearFigures(
  em: SqlEntityManager,
  input: { indicatorCode: string; year: number; orgUnitCodes: string[] | null },
): Promise<Map<string, YearFigure>> {
  const params: unknown[] = [input.indicatorCode, input.year];
  if (input.orgUnitCodes) params.push(input.orgUnitCodes);
  const result = await readTuples(
    em,
    ['id', 'org_unit_code', 'value', 'raw', 'synthetic'],
    `from observation
     where indicator_code = ? and year = ? and period_kind = 'YEAR'${input.orgUnitCodes ? ' and org_unit_code in (?)' : ''}`,
    params,
  );
  const ids = new Map<string, number>();
  const figures = new Map<string, YearFigure>();
  for (const [rawId, code, value, raw, synthetic] of result as [unknown, string, unknown, string | null, unknown][]) {
    const id = Number(rawId);
    const kept = ids.get(code);
    if (kept !== undefined && kept < id) continue;
    ids.set(code, id);
    figures.set(code, { value: asNum(value), raw: raw ?? null, synthetic: asBool(synthetic) });
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
  return compareCells((indicatorCode, orgUnitCode, year) => found.get(indicatorCode, orgUnitCode, year), input, included);
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
  private readonly slots: ({ id: number; figure: YearFigure } | undefined)[];

  constructor(indicatorCodes: readonly string[], orgUnitCodes: readonly string[], years: readonly number[]) {
    this.indicators = positions(indicatorCodes);
    this.units = positions(orgUnitCodes);
    this.years = positions(years);
    this.slots = new Array<{ id: number; figure: YearFigure } | undefined>(this.indicators.size * this.units.size * this.years.size);
  }

  private slot(indicatorCode: string, orgUnitCode: string, year: number): number {
    const indicator = this.indicators.get(indicatorCode);
    const unit = this.units.get(orgUnitCode);
    const y = this.years.get(year);
    if (indicator === undefined || unit === undefined || y === undefined) return -1;
    return (indicator * this.units.size + unit) * this.years.size + y;
  }

  /** Keeps a figure (FIGURE_COLUMNS), read once into a YearFigure, in its slot unless one recorded earlier (lower id) is kept. */
  keep(row: Tuple): void {
    const slot = this.slot(row[F.indicatorCode] as string, row[F.orgUnitCode] as string, Number(row[F.year]));
    if (slot < 0) return;
    const id = Number(row[F.id]);
    const kept = this.slots[slot];
    if (kept && kept.id < id) return;
    this.slots[slot] = { id, figure: { value: asNum(row[F.value]), raw: (row[F.raw] as string | null) ?? null, synthetic: asBool(row[F.synthetic]) } };
  }

  get(indicatorCode: string, orgUnitCode: string, year: number): YearFigure | undefined {
    const slot = this.slot(indicatorCode, orgUnitCode, year);
    return slot < 0 ? undefined : this.slots[slot]?.figure;
  }
}

/** Each distinct item's position among the distinct items. */
function positions<T>(items: readonly T[]): Map<T, number> {
  const map = new Map<T, number>();
  for (const item of items) if (!map.has(item)) map.set(item, map.size);
  return map;
}

/** Where a comparison's cells find their figures: an indicator's figure for a unit in a year, if one was recorded. */
export type FigureLookup = (indicatorCode: string, orgUnitCode: string, year: number) => YearFigure | undefined;

/**
 * One cell per indicator × unit × year (in the lists' order) where `included`, blank where no figure was found, with
 * the value of the year before — from the figures of the comparison's own statement (`compareRows`) or from whole
 * years kept in memory (a wide comparison, see the service).
 */
export function compareCells(
  figureOf: FigureLookup,
  input: { indicatorCodes: string[]; orgUnitCodes: string[]; years: number[] },
  included: (orgUnitCode: string, year: number) => boolean,
): CompareRow[] {
  const cells: CompareRow[] = [];
  for (const indicatorCode of input.indicatorCodes) {
    for (const orgUnitCode of input.orgUnitCodes) {
      for (const year of input.years) {
        if (!included(orgUnitCode, year)) continue;
        const current = figureOf(indicatorCode, orgUnitCode, year);
        const previous = figureOf(indicatorCode, orgUnitCode, year - 1);
        cells.push({
          indicatorCode,
          orgUnitCode,
          year,
          value: current ? current.value : null,
          raw: current ? current.raw : null,
          synthetic: current ? current.synthetic : null,
          previousValue: previous ? previous.value : null,
        });
      }
    }
  }
  return cells;
}
