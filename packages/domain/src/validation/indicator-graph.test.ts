import { describe, expect, it } from 'vitest';
import { denominator, indicator, numerator } from '../testing/indicators.js';
import { obs, report } from '../testing/report.js';
import { validateReport } from './index.js';

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
