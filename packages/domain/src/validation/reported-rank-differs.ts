import { periodYear } from '../period.js';
import { checkReportedRank, rankedIndicatorOf } from '../reported-rank.js';
import { defineRule } from './rule.js';

/**
 * A rank the report states ("6/22") differs from the rank the domain's ranking gives over the figures held for every
 * unit of that ranking. Complete means: the ranked figure (the rank's sibling indicator, e.g. N.PAR.SCORE for
 * N.PAR.RANK) is held for the commune and its peers, as many units as the report ranked. With any peer's figure
 * missing — e.g. only this commune's report loaded — nothing is found: a computed 1/1 proves nothing.
 */
export const reportedRankDiffers = defineRule({
  code: 'REPORTED_RANK_DIFFERS',
  severity: 'WARNING',
  description: {
    vi: 'Thứ hạng báo cáo khác thứ hạng tính từ số liệu của đủ các đơn vị được xếp hạng.',
    en: 'A reported rank differs from the rank computed from the figures of every unit ranked.',
  },
  check({ report, defs, label }, emit) {
    const peers = report.peers ?? [];
    if (peers.length === 0) return;
    for (const o of report.observations) {
      const def = defs.get(o.indicatorCode);
      if (!def || def.valueType !== 'RANK' || o.value === null || o.rankOf == null) continue;
      const ranked = rankedIndicatorOf(def, defs.values());
      const year = periodYear(o.period);
      if (!ranked || year === null) continue;
      const valueOf = new Map<string, number | null>();
      for (const x of [...report.observations, ...peers]) {
        if (x.indicatorCode !== ranked.code || periodYear(x.period) !== year || x.period.kind !== o.period.kind) continue;
        if (!valueOf.has(x.orgUnitCode) || valueOf.get(x.orgUnitCode) === null) valueOf.set(x.orgUnitCode, x.value);
      }
      const check = checkReportedRank({
        orgUnitCode: o.orgUnitCode,
        reported: { rank: o.value, of: o.rankOf },
        values: [...valueOf].map(([orgUnitCode, value]) => ({ orgUnitCode, value })),
        direction: ranked.direction,
      });
      if (!check.differs) continue;
      const computed = `${check.computed.rank}/${check.computed.of}`;
      emit({
        indicatorCodes: [o.indicatorCode, ranked.code],
        orgUnitCode: o.orgUnitCode,
        period: o.period,
        values: [
          { label: 'reported', value: o.value, raw: o.raw },
          { label: 'computed', value: check.computed.rank },
          { label: 'of', value: check.computed.of },
        ],
        message: (pv, pe) => ({
          vi: `${label(o.indicatorCode)}${pv}: báo cáo ghi ${o.raw}, nhưng xếp theo ${label(ranked.code)} của đủ ${check.held} đơn vị thì được ${computed}.`,
          en: `${label(o.indicatorCode, 'en')}${pe}: the report states ${o.raw}, but ranking ${label(ranked.code, 'en')} of all ${check.held} units gives ${computed}.`,
        }),
      });
    }
  },
});
