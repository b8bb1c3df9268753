import { describe, expect, it } from 'vitest';
import { indicator } from '../testing/indicators.js';
import { obs, report, rules } from '../testing/report.js';
import { validateReport } from './index.js';

describe('CONFLICTING_VALUES', () => {
  const defs = () => [indicator('x', { valueType: 'COUNT' })];

  it('is raised when the same figure is stated twice with different values, naming both places', () => {
    const findings = validateReport(
      report(defs(), [obs('x', 5, { source: { sectionId: 'II.2', quote: 'q' } }), obs('x', 6, { source: { sectionId: 'appendix', row: '3.1', quote: 'q' } })]),
    );
    expect(findings.map((f) => f.rule)).toEqual(['CONFLICTING_VALUES']);
    expect(findings[0]?.message.en).toContain('"5" in II.2');
    expect(findings[0]?.message.en).toContain('"6" in appendix / 3.1');
    // Each value names the section it was read in, so a reader can open that place of the report.
    expect(findings[0]?.values.map((v) => [v.label, v.sectionId])).toEqual([
      ['II.2', 'II.2'],
      ['appendix / 3.1', 'appendix'],
    ]);
  });

  it('is not raised for equal values, a blank beside a value, or different periods', () => {
    expect(rules(report(defs(), [obs('x', 5), obs('x', 5), obs('x', null)]))).toEqual([]);
    expect(rules(report(defs(), [obs('x', 5), obs('x', 6, { period: { kind: 'SPAN', fromYear: 2021, toYear: 2025 } })]))).toEqual([]);
  });
});
