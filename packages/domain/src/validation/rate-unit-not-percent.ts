import { periodLabel } from '../period.js';
import { defineRule, en, vi } from './rule.js';

/** Whether an indicator's name says it is a rate: it starts with "Tỷ lệ". */
function isRateName(name: string): boolean {
  return name.normalize('NFC').trim().toLocaleLowerCase('vi').startsWith('tỷ lệ'.normalize('NFC'));
}

export const rateUnitNotPercent = defineRule({
  code: 'RATE_UNIT_NOT_PERCENT',
  severity: 'WARNING',
  description: {
    vi: 'Chỉ tiêu "Tỷ lệ …" có đơn vị tính không phải %.',
    en: 'A "Tỷ lệ …" (rate) indicator has a unit other than %.',
  },
  check({ report, label }, emit) {
    for (const def of report.indicators) {
      if (!isRateName(def.name) || def.unit?.trim() === '%') continue;
      const unit = def.unit === null ? '(trống)' : `"${def.unit}"`;
      const unitEn = def.unit === null ? '(blank)' : `"${def.unit}"`;
      // One value per period and figure: the same figure stated in two places of the report is listed once.
      const seen = new Set<string>();
      const values = report.observations
        .filter((o) => o.indicatorCode === def.code && o.value !== null)
        .map((o) => ({ label: periodLabel(o.period, 'en'), value: o.value, raw: o.raw }))
        .filter((v) => {
          const key = `${v.label}|${v.value}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
      const shown = values[0];
      emit({
        indicatorCodes: [def.code],
        orgUnitCode: report.orgUnitCode,
        period: null,
        values,
        message: () => ({
          vi: `${label(def.code)}: là một tỷ lệ nhưng đơn vị tính là ${unit}${shown ? `, giá trị ${vi(shown.value)}` : ''}.`,
          en: `${label(def.code, 'en')}: is a rate but its unit is ${unitEn}${shown ? `, value ${en(shown.value)}` : ''}.`,
        }),
      });
    }
  },
});
