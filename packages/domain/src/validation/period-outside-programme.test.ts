import { describe, expect, it } from 'vitest';
import { indicator } from '../testing/indicators.js';
import { obs, report, rules } from '../testing/report.js';

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
