import { isPercentIndicator, isPossiblePercent } from '../percent.js';
import { defineRule, en, vi } from './rule.js';

export const percentOutOfRange = defineRule({
  code: 'PERCENT_OUT_OF_RANGE',
  severity: 'ERROR',
  description: { vi: 'Giá trị phần trăm nằm ngoài khoảng 0–100.', en: 'A percentage lies outside 0–100.' },
  check({ report, defs, label }, emit) {
    for (const o of report.observations) {
      const def = defs.get(o.indicatorCode);
      if (!def || !isPercentIndicator(def) || o.value === null) continue;
      const value = o.value;
      if (isPossiblePercent(value)) continue;
      emit({
        indicatorCodes: [o.indicatorCode],
        orgUnitCode: o.orgUnitCode,
        period: o.period,
        values: [{ label: 'value', value, raw: o.raw }],
        message: (pv, pe) => ({
          vi: `${label(o.indicatorCode)}${pv}: giá trị phần trăm ${vi(value)}% nằm ngoài khoảng 0–100.`,
          en: `${label(o.indicatorCode, 'en')}${pe}: the percentage ${en(value)}% lies outside 0–100.`,
        }),
      });
    }
  },
});
