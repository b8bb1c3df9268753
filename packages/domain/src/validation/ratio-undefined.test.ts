import { describe, expect, it } from 'vitest';
import { ratioReport, rules } from '../testing/report.js';
import { validateReport } from './index.js';

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
