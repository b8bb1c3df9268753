import type { IndicatorDef } from '../model.js';
import { defineRule, en, EPSILON, stated, vi } from './rule.js';

export const sharesOver100 = defineRule({
  code: 'SHARES_OVER_100',
  severity: 'ERROR',
  description: {
    vi: 'Các tỷ lệ thành phần của cùng một tổng thể cộng lại vượt 100%.',
    en: 'The percentage shares of one whole add up to more than 100%.',
  },
  check(input, emit) {
    const { graph, label } = input;
    if (!graph) return;
    for (const { group, input: valueOf } of input.formulaGroups) {
      for (const code of graph.topologicalOrder()) {
        const shares = graph
          .get(code)
          .components.filter((c) => c.role === 'PART')
          .map((c) => graph.get(c.code))
          .filter((part) => part.valueType === 'PERCENT')
          .map((part) => ({ def: part, value: valueOf(part.code) }))
          .filter((s): s is { def: IndicatorDef; value: number } => s.value !== null);
        const shareSum = shares.reduce((sum, s) => sum + s.value, 0);
        if (shares.length < 2 || shareSum <= 100 + EPSILON) continue;
        emit({
          indicatorCodes: [code, ...shares.map((s) => s.def.code)],
          orgUnitCode: group.orgUnitCode,
          period: group.period,
          values: [...shares.map((s) => ({ label: s.def.code, value: s.value, raw: stated(group, s.def.code)?.raw })), { label: 'sum', value: shareSum }],
          message: (pv, pe) => ({
            vi: `${label(code)}${pv}: các tỷ lệ thành phần (${shares.map((s) => `${label(s.def.code)} = ${vi(s.value)}%`).join('; ')}) cộng lại ${vi(shareSum)}%, vượt 100%.`,
            en: `${label(code, 'en')}${pe}: its shares (${shares.map((s) => `${label(s.def.code, 'en')} = ${en(s.value)}%`).join('; ')}) add up to ${en(shareSum)}%, over 100%.`,
          }),
        });
      }
    }
  },
});
