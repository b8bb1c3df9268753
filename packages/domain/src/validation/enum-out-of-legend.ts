import { defineRule, en, vi } from './rule.js';

export const enumOutOfLegend = defineRule({
  code: 'ENUM_OUT_OF_LEGEND',
  severity: 'ERROR',
  description: {
    vi: 'Giá trị của chỉ tiêu lựa chọn không có trong chú giải.',
    en: 'An enumerated value is not one of its legend entries.',
  },
  check({ report, defs, label }, emit) {
    for (const o of report.observations) {
      const legend = defs.get(o.indicatorCode)?.legend;
      if (!legend || legend.length === 0 || o.value === null) continue;
      const value = o.value;
      if (legend.some((entry) => entry.value === value)) continue;
      const legendText = legend.map((entry) => `${entry.label} = ${entry.value}`).join(' / ');
      emit({
        indicatorCodes: [o.indicatorCode],
        orgUnitCode: o.orgUnitCode,
        period: o.period,
        values: [{ label: 'value', value, raw: o.raw }],
        message: (pv, pe) => ({
          vi: `${label(o.indicatorCode)}${pv}: giá trị ${vi(value)} không có trong chú giải (${legendText}).`,
          en: `${label(o.indicatorCode, 'en')}${pe}: the value ${en(value)} is not in its legend (${legendText}).`,
        }),
      });
    }
  },
});
