import { describe, expect, it } from 'vitest';
import { indicator } from '../testing/indicators.js';
import { obs, report, rules } from '../testing/report.js';
import { validateReport } from './index.js';

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
