import type { Observation, Period } from '../model.js';
import { defineRule } from './rule.js';

export const seriesGap = defineRule({
  code: 'SERIES_GAP',
  severity: 'WARNING',
  description: {
    vi: 'Chuỗi số liệu theo năm thiếu một năm nằm giữa năm đầu và năm cuối.',
    en: 'A yearly series lacks a year between its first and last year.',
  },
  check({ report, label }, emit) {
    const series = new Map<string, { code: string; org: string; years: Map<number, Observation> }>();
    for (const o of report.observations) {
      if (o.period.kind !== 'YEAR' || o.value === null) continue;
      const key = `${o.indicatorCode}\u0000${o.orgUnitCode}`;
      let entry = series.get(key);
      if (!entry) {
        entry = { code: o.indicatorCode, org: o.orgUnitCode, years: new Map() };
        series.set(key, entry);
      }
      if (!entry.years.has(o.period.year)) entry.years.set(o.period.year, o);
    }
    for (const { code, org, years } of series.values()) {
      if (years.size < 2) continue;
      const sorted = [...years.keys()].sort((a, b) => a - b);
      const first = sorted[0] as number;
      const last = sorted[sorted.length - 1] as number;
      const missing: number[] = [];
      for (let year = first; year <= last; year += 1) if (!years.has(year)) missing.push(year);
      if (missing.length === 0) continue;
      const span: Period = { kind: 'SPAN', fromYear: first, toYear: last };
      emit({
        indicatorCodes: [code],
        orgUnitCode: org,
        period: span,
        values: sorted.map((year) => ({ label: String(year), value: years.get(year)?.value ?? null, raw: years.get(year)?.raw })),
        message: (pv, pe) => ({
          vi: `${label(code)}${pv}: chuỗi số liệu có năm ${sorted.join(', ')} nhưng thiếu năm ${missing.join(', ')}.`,
          en: `${label(code, 'en')}${pe}: the series has ${sorted.join(', ')} but no figure for ${missing.join(', ')}.`,
        }),
      });
    }
  },
});
