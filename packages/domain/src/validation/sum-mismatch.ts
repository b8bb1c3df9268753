import { formulaOf } from '../graph.js';
import { defineRule, en, EPSILON, vi } from './rule.js';

export const sumMismatch = defineRule({
  code: 'SUM_MISMATCH',
  severity: 'ERROR',
  description: {
    vi: 'Tổng báo cáo khác tổng các thành phần cộng.',
    en: 'A reported total differs from the sum of its addends.',
  },
  check(input, emit) {
    const { graph, label } = input;
    if (!graph) return;
    for (const { group, derived } of input.formulaGroups) {
      for (const code of graph.topologicalOrder()) {
        const def = graph.get(code);
        if (formulaOf(def)?.formula !== 'SUM') continue;
        const result = derived.get(code);
        if (!result || result.reason !== 'OK' || result.value === null) continue;
        const sum = result.value;
        const addendCodes = def.components.filter((c) => c.role === 'ADDEND').map((c) => c.code);
        for (const observation of group.byIndicator.get(code) ?? []) {
          if (observation.value === null) continue;
          const value = observation.value;
          if (Math.abs(value - sum) <= EPSILON) continue;
          emit({
            indicatorCodes: [code, ...addendCodes],
            orgUnitCode: group.orgUnitCode,
            period: group.period,
            values: [{ label: 'reported', value, raw: observation.raw }, { label: 'sum of addends', value: sum }],
            message: (pv, pe) => ({
              vi: `${label(code)}${pv}: tổng báo cáo ${vi(value)} khác tổng các thành phần ${vi(sum)}.`,
              en: `${label(code, 'en')}${pe}: reported total ${en(value)} differs from the sum of its addends, ${en(sum)}.`,
            }),
          });
        }
      }
    }
  },
});
