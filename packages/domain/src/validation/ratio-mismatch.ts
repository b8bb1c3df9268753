import { ratioCells } from './ratios.js';
import { defineRule, DEFAULT_RATIO_TOLERANCE, en, EPSILON, vi } from './rule.js';

export const ratioMismatch = defineRule({
  code: 'RATIO_MISMATCH',
  severity: 'ERROR',
  description: {
    vi: `Tỷ lệ báo cáo khác tỷ lệ tính từ tử số và mẫu số quá ${DEFAULT_RATIO_TOLERANCE} điểm phần trăm (ngưỡng có thể đặt).`,
    en: `A reported ratio differs from the ratio derived from its numerator and denominator by more than ${DEFAULT_RATIO_TOLERANCE} percentage points (configurable).`,
  },
  check(input, emit) {
    const { label, ratioTolerance: tolerance } = input;
    for (const cell of ratioCells(input)) {
      const { code, result, numerator, denominator } = cell;
      if (!result || !cell.componentsStated || result.reason !== 'OK' || result.value === null) continue;
      const derivedValue = result.value;
      for (const observation of cell.ownObservations) {
        const value = observation.value as number;
        const gap = Math.abs(value - derivedValue);
        if (gap <= tolerance + EPSILON) continue;
        emit({
          indicatorCodes: cell.codes,
          orgUnitCode: cell.where.group.orgUnitCode,
          period: cell.where.group.period,
          values: [{ label: 'reported', value, raw: observation.raw }, ...cell.componentValues, { label: 'derived', value: derivedValue }],
          message: (pv, pe) => ({
            vi: `${label(code)}${pv}: tỷ lệ báo cáo ${vi(value)}% khác tỷ lệ tính từ thành phần ${vi(derivedValue)}% (${vi(numerator)}/${vi(denominator)}), chênh ${vi(gap)} điểm phần trăm, vượt ngưỡng ${vi(tolerance)}.`,
            en: `${label(code, 'en')}${pe}: reported ratio ${en(value)}% differs from ${en(derivedValue)}% derived from its components (${en(numerator)}/${en(denominator)}) by ${en(gap)} percentage points, more than the tolerance of ${en(tolerance)}.`,
          }),
        });
      }
    }
  },
});
