import { ratioCells } from './ratios.js';
import { defineRule, en, EPSILON, stated, vi } from './rule.js';

export const componentExceedsTotal = defineRule({
  code: 'COMPONENT_EXCEEDS_TOTAL',
  severity: 'ERROR',
  description: {
    vi: 'Thành phần lớn hơn tổng thể: tử số lớn hơn mẫu số, hoặc một phần lớn hơn chỉ tiêu chứa nó (cùng đơn vị tính).',
    en: 'A part is larger than its whole: a numerator above its denominator, or a part above its whole (same unit).',
  },
  check(input, emit) {
    const { graph, label } = input;
    if (!graph) return;

    for (const { where, code, numerator, denominator, numeratorCode, denominatorCode, codes, componentValues } of ratioCells(input)) {
      if (numerator === null || denominator === null || numerator <= denominator + EPSILON) continue;
      emit({
        indicatorCodes: codes,
        orgUnitCode: where.group.orgUnitCode,
        period: where.group.period,
        values: componentValues,
        message: (pv, pe) => ({
          vi: `${label(code)}${pv}: tử số ${label(numeratorCode)} = ${vi(numerator)} lớn hơn mẫu số ${label(denominatorCode)} = ${vi(denominator)}.`,
          en: `${label(code, 'en')}${pe}: numerator ${label(numeratorCode, 'en')} = ${en(numerator)} exceeds denominator ${label(denominatorCode, 'en')} = ${en(denominator)}.`,
        }),
      });
    }

    // A PART counted in the same unit as its whole must not exceed it (percentage shares are SHARES_OVER_100's).
    for (const { group, input: valueOf } of input.formulaGroups) {
      for (const code of graph.topologicalOrder()) {
        const def = graph.get(code);
        const whole = valueOf(code);
        if (whole === null || def.valueType === 'PERCENT') continue;
        for (const component of def.components) {
          if (component.role !== 'PART') continue;
          const partDef = graph.get(component.code);
          if (partDef.valueType === 'PERCENT' || partDef.unit !== def.unit) continue;
          const partValue = valueOf(partDef.code);
          if (partValue === null || partValue <= whole + EPSILON) continue;
          emit({
            indicatorCodes: [code, partDef.code],
            orgUnitCode: group.orgUnitCode,
            period: group.period,
            values: [
              { label: 'whole', value: whole, raw: stated(group, code)?.raw },
              { label: 'part', value: partValue, raw: stated(group, partDef.code)?.raw },
            ],
            message: (pv, pe) => ({
              vi: `${label(code)}${pv}: phần ${label(partDef.code)} = ${vi(partValue)} lớn hơn tổng thể ${vi(whole)}.`,
              en: `${label(code, 'en')}${pe}: the part ${label(partDef.code, 'en')} = ${en(partValue)} exceeds its whole, ${en(whole)}.`,
            }),
          });
        }
      }
    }
  },
});
