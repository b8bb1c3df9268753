import { defineRule } from './rule.js';

function programmeYears(programme: string): { startYear: number; endYear: number } | null {
  const match = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(programme.trim());
  return match ? { startYear: Number(match[1]), endYear: Number(match[2]) } : null;
}

export const periodOutsideProgramme = defineRule({
  code: 'PERIOD_OUTSIDE_PROGRAMME',
  severity: 'WARNING',
  description: {
    vi: 'Số liệu theo năm nằm ngoài các năm của chương trình.',
    en: 'A yearly figure falls outside the programme years.',
  },
  check({ report, label }, emit) {
    const programme = programmeYears(report.programme);
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
          en: `${label(o.indicatorCode)}${pe}: the year ${year} is outside the programme ${programme.startYear}–${programme.endYear}.`,
        }),
      });
    }
  },
});
