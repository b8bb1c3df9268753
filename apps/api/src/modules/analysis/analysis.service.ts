import { yearOverYear } from '@cchc/domain';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { badInput, notFound } from '../../errors.js';
import { parseArgs } from '../../validation.js';
import type { CompareCellType, RankingEntryType } from './analysis.type.js';
import { compareRows, rankingRows } from './analysis.repository.js';

/** Bounds one compare request: enough for a district's communes over a programme, not a table scan by accident. */
export const MAX_COMPARE_CELLS = 5000;

const CompareArgs = z.object({
  indicatorCodes: z.array(z.string().min(1).max(64)).min(1).max(200),
  orgUnitCodes: z.array(z.string().min(1).max(64)).min(1).max(500),
  years: z.array(z.number().int().min(1900).max(2100)).min(1).max(50),
});

export async function compare(ctx: Context, args: z.input<typeof CompareArgs>): Promise<CompareCellType[]> {
  const input = parseArgs(CompareArgs, args);
  const cellCount = input.indicatorCodes.length * input.orgUnitCodes.length * input.years.length;
  if (cellCount > MAX_COMPARE_CELLS) {
    throw badInput(`compare asks for ${cellCount} cells; at most ${MAX_COMPARE_CELLS} per request`, 'years');
  }
  const indicators = await ctx.loaders.indicator.loadMany(input.indicatorCodes);
  indicators.forEach((indicator, i) => {
    if (!indicator || indicator instanceof Error) throw notFound('Indicator', input.indicatorCodes[i]!);
  });
  const cells = await compareRows(ctx.em, input);
  return cells.map((cell) => {
    const indicator = indicators[input.indicatorCodes.indexOf(cell.indicatorCode)] as Exclude<
      (typeof indicators)[number],
      Error | null
    >;
    return {
      ...cell,
      change: yearOverYear(indicator, { year: cell.year - 1, value: cell.previousValue }, { year: cell.year, value: cell.value }),
    };
  });
}

export async function ranking(
  ctx: Context,
  indicatorCode: string,
  year: number,
  withinOrgUnitCode: string,
): Promise<RankingEntryType[]> {
  const [indicator, parent] = await Promise.all([
    ctx.loaders.indicator.load(indicatorCode),
    ctx.loaders.orgUnit.load(withinOrgUnitCode),
  ]);
  if (!indicator) throw notFound('Indicator', indicatorCode);
  if (!parent) throw notFound('Org unit', withinOrgUnitCode);
  // A rank indicator is better when lower whatever its stored direction says (1 is best).
  const direction = indicator.valueType === 'RANK' ? 'LOWER_BETTER' : indicator.direction;
  return rankingRows(ctx.em, { indicatorCode, year, parentCode: withinOrgUnitCode, direction });
}
