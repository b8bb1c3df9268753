import { describe, expect, it } from 'vitest';
import { indicator } from '../testing/indicators.js';
import { obs, report, rules } from '../testing/report.js';

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
