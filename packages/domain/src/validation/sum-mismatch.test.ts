import { describe, expect, it } from 'vitest';
import { addend, indicator } from '../testing/indicators.js';
import { obs, report, rules } from '../testing/report.js';

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
