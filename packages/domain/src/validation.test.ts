import { describe, expect, it } from 'vitest';
import type { IndicatorDef, Observation, Period, ReportData } from './model.js';
import { addend, denominator, indicator, numerator, part } from './testing/indicators.js';
import { VALIDATION_RULES, validateReport } from './validation.js';

const Y2024: Period = { kind: 'YEAR', year: 2024 };

function obs(indicatorCode: string, value: number | null, extra: Partial<Observation> = {}): Observation {
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

function report(indicators: IndicatorDef[], observations: Observation[], programme = '2021-2025'): ReportData {
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

const rules = (r: ReportData, options?: { ratioTolerance?: number }) => validateReport(r, options).map((f) => f.rule);

// 3.4.2 Tỷ lệ hồ sơ giải quyết đúng hạn = 3.4.2.b (on time) ÷ 3.4.2.a (all) × 100.
const ratioDefs = () => [
  indicator('3.4.2', { name: 'Tỷ lệ hồ sơ đúng hạn', unit: '%', valueType: 'PERCENT', components: [denominator('3.4.2.a'), numerator('3.4.2.b')] }),
  indicator('3.4.2.a', { parentCode: '3.4.2', unit: 'Hồ sơ', valueType: 'COUNT' }),
  indicator('3.4.2.b', { parentCode: '3.4.2', unit: 'Hồ sơ', valueType: 'COUNT' }),
];
const ratioReport = (ratio: number | null, all: number | null, onTime: number | null) =>
  report(ratioDefs(), [obs('3.4.2', ratio), obs('3.4.2.a', all), obs('3.4.2.b', onTime)]);

describe('VALIDATION_RULES', () => {
  it('lists each rule once with a severity and a description in both languages', () => {
    const codes = VALIDATION_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of VALIDATION_RULES) {
      expect(rule.description.vi.length).toBeGreaterThan(10);
      expect(rule.description.en.length).toBeGreaterThan(10);
    }
    expect(codes).toEqual(expect.arrayContaining([
      'RATIO_MISMATCH', 'RATIO_UNDEFINED', 'COMPONENT_EXCEEDS_TOTAL', 'SHARES_OVER_100', 'PERCENT_OUT_OF_RANGE',
      'RATE_UNIT_NOT_PERCENT', 'RANK_EXCEEDS_TOTAL', 'SERIES_GAP', 'CONFLICTING_VALUES', 'ENUM_OUT_OF_LEGEND',
      'PERIOD_OUTSIDE_PROGRAMME',
    ]));
    expect(VALIDATION_RULES.find((r) => r.code === 'PERIOD_OUTSIDE_PROGRAMME')?.severity).toBe('WARNING');
  });
});

describe('validateReport', () => {
  it('finds nothing in a consistent report', () => {
    expect(validateReport(ratioReport(100, 16807, 16807))).toEqual([]);
  });

  describe('RATIO_MISMATCH', () => {
    it('is raised when the reported ratio is more than 0.5 points from the derived one, with every detail', () => {
      // Derived 161 ÷ 200 × 100 = 80.5; reported 81.1 is 0.6 points away.
      const findings = validateReport(ratioReport(81.1, 200, 161));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        rule: 'RATIO_MISMATCH',
        severity: 'ERROR',
        indicatorCodes: ['3.4.2', '3.4.2.b', '3.4.2.a'],
        orgUnitCode: 'BT',
        period: '2024',
      });
      expect(findings[0]?.values).toEqual(
        expect.arrayContaining([{ label: 'reported', value: 81.1, raw: '81,1' }, { label: 'derived', value: 80.5 }]),
      );
      expect(findings[0]?.message.vi).toContain('80,5%');
      expect(findings[0]?.message.vi).toContain('Năm 2024');
      expect(findings[0]?.message.en).toContain('80.5%');
    });

    it('accepts a gap of exactly the tolerance and honours a custom tolerance', () => {
      expect(rules(ratioReport(80, 200, 161))).toEqual([]);
      expect(rules(ratioReport(80, 200, 161), { ratioTolerance: 0.4 })).toEqual(['RATIO_MISMATCH']);
    });

    it('does not compare with components stated for another period', () => {
      const r = report(ratioDefs(), [obs('3.4.2', 50), obs('3.4.2.a', 10, { period: { kind: 'YEAR', year: 2023 } }), obs('3.4.2.b', 10, { period: { kind: 'YEAR', year: 2023 } })]);
      expect(rules(r)).toEqual([]);
    });
  });

  describe('RATIO_UNDEFINED', () => {
    it('is raised when a ratio is reported but a component is blank', () => {
      const findings = validateReport(ratioReport(100, 120, null));
      expect(findings.map((f) => f.rule)).toEqual(['RATIO_UNDEFINED']);
      expect(findings[0]?.message.en).toContain('3.4.2.b');
    });

    it('is raised when a ratio is reported over a zero denominator', () => {
      // Appendix 3.2.1: 100% with 0 eligible services and 40 online ones.
      const findings = validateReport(ratioReport(100, 0, 40));
      expect(findings.map((f) => f.rule).sort()).toEqual(['COMPONENT_EXCEEDS_TOTAL', 'RATIO_UNDEFINED']);
      expect(findings.find((f) => f.rule === 'RATIO_UNDEFINED')?.message.en).toContain('is 0');
    });

    it('is not raised when the ratio itself is blank', () => {
      expect(rules(ratioReport(null, 0, null))).toEqual([]);
    });
  });

  describe('COMPONENT_EXCEEDS_TOTAL', () => {
    it('is raised when the numerator is larger than the denominator, not when equal', () => {
      expect(rules(ratioReport(null, 10, 11))).toEqual(['COMPONENT_EXCEEDS_TOTAL']);
      expect(rules(ratioReport(null, 10, 10))).toEqual([]);
    });

    it('is raised when a part counted in its whole’s unit is larger than the whole', () => {
      const defs = [
        indicator('3.1.3', { unit: 'Thủ tục', valueType: 'COUNT', components: [part('3.1.3.a'), part('3.1.3.b')] }),
        indicator('3.1.3.a', { unit: 'Thủ tục', valueType: 'COUNT' }),
        indicator('3.1.3.b', { unit: 'Thủ tục', valueType: 'COUNT' }),
      ];
      expect(rules(report(defs, [obs('3.1.3', 100), obs('3.1.3.a', 20), obs('3.1.3.b', 123)]))).toEqual(['COMPONENT_EXCEEDS_TOTAL']);
      expect(rules(report(defs, [obs('3.1.3', 123), obs('3.1.3.b', 123)]))).toEqual([]);
    });
  });

  describe('SUM_MISMATCH', () => {
    const defs = () => [indicator('t', { components: [addend('a'), addend('b')] }), indicator('a'), indicator('b')];

    it('is raised when a reported total differs from its addends', () => {
      expect(rules(report(defs(), [obs('t', 10), obs('a', 4), obs('b', 5)]))).toEqual(['SUM_MISMATCH']);
    });

    it('is not raised when they agree or an addend is blank', () => {
      expect(rules(report(defs(), [obs('t', 9), obs('a', 4), obs('b', 5)]))).toEqual([]);
      expect(rules(report(defs(), [obs('t', 10), obs('a', 4), obs('b', null)]))).toEqual([]);
    });
  });

  describe('SHARES_OVER_100', () => {
    const defs = () => [
      indicator('staff', { components: [part('uni'), part('mid')] }),
      indicator('uni', { name: 'Tỷ lệ đại học', unit: '%', valueType: 'PERCENT' }),
      indicator('mid', { name: 'Tỷ lệ trung cấp', unit: '%', valueType: 'PERCENT' }),
    ];

    it('is raised when the shares of one whole add up past 100%', () => {
      const findings = validateReport(report(defs(), [obs('uni', 80.5), obs('mid', 20)]));
      expect(findings.map((f) => f.rule)).toEqual(['SHARES_OVER_100']);
      expect(findings[0]?.values.at(-1)).toEqual({ label: 'sum', value: 100.5 });
    });

    it('is not raised at exactly 100%', () => {
      expect(rules(report(defs(), [obs('uni', 80.5), obs('mid', 19.5)]))).toEqual([]);
    });
  });

  describe('PERCENT_OUT_OF_RANGE', () => {
    const defs = () => [indicator('p', { name: 'Tỷ lệ', unit: '%', valueType: 'PERCENT' })];

    it('is raised above 100 and below 0', () => {
      expect(rules(report(defs(), [obs('p', 100.01)]))).toEqual(['PERCENT_OUT_OF_RANGE']);
      expect(rules(report(defs(), [obs('p', -0.01)]))).toEqual(['PERCENT_OUT_OF_RANGE']);
    });

    it('is not raised at 0 and 100', () => {
      expect(rules(report(defs(), [obs('p', 0), obs('p', 100, { period: { kind: 'YEAR', year: 2023 } })]))).toEqual([]);
    });
  });

  describe('RATE_UNIT_NOT_PERCENT', () => {
    it('is raised for a "Tỷ lệ" indicator whose unit is not "%" (appendix 7.5.2, unit "Văn bản", value 4656)', () => {
      const defs = [indicator('7.5.2', { name: 'Tỷ lệ văn bản trao đổi dưới dạng điện tử', unit: 'Văn bản', valueType: 'COUNT' })];
      const findings = validateReport(report(defs, [obs('7.5.2', 4656)]));
      expect(findings.map((f) => f.rule)).toEqual(['RATE_UNIT_NOT_PERCENT']);
      expect(findings[0]).toMatchObject({ severity: 'WARNING', period: null, indicatorCodes: ['7.5.2'] });
      expect(findings[0]?.message.vi).toContain('"Văn bản"');
      expect(findings[0]?.message.vi).toContain('4.656');
    });

    it('is not raised for a rate in % nor for a name that only contains "tỷ lệ" later', () => {
      const defs = [
        indicator('a', { name: 'Tỷ lệ hồ sơ', unit: '%', valueType: 'PERCENT' }),
        indicator('b', { name: 'Số hồ sơ có tỷ lệ cao', unit: 'Hồ sơ', valueType: 'COUNT' }),
      ];
      expect(rules(report(defs, []))).toEqual([]);
    });
  });

  describe('RANK_EXCEEDS_TOTAL', () => {
    const defs = () => [indicator('rank', { valueType: 'RANK', direction: 'LOWER_BETTER' })];

    it('is raised when k > N', () => {
      expect(rules(report(defs(), [obs('rank', 24, { raw: '24/23', rankOf: 23 })]))).toEqual(['RANK_EXCEEDS_TOTAL']);
    });

    it('is not raised when k = N', () => {
      expect(rules(report(defs(), [obs('rank', 23, { raw: '23/23', rankOf: 23 })]))).toEqual([]);
    });
  });

  describe('SERIES_GAP', () => {
    const defs = () => [indicator('N.PAR_INDEX.SCORE', { valueType: 'SCORE', origin: 'NARRATIVE' })];
    const at = (year: number, value: number | null) => obs('N.PAR_INDEX.SCORE', value, { period: { kind: 'YEAR', year } });

    it('is raised for a missing year inside the span (2021, 2022, 2023, 2025 without 2024)', () => {
      const findings = validateReport(report(defs(), [at(2021, 80), at(2022, 81), at(2023, 82), at(2025, 84)]));
      expect(findings.map((f) => f.rule)).toEqual(['SERIES_GAP']);
      expect(findings[0]).toMatchObject({ period: '2021–2025', severity: 'WARNING' });
      expect(findings[0]?.message.en).toContain('no figure for 2024');
    });

    it('treats a blank year as missing', () => {
      expect(rules(report(defs(), [at(2021, 80), at(2022, null), at(2023, 82)]))).toEqual(['SERIES_GAP']);
    });

    it('is not raised for consecutive years nor for a blank at the end of the series', () => {
      expect(rules(report(defs(), [at(2021, 80), at(2022, 81), at(2023, null)]))).toEqual([]);
    });
  });

  describe('CONFLICTING_VALUES', () => {
    const defs = () => [indicator('x', { valueType: 'COUNT' })];

    it('is raised when the same figure is stated twice with different values, naming both places', () => {
      const findings = validateReport(
        report(defs(), [obs('x', 5, { source: { sectionId: 'II.2', quote: 'q' } }), obs('x', 6, { source: { sectionId: 'appendix', row: '3.1', quote: 'q' } })]),
      );
      expect(findings.map((f) => f.rule)).toEqual(['CONFLICTING_VALUES']);
      expect(findings[0]?.message.en).toContain('"5" in II.2');
      expect(findings[0]?.message.en).toContain('"6" in appendix / 3.1');
    });

    it('is not raised for equal values, a blank beside a value, or different periods', () => {
      expect(rules(report(defs(), [obs('x', 5), obs('x', 5), obs('x', null)]))).toEqual([]);
      expect(rules(report(defs(), [obs('x', 5), obs('x', 6, { period: { kind: 'SPAN', fromYear: 2021, toYear: 2025 } })]))).toEqual([]);
    });
  });

  describe('ENUM_OUT_OF_LEGEND', () => {
    const defs = () => [
      indicator('1.5', { valueType: 'ENUMERATION', legend: [{ value: 0, label: 'Không' }, { value: 1, label: 'Có' }] }),
    ];

    it('is raised for a value not in the legend (appendix 1.5: Không=0/Có=1 with 6)', () => {
      const findings = validateReport(report(defs(), [obs('1.5', 6)]));
      expect(findings.map((f) => f.rule)).toEqual(['ENUM_OUT_OF_LEGEND']);
      expect(findings[0]?.message.vi).toContain('Không = 0 / Có = 1');
    });

    it('is not raised for a legend value or a blank', () => {
      expect(rules(report(defs(), [obs('1.5', 1), obs('1.5', null, { period: { kind: 'YEAR', year: 2023 } })]))).toEqual([]);
    });
  });

  describe('PERIOD_OUTSIDE_PROGRAMME', () => {
    const defs = () => [indicator('x', { valueType: 'COUNT' })];
    const at = (year: number) => obs('x', 1, { period: { kind: 'YEAR', year } });

    it('warns about a year before or after the programme', () => {
      expect(rules(report(defs(), [at(2020)]))).toEqual(['PERIOD_OUTSIDE_PROGRAMME']);
      expect(rules(report(defs(), [at(2026)]))).toEqual(['PERIOD_OUTSIDE_PROGRAMME']);
    });

    it('accepts the first and last programme years', () => {
      expect(rules(report(defs(), [at(2021)]))).toEqual([]);
      expect(rules(report(defs(), [at(2025)]))).toEqual([]);
    });
  });

  describe('INDICATOR_GRAPH', () => {
    it('reports invalid definitions instead of throwing, and still runs the other rules', () => {
      const defs = [
        indicator('r', { unit: '%', valueType: 'PERCENT', components: [numerator('gone'), denominator('d')] }),
        indicator('d'),
      ];
      const findings = validateReport(report(defs, [obs('r', 101)]));
      expect(findings.map((f) => f.rule)).toEqual(['INDICATOR_GRAPH', 'PERCENT_OUT_OF_RANGE']);
      expect(findings[0]?.indicatorCodes).toContain('gone');
    });
  });
});
