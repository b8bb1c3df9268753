// The years of a commune whose figures are approved, read once per request: target status counts only those.
import type { Context } from '../../context.js';
import { approvedYears } from './submission.service.js';

const perRequest = new WeakMap<Context, Map<string, Promise<Set<number>>>>();

export function approvedYearsOf(ctx: Context, orgUnitCode: string): Promise<Set<number>> {
  let cache = perRequest.get(ctx);
  if (!cache) {
    cache = new Map();
    perRequest.set(ctx, cache);
  }
  let years = cache.get(orgUnitCode);
  if (!years) {
    years = approvedYears(ctx.em, orgUnitCode);
    cache.set(orgUnitCode, years);
  }
  return years;
}
