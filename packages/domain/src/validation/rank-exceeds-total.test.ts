import { describe, expect, it } from 'vitest';
import { indicator } from '../testing/indicators.js';
import { obs, report, rules } from '../testing/report.js';

describe('RANK_EXCEEDS_TOTAL', () => {
  const defs = () => [indicator('rank', { valueType: 'RANK', direction: 'LOWER_BETTER' })];

  it('is raised when k > N', () => {
    expect(rules(report(defs(), [obs('rank', 24, { raw: '24/23', rankOf: 23 })]))).toEqual(['RANK_EXCEEDS_TOTAL']);
  });

  it('is not raised when k = N', () => {
    expect(rules(report(defs(), [obs('rank', 23, { raw: '23/23', rankOf: 23 })]))).toEqual([]);
  });
});
