import { describe, expect, it } from 'vitest';
import { addend, indicator, part } from '../testing/indicators.js';
import { obs, report, rules } from '../testing/report.js';
import { validateReport } from './index.js';

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

  it('is raised on a total whose own sum cannot be derived (a blank addend): the rules do not depend on each other', () => {
    const total = [
      indicator('staff', { components: [addend('men'), addend('women'), part('uni'), part('mid')] }),
      indicator('men'),
      indicator('women'),
      indicator('uni', { name: 'Tỷ lệ đại học', unit: '%', valueType: 'PERCENT' }),
      indicator('mid', { name: 'Tỷ lệ trung cấp', unit: '%', valueType: 'PERCENT' }),
    ];
    expect(rules(report(total, [obs('staff', 10), obs('men', 4), obs('women', null), obs('uni', 80.5), obs('mid', 20)]))).toEqual([
      'SHARES_OVER_100',
    ]);
  });

  it('is not raised at exactly 100%', () => {
    expect(rules(report(defs(), [obs('uni', 80.5), obs('mid', 19.5)]))).toEqual([]);
  });
});
