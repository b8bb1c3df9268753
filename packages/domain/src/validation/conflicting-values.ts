import type { Observation } from '../model.js';
import { defineRule } from './rule.js';

/** Where in the report an observation is stated: section / table / row. */
const placeOf = (o: Observation) => [o.source.sectionId, o.source.table, o.source.row].filter(Boolean).join(' / ');

export const conflictingValues = defineRule({
  code: 'CONFLICTING_VALUES',
  severity: 'ERROR',
  description: {
    vi: 'Cùng một chỉ tiêu, đơn vị và kỳ được nêu ở hai nơi với hai giá trị khác nhau.',
    en: 'The same indicator, org unit and period are stated in two places with different values.',
  },
  check({ groups, label }, emit) {
    for (const group of groups) {
      for (const [code, observations] of group.byIndicator) {
        const statedObservations = observations.filter((o) => o.value !== null);
        if (new Set(statedObservations.map((o) => o.value)).size < 2) continue;
        emit({
          indicatorCodes: [code],
          orgUnitCode: group.orgUnitCode,
          period: group.period,
          values: statedObservations.map((o) => ({ label: placeOf(o), value: o.value, raw: o.raw, sectionId: o.source.sectionId })),
          message: (pv, pe) => ({
            vi: `${label(code)}${pv}: được nêu với các giá trị khác nhau: ${statedObservations.map((o) => `"${o.raw}" tại ${placeOf(o)}`).join('; ')}.`,
            en: `${label(code, 'en')}${pe}: is stated with different values: ${statedObservations.map((o) => `"${o.raw}" in ${placeOf(o)}`).join('; ')}.`,
          }),
        });
      }
    }
  },
});
