import { defineRule } from './rule.js';

export const rankExceedsTotal = defineRule({
  code: 'RANK_EXCEEDS_TOTAL',
  severity: 'ERROR',
  description: {
    vi: 'Thứ hạng k/N có k lớn hơn N.',
    en: 'A rank k of N has k greater than N.',
  },
  check({ report, defs, label }, emit) {
    for (const o of report.observations) {
      if (defs.get(o.indicatorCode)?.valueType !== 'RANK' || o.value === null || o.rankOf == null) continue;
      const rank = o.value;
      const of = o.rankOf;
      if (rank <= of) continue;
      emit({
        indicatorCodes: [o.indicatorCode],
        orgUnitCode: o.orgUnitCode,
        period: o.period,
        values: [
          { label: 'rank', value: rank, raw: o.raw },
          { label: 'of', value: of },
        ],
        message: (pv, pe) => ({
          vi: `${label(o.indicatorCode)}${pv}: xếp hạng ${rank}/${of} có thứ hạng lớn hơn số đơn vị được xếp hạng.`,
          en: `${label(o.indicatorCode, 'en')}${pe}: rank ${rank}/${of} is beyond the number of units ranked.`,
        }),
      });
    }
  },
});
