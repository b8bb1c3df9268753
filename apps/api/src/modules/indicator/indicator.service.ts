// Indicator reads beyond single lookups: paging, derived values and year-over-year, all rules from @cchc/domain.
import { buildIndicatorGraph, computeDerived, yearOverYear, type IndicatorGraph } from '@cchc/domain';
import type { Context } from '../../context.js';
import { badInput } from '../../errors.js';
import type { YearOverYearType } from '../observation/observation.type.js';
import { findIndicatorPage, loadIndicatorDefs, type IndicatorCursor } from './indicator.repository.js';
import type { IndicatorFilterInput } from './indicator-filter.input.js';
import type { DerivedValueType, IndicatorConnectionType, IndicatorType } from './indicator.type.js';

/** The most indicators one page may hold: enough for an analyst's 100-at-a-time paging with observations. */
export const MAX_PAGE_SIZE = 100;

const encodeCursor = (c: IndicatorCursor) => Buffer.from(JSON.stringify([c.order, c.code])).toString('base64url');

function decodeCursor(cursor: string): IndicatorCursor {
  try {
    const [order, code] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof order === 'number' && typeof code === 'string') return { order, code };
  } catch {
    // fall through to the error below
  }
  throw badInput(`"after" is not a cursor returned by this API: ${JSON.stringify(cursor)}`, 'after', { reason: 'BAD_CURSOR' });
}

export async function indicatorConnection(
  ctx: Context,
  filter: IndicatorFilterInput | null | undefined,
  first: number,
  after: string | null | undefined,
): Promise<IndicatorConnectionType> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be between 1 and ${MAX_PAGE_SIZE} (got ${first})`, 'first', { maxPageSize: MAX_PAGE_SIZE, reason: 'PAGE_SIZE', params: { max: MAX_PAGE_SIZE } });
  }
  const cursor = after ? decodeCursor(after) : null;
  const page = await findIndicatorPage(ctx.em, filter, first, cursor);
  for (const item of page.items) ctx.loaders.indicator.prime(item.code, item);
  const edges = page.items.map((node) => ({ cursor: encodeCursor({ order: node.order, code: node.code }), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}

const graphs = new WeakMap<Context, Promise<IndicatorGraph>>();

/** The indicator graph, built once per request. */
export function indicatorGraph(ctx: Context): Promise<IndicatorGraph> {
  let graph = graphs.get(ctx);
  if (!graph) {
    graph = loadIndicatorDefs(ctx.em).then(buildIndicatorGraph);
    graphs.set(ctx, graph);
  }
  return graph;
}

export async function derivedValue(
  ctx: Context,
  indicator: IndicatorType,
  orgUnitCode: string,
  period: string,
): Promise<DerivedValueType> {
  const graph = await indicatorGraph(ctx);
  const related = new Set<string>([indicator.code]);
  // Components may themselves be derived: collect the whole sub-graph under this indicator.
  const stack = [indicator.code];
  while (stack.length > 0) {
    for (const c of graph.components(stack.pop()!)) {
      if (!related.has(c.code)) {
        related.add(c.code);
        stack.push(c.code);
      }
    }
  }
  const observations = await Promise.all(
    [...related].map((code) => ctx.loaders.observations.load({ indicatorCode: code, orgUnitCode, from: null, to: null })),
  );
  const values = new Map<string, number | null>();
  for (const list of observations) {
    const o = list.find((x) => x.periodKey === period);
    if (o) values.set(o.indicatorCode, o.value);
  }
  const derived = computeDerived(graph, values).get(indicator.code);
  return {
    value: derived?.value ?? null,
    reason: derived?.reason ?? 'NOT_DERIVED',
    formula: derived?.formula ?? null,
    reported: values.get(indicator.code) ?? null,
    period,
  };
}

export async function indicatorYearOverYear(
  ctx: Context,
  indicator: IndicatorType,
  orgUnitCode: string,
  from: number,
  to: number,
): Promise<YearOverYearType> {
  if (from > to) throw badInput(`"from" (${from}) must not be after "to" (${to})`, 'from', { reason: 'FROM_AFTER_TO', params: { from, to } });
  const observations = await ctx.loaders.observations.load({ indicatorCode: indicator.code, orgUnitCode, from: null, to: null });
  const valueIn = (year: number) => observations.find((o) => o.periodKind === 'YEAR' && o.year === year)?.value ?? null;
  return yearOverYear(indicator, { year: from, value: valueIn(from) }, { year: to, value: valueIn(to) });
}
