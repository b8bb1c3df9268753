import { ORG_LEVELS, rankUnits, validInYear, yearOverYear } from '@cchc/domain';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { badInput, notFound } from '../../errors.js';
import { parseArgs } from '../../validation.js';
import type { OrgLevel } from '@cchc/domain';
import type { CompareCellType, RankingPageType } from './analysis.type.js';
import {
  compareCells,
  compareRows,
  unitsOfLevel,
  unitsWithin,
  yearFigures,
  type CompareRow,
  type FigureLookup,
  type YearFigure,
} from './analysis.repository.js';

/**
 * Bounds one compare request: one indicator over every commune of the country (10,599) for a year, or a province's
 * communes over a programme — not a table scan by accident.
 */
export const MAX_COMPARE_CELLS = 20_000;
/** The country has 10,599 communes (pre-2025); the bound keeps SQLite under its bound-parameter limit. */
export const MAX_COMPARE_UNITS = 12_000;

const CompareArgs = z.object({
  indicatorCodes: z.array(z.string().min(1).max(64)).min(1).max(200),
  orgUnitCodes: z.array(z.string().min(1).max(64)).min(1).max(MAX_COMPARE_UNITS).nullish(),
  withinOrgUnitCode: z.string().min(1).max(64).nullish(),
  level: z.enum(ORG_LEVELS).nullish(),
  years: z.array(z.number().int().min(1900).max(2100)).min(1).max(50),
});

const tooManyCells = (cells: number) =>
  badInput(`compare asks for ${cells} cells; at most ${MAX_COMPARE_CELLS} per request`, 'years', {
    reason: 'TOO_MANY_CELLS',
    params: { cells, max: MAX_COMPARE_CELLS },
  });

/**
 * The units are either listed (`orgUnitCodes`) or every unit of `level` (COMMUNE unless given) under
 * `withinOrgUnitCode`, valid in each year, by code: exactly one of the two, and `level` only with the second.
 */
export async function compare(ctx: Context, args: z.input<typeof CompareArgs>): Promise<CompareCellType[]> {
  const listed = args.orgUnitCodes !== null && args.orgUnitCodes !== undefined;
  const within = args.withinOrgUnitCode !== null && args.withinOrgUnitCode !== undefined;
  if (listed === within) {
    throw badInput(
      listed
        ? 'compare takes orgUnitCodes or withinOrgUnitCode, not both'
        : 'compare needs its units: orgUnitCodes (a list) or withinOrgUnitCode (every unit of `level` under it)',
      'orgUnitCodes',
      { reason: 'EXACTLY_ONE_OF', params: { other: 'withinOrgUnitCode' } },
    );
  }
  if (!within && args.level !== null && args.level !== undefined) {
    throw badInput('compare takes level only with withinOrgUnitCode (orgUnitCodes lists the units themselves)', 'level', {
      reason: 'ONLY_WITH',
      params: { other: 'withinOrgUnitCode' },
    });
  }
  const input = parseArgs(CompareArgs, args);
  if (input.orgUnitCodes) {
    const cellCount = input.indicatorCodes.length * input.orgUnitCodes.length * input.years.length;
    if (cellCount > MAX_COMPARE_CELLS) throw tooManyCells(cellCount);
  }
  // The indicators' directions are kept until the data version moves, as the ranking's: a comparison is then one
  // statement, and a request that needs no loader makes none.
  const indicators = await Promise.all(
    input.indicatorCodes.map((code) => ctx.cache.get(`indicator:${code}`, () => ctx.loaders.indicator.load(code))),
  );
  indicators.forEach((indicator, i) => {
    if (!indicator) throw notFound('INDICATOR', input.indicatorCodes[i]!);
  });
  const byCode = new Map(input.indicatorCodes.map((code, i) => [code, indicators[i]!]));
  let cells: CompareRow[];
  if (input.orgUnitCodes) {
    cells = await compareFigures(ctx, { indicatorCodes: input.indicatorCodes, orgUnitCodes: input.orgUnitCodes, years: input.years }, () => true, null);
  } else {
    // The units under a unit are kept until the data version moves, as the indicators are; a request over the cell
    // limit is refused before any figure is read.
    const withinCode = input.withinOrgUnitCode!;
    const level = input.level ?? 'COMMUNE';
    const units = await ctx.cache.get(`within:${level}:${withinCode}`, () => unitsWithin(ctx.em, withinCode, level));
    if (!units) throw notFound('ORG_UNIT', withinCode);
    const validIn = new Map(units.map((u) => [u.code, new Set(input.years.filter((year) => validInYear(u, year)))]));
    let unitYears = 0;
    for (const years of validIn.values()) unitYears += years.size;
    const cellCount = unitYears * input.indicatorCodes.length;
    if (cellCount > MAX_COMPARE_CELLS) throw tooManyCells(cellCount);
    const orgUnitCodes = units.map((u) => u.code).filter((code) => validIn.get(code)!.size > 0);
    cells =
      orgUnitCodes.length === 0
        ? []
        : await compareFigures(ctx, { indicatorCodes: input.indicatorCodes, orgUnitCodes, years: input.years }, (code, year) => validIn.get(code)!.has(year), {
            key: `${level}:${withinCode}`,
            codes: units.map((u) => u.code),
          });
  }
  // Each field written out rather than `{ ...cell, change }`: V8 builds a spread with extra fields on its slow generic
  // path (see yearOverYear), once per cell.
  return cells.map((cell) => ({
    indicatorCode: cell.indicatorCode,
    orgUnitCode: cell.orgUnitCode,
    year: cell.year,
    value: cell.value,
    raw: cell.raw,
    synthetic: cell.synthetic,
    previousValue: cell.previousValue,
    change: yearOverYear(byCode.get(cell.indicatorCode)!, { year: cell.year - 1, value: cell.previousValue }, { year: cell.year, value: cell.value }),
  }));
}

