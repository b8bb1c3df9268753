import { readProgrammeCode } from '../programme.js';
import { defineRule } from './rule.js';

export const periodOutsideProgramme = defineRule({
  code: 'PERIOD_OUTSIDE_PROGRAMME',
  severity: 'WARNING',
  description: {
    vi: 'Số liệu theo năm nằm ngoài các năm của chương trình.',
    en: 'A yearly figure falls outside the programme years.',
  },
  check({ report, label }, emit) {
    const programme = readProgrammeCode(report.programme);
    if (!programme) return;
    for (const o of report.observations) {
      if (o.period.kind !== 'YEAR') continue;
      const year = o.period.year;
      if (year >= programme.startYear && year <= programme.endYear) continue;
      emit({
        indicatorCodes: [o.indicatorCode],
        orgUnitCode: o.orgUnitCode,
        period: o.period,
        values: [{ label: 'value', value: o.value, raw: o.raw }],
        message: (pv, pe) => ({
          vi: `${label(o.indicatorCode)}${pv}: năm ${year} nằm ngoài chương trình ${programme.startYear}–${programme.endYear}.`,
          en: `${label(o.indicatorCode, 'en')}${pe}: the year ${year} is outside the programme ${programme.startYear}–${programme.endYear}.`,
        }),
      });
    }
  },
});
