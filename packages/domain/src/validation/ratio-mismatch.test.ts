import { describe, expect, it } from 'vitest';
import { obs, ratioDefs, ratioReport, report, rules } from '../testing/report.js';
import { validateReport } from './index.js';

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