/**
 * A comparison over at least this many units, of at most `MAX_YEARS_KEPT_PER_COMPARE` indicator-years (its years and
 * the years before them), takes its figures from whole years kept in memory until the data version moves (a province's
 * or the country's communes on one indicator: the comparison and the ranking readers open most); a narrower one reads
 * only its own figures, one statement. A year is read once per data version for its scope — the units under the
 * comparison's unit, or every unit for a listed one (the country's 10,599 communes at most) — and shared with the
 * rankings of that year and scope.
 */
export const KEEP_YEARS_FROM_UNITS = 50;
export const MAX_YEARS_KEPT_PER_COMPARE = 4;

/**
 * Where a ranking or a wide comparison reads an indicator's year: the units under a unit (`key` names the scope, `codes`
 * are its units), or — null — every unit. A province's reads at national scale then cost a province's figures, not the
 * country's, when a write has emptied the cache.
 */
type Scope = { key: string; codes: string[] } | null;

/** The figures of an indicator in a year in a scope, kept until the data version moves (bounded by `MAX_CACHED_ITEMS`). */
const keptYear = (ctx: Context, indicatorCode: string, year: number, scope: Scope): Promise<Map<string, YearFigure>> =>
  ctx.cache.getLarge(
    JSON.stringify(['figures', indicatorCode, year, scope ? scope.key : null]),
    () => yearFigures(ctx.em, { indicatorCode, year, orgUnitCodes: scope ? scope.codes : null }),
    (figures) => figures.size,
  );

async function compareFigures(
  ctx: Context,
  input: { indicatorCodes: string[]; orgUnitCodes: string[]; years: number[] },
  included: (orgUnitCode: string, year: number) => boolean,
  scope: Scope,
): Promise<CompareRow[]> {
  const years = [...new Set(input.years.flatMap((year) => [year, year - 1]))];
  const indicators = [...new Set(input.indicatorCodes)];
  if (input.orgUnitCodes.length < KEEP_YEARS_FROM_UNITS || indicators.length * years.length > MAX_YEARS_KEPT_PER_COMPARE) {
    return compareRows(ctx.em, input, included);
  }
  const kept = new Map<string, Map<number, Map<string, YearFigure>>>(indicators.map((code) => [code, new Map()]));
  await Promise.all(
    indicators.flatMap((code) => years.map(async (year) => kept.get(code)!.set(year, await keptYear(ctx, code, year, scope)))),
  );
  const figureOf: FigureLookup = (indicatorCode, orgUnitCode, year) => kept.get(indicatorCode)!.get(year)!.get(orgUnitCode);
  return compareCells(figureOf, input, included);
}

