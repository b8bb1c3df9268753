import { ratioCells } from './ratios.js';
import { defineRule, en, vi } from './rule.js';

export const ratioUndefined = defineRule({
  code: 'RATIO_UNDEFINED',
  severity: 'WARNING',
  description: {
    vi: 'Có tỷ lệ báo cáo nhưng không tính lại được: thiếu tử số hoặc mẫu số, hoặc mẫu số bằng 0.',
    en: 'A ratio is reported but cannot be derived: a component is blank, or the denominator is zero.',
  },
  check(input, emit) {
    const { label } = input;
    for (const cell of ratioCells(input)) {
      const { code, result, numerator, denominator, numeratorCode, denominatorCode } = cell;
      if (!result || !cell.componentsStated) continue;
      if (result.reason !== 'ZERO_DENOMINATOR' && result.reason !== 'MISSING_COMPONENT') continue;
      const blank = [numerator === null ? numeratorCode : null, denominator === null ? denominatorCode : null].filter(
        (c): c is string => c !== null,
      );
      for (const observation of cell.ownObservations) {
        const value = observation.value as number;
        emit({
          indicatorCodes: cell.codes,
          orgUnitCode: cell.where.group.orgUnitCode,
          period: cell.where.group.period,
          values: [{ label: 'reported', value, raw: observation.raw }, ...cell.componentValues],
          message:
            result.reason === 'ZERO_DENOMINATOR'
              ? (pv, pe) => ({
                  vi: `${label(code)}${pv}: báo cáo ${vi(value)}% nhưng mẫu số ${label(denominatorCode)} bằng 0 nên tỷ lệ không xác định.`,
                  en: `${label(code, 'en')}${pe}: ${en(value)}% is reported but the denominator ${label(denominatorCode, 'en')} is 0, so the ratio is undefined.`,
                })
              : (pv, pe) => ({
                  vi: `${label(code)}${pv}: báo cáo ${vi(value)}% nhưng thiếu số liệu ${blank.map((c) => label(c)).join(', ')} nên không tính lại được.`,
                  en: `${label(code, 'en')}${pe}: ${en(value)}% is reported but ${blank.map((c) => label(c, 'en')).join(' and ')} ${blank.length > 1 ? 'are' : 'is'} blank, so it cannot be derived.`,
                }),
        });
      }
    }
  },
});
