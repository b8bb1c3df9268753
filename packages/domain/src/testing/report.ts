// Small hand-made reports for the domain tests: one org unit ('BT'), the year 2024 unless a test says otherwise.
import type { IndicatorDef, Observation, Period, ReportData } from '../model.js';
import { validateReport, type ValidationOptions } from '../validation/index.js';
import { denominator, indicator, numerator } from './indicators.js';

export const Y2024: Period = { kind: 'YEAR', year: 2024 };

export function obs(indicatorCode: string, value: number | null, extra: Partial<Observation> = {}): Observation {
  return {
    indicatorCode,
    orgUnitCode: 'BT',
    period: Y2024,
    value,
    raw: value === null ? '' : String(value).replace('.', ','),
    source: { sectionId: 'appendix', quote: 'q' },
    ...extra,
  };
}

export function report(indicators: IndicatorDef[], observations: Observation[], programme = '2021-2025'): ReportData {
  return {
    orgUnitCode: 'BT',
    programme,
    title: 'Báo cáo',
    addressees: [],
    legalBases: [],
    signedBy: null,
    sections: [],
    indicators,
    observations,
    tasks: [],
    targets: [],
  };
}

// 3.4.2 Tỷ lệ hồ sơ giải quyết đúng hạn = 3.4.2.b (on time) ÷ 3.4.2.a (all) × 100.
export const ratioDefs = () => [
  indicator('3.4.2', { name: 'Tỷ lệ hồ sơ đúng hạn', unit: '%', valueType: 'PERCENT', components: [denominator('3.4.2.a'), numerator('3.4.2.b')] }),
  indicator('3.4.2.a', { parentCode: '3.4.2', unit: 'Hồ sơ', valueType: 'COUNT' }),
  indicator('3.4.2.b', { parentCode: '3.4.2', unit: 'Hồ sơ', valueType: 'COUNT' }),
];

/** The 3.4.2 ratio reported as `ratio` over `all` files of which `onTime` were on time. */
export const ratioReport = (ratio: number | null, all: number | null, onTime: number | null) =>
  report(ratioDefs(), [obs('3.4.2', ratio), obs('3.4.2.a', all), obs('3.4.2.b', onTime)]);

/** The rules of the findings validateReport gives, in order. */
export const rules = (r: ReportData, options?: ValidationOptions) => validateReport(r, options).map((f) => f.rule);