/** The most entries one ranking page may hold (a country has ~10,600 communes: page through them). */
export const MAX_RANKING_PAGE = 1000;
const encodeRankingCursor = (position: number) => Buffer.from(JSON.stringify(['ranking', position])).toString('base64url');

function decodeRankingCursor(cursor: string): number {
  try {
    const [tag, position] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (tag === 'ranking' && typeof position === 'number' && Number.isSafeInteger(position) && position >= 0) return position;
  } catch {
    // fall through to the error below
  }
  throw badInput(`"after" is not a ranking cursor returned by this API: ${JSON.stringify(cursor)}`, 'after', { reason: 'BAD_CURSOR' });
}

export interface RankingArgs {
  indicatorCode: string;
  year: number;
  withinOrgUnitCode: string | null;
  level: OrgLevel;
  first: number | null;
  after: string | null;
}

export async function rankingPage(ctx: Context, args: RankingArgs): Promise<RankingPageType> {
  if (args.first !== null && (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_RANKING_PAGE)) {
    throw badInput(`"first" must be between 1 and ${MAX_RANKING_PAGE} (got ${args.first})`, 'first', {
      maxPageSize: MAX_RANKING_PAGE,
      reason: 'PAGE_SIZE',
      params: { max: MAX_RANKING_PAGE },
    });
  }
  const offset = args.after ? decodeRankingCursor(args.after) : 0;
  // The indicator's direction and the units of the level in the scope are kept until the data version moves, as are
  // the year's figures and the order below: a ranking read before costs no statement.
  const level = args.level;
  const [indicator, units] = await Promise.all([
    ctx.cache.get(`indicator:${args.indicatorCode}`, () => ctx.loaders.indicator.load(args.indicatorCode)),
    args.withinOrgUnitCode === null
      ? ctx.cache.get(`units:${level}`, () => unitsOfLevel(ctx.em, level))
      : ctx.cache.get(`within:${level}:${args.withinOrgUnitCode}`, () => unitsWithin(ctx.em, args.withinOrgUnitCode!, level)),
  ]);
  if (!indicator) throw notFound('INDICATOR', args.indicatorCode);
  if (!units) throw notFound('ORG_UNIT', args.withinOrgUnitCode!);
  // A rank indicator is better when lower whatever its stored direction says (1 is best).
  const direction = indicator.valueType === 'RANK' ? 'LOWER_BETTER' : indicator.direction;
  // One more than asked tells whether another page follows.
  const limit = args.first === null ? null : args.first + 1;
  // The ranking's order, by the domain's `rankUnits` over the year's figures kept in memory, is itself kept until the
  // data version moves, each entry with its figure as recorded: a page is then a slice of it.
  const order = await ctx.cache.getLarge(
    JSON.stringify(['ranking', args.indicatorCode, args.year, level, args.withinOrgUnitCode]),
    async () => {
      const scope = args.withinOrgUnitCode === null ? null : { key: `${level}:${args.withinOrgUnitCode}`, codes: units.map((u) => u.code) };
      const figures = await keptYear(ctx, args.indicatorCode, args.year, scope);
      const valid = units.filter((unit) => validInYear(unit, args.year));
      const ranked = rankUnits(valid.map((unit) => ({ orgUnitCode: unit.code, value: figures.get(unit.code)?.value ?? null })), direction);
      return ranked.map((entry) => {
        const figure = figures.get(entry.orgUnitCode);
        return { ...entry, raw: figure ? figure.raw : null, synthetic: figure ? figure.synthetic : null };
      });
    },
    (entries) => entries.length,
  );
  const rows = order.slice(offset, limit === null ? undefined : offset + limit);
  const page = { rows, totalCount: order.length, rankedCount: order.length > 0 ? order[0]!.of : 0 };
  const hasNextPage = args.first !== null && page.rows.length > args.first;
  const entries = hasNextPage ? page.rows.slice(0, args.first!) : page.rows;
  return {
    entries,
    totalCount: page.totalCount,
    rankedCount: page.rankedCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: offset > 0,
      startCursor: entries.length > 0 ? encodeRankingCursor(offset) : null,
      endCursor: entries.length > 0 ? encodeRankingCursor(offset + entries.length) : null,
    },
  };
}

