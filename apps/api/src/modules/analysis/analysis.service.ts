import { ORG_LEVELS, rankUnits, validInYear, yearOverYear } from '@cchc/domain';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { badInput, notFound } from '../../errors.js';
import { parseArgs } from '../../validation.js';
import type { Direction, OrgLevel } from '@cchc/domain';
import type { CompareCellType, RankingPageType } from './analysis.type.js';
import { compareRows, rankingRows, unitsOfLevel, unitsWithin, yearFigures, type CompareRow, type RankingPageRows, type ScopeUnit } from './analysis.repository.js';

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
    cells = await compareRows(ctx.em, { indicatorCodes: input.indicatorCodes, orgUnitCodes: input.orgUnitCodes, years: input.years });
  } else {
    // The units under a unit are kept until the data version moves, as the indicators are: a within comparison is then
    // one statement, its figures', and a request over the cell limit is refused before any is read.
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
        : await compareRows(ctx.em, { indicatorCodes: input.indicatorCodes, orgUnitCodes, years: input.years }, (code, year) => validIn.get(code)!.has(year));
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

/** The most entries one ranking page may hold (a country has ~10,600 communes: page through them). */
export const MAX_RANKING_PAGE = 1000;
/**
 * A ranking over up to this many units (a province's communes, up to ~600) reads their figures in one indexed statement
 * and ranks them here by the domain's `rankUnits`; over more (the country's 10,599 communes) PostgreSQL ranks them and
 * sends the page: parsing and sorting 10,599 figures in Node costs more than PostgreSQL's sort (see `rankingRows`).
 */
export const RANK_IN_SQL_ABOVE = 2000;

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
  // The indicator's direction and the units of the level in the scope are kept until the data version moves: a ranking
  // is then one statement.
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
  const valid = units.filter((unit) => validInYear(unit, args.year));
  const page =
    valid.length > RANK_IN_SQL_ABOVE
      ? await rankingRows(ctx.em, { indicatorCode: args.indicatorCode, year: args.year, withinCode: args.withinOrgUnitCode, level, direction, unitCount: valid.length, offset, limit })
      : await rankHere(ctx, valid, { indicatorCode: args.indicatorCode, year: args.year, everyUnit: args.withinOrgUnitCode === null, direction, offset, limit });
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

/**
 * A page of the ranking of `units` (valid in the year) by the domain's `rankUnits`, from one statement: their figures
 * of the indicator in the year — listed by code, or the indicator's year whole when the units are every unit of their
 * level (a ranking of the country), where the list would add nothing.
 */
async function rankHere(
  ctx: Context,
  units: ScopeUnit[],
  input: { indicatorCode: string; year: number; everyUnit: boolean; direction: Direction; offset: number; limit: number | null },
): Promise<RankingPageRows> {
  const figures = await yearFigures(ctx.em, {
    indicatorCode: input.indicatorCode,
    year: input.year,
    orgUnitCodes: input.everyUnit ? null : units.map((unit) => unit.code),
  });
  const order = rankUnits(
    units.map((unit) => ({ orgUnitCode: unit.code, value: figures.get(unit.code)?.value ?? null })),
    input.direction,
  );
  const rows = order.slice(input.offset, input.limit === null ? undefined : input.offset + input.limit).map((entry) => {
    const figure = figures.get(entry.orgUnitCode);
    return { orgUnitCode: entry.orgUnitCode, value: entry.value, raw: figure ? figure.raw : null, synthetic: figure ? figure.synthetic : null, rank: entry.rank, of: entry.of };
  });
  return { rows, totalCount: order.length, rankedCount: order.length > 0 ? order[0]!.of : 0 };
}
