// A commune's reported ranks ("6/22") beside the ranks computed from the figures CCHC holds for it and its peers (the
// other communes of its parent unit), by the domain's checkReportedRank; and those peers' figures for validation.
import { checkReportedRank, periodYear, rankedIndicatorOf, type IndicatorDef, type Observation } from '@cchc/domain';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { loadIndicatorDefs } from '../indicator/indicator.repository.js';
import { observationFactsOf, observationFactsOfUnits } from '../observation/observation.repository.js';
import { findOrgUnits } from '../org-unit/org-unit.repository.js';
import type { ReportedRankType } from './reported-rank.type.js';

/** The other communes under the same parent unit: the units a commune's report ranks itself among. */
export async function peerCodesOf(ctx: Context, orgUnitCode: string): Promise<string[]> {
  const unit = await ctx.loaders.orgUnit.load(orgUnitCode);
  if (!unit?.parentCode) return [];
  const siblings = await findOrgUnits(ctx.em, { parentCode: unit.parentCode, search: null });
  return siblings.filter((u) => u.level === unit.level && u.code !== orgUnitCode).map((u) => u.code);
}

/** The indicators ranked by the rank indicators among `defs` (N.PAR.SCORE for N.PAR.RANK). */
function rankedCodes(defs: readonly IndicatorDef[]): string[] {
  return [...new Set(defs.flatMap((d) => rankedIndicatorOf(d, defs)?.code ?? []))];
}

/** The peers' figures on every ranked indicator: what REPORTED_RANK_DIFFERS compares a reported rank with. */
export async function peerFactsOf(ctx: Context, orgUnitCode: string, defs: readonly IndicatorDef[]): Promise<Observation[]> {
  return observationFactsOfUnits(ctx.em, await peerCodesOf(ctx, orgUnitCode), rankedCodes(defs));
}

export async function reportedRanksOf(ctx: Context, orgUnitCode: string): Promise<ReportedRankType[]> {
  if (!(await ctx.loaders.orgUnit.load(orgUnitCode))) throw notFound('ORG_UNIT', orgUnitCode);
  const defs = await loadIndicatorDefs(ctx.em);
  const byCode = new Map(defs.map((d) => [d.code, d]));
  const [own, peerCodes] = await Promise.all([observationFactsOf(ctx.em, orgUnitCode, () => undefined), peerCodesOf(ctx, orgUnitCode)]);
  const peers = await observationFactsOfUnits(ctx.em, peerCodes, rankedCodes(defs));
  const out: ReportedRankType[] = [];
  for (const o of own) {
    const def = byCode.get(o.indicatorCode);
    const year = periodYear(o.period);
    if (!def || def.valueType !== 'RANK' || o.value === null || o.rankOf == null || year === null || o.synthetic) continue;
    const ranked = rankedIndicatorOf(def, defs);
    if (!ranked) continue;
    const valueOf = new Map<string, number | null>([[orgUnitCode, null], ...peerCodes.map((c): [string, null] => [c, null])]);
    for (const x of [...own, ...peers]) {
      if (x.indicatorCode === ranked.code && periodYear(x.period) === year && valueOf.get(x.orgUnitCode) === null) valueOf.set(x.orgUnitCode, x.value);
    }
    const check = checkReportedRank({
      orgUnitCode,
      reported: { rank: o.value, of: o.rankOf },
      values: [...valueOf].map(([code, value]) => ({ orgUnitCode: code, value })),
      direction: ranked.direction,
    });
    out.push({
      indicatorCode: def.code,
      rankedIndicatorCode: ranked.code,
      year,
      reportedRank: o.value,
      reportedOf: o.rankOf,
      reportedRaw: o.raw,
      computedRank: check.computed.rank,
      computedOf: check.computed.of,
      peersKnown: peerCodes.length + 1,
      complete: check.complete,
      differs: check.differs,
      onlyOwn: check.onlyOwn,
    });
  }
  return out.sort((a, b) => a.indicatorCode.localeCompare(b.indicatorCode) || a.year - b.year);
}
