import { describe, expect, it } from 'vitest';
import { indicator } from './testing/indicators.js';
import { checkReportedRank, rankedIndicatorOf } from './reported-rank.js';

describe('rankedIndicatorOf', () => {
  const defs = [indicator('N.PAR.SCORE', { valueType: 'SCORE' }), indicator('N.PAR.RANK', { valueType: 'RANK' }), indicator('N.SIPAS.SATISFACTION', { valueType: 'PERCENT' }), indicator('N.SIPAS.RANK', { valueType: 'RANK' })];

  it('finds the sibling of the same code family that is not a rank', () => {
    expect(rankedIndicatorOf(defs[1]!, defs)?.code).toBe('N.PAR.SCORE');
    expect(rankedIndicatorOf(defs[3]!, defs)?.code).toBe('N.SIPAS.SATISFACTION');
  });

  it('is null for an indicator that is not a rank, or a rank without a sibling', () => {
    expect(rankedIndicatorOf(defs[0]!, defs)).toBeNull();
    expect(rankedIndicatorOf({ code: 'X.RANK', valueType: 'RANK' }, defs)).toBeNull();
  });
});

describe('checkReportedRank', () => {
  const check = (values: { orgUnitCode: string; value: number | null }[], reported = { rank: 6, of: 22 }) =>
    checkReportedRank({ orgUnitCode: 'bt', reported, values, direction: 'HIGHER_BETTER' });

  it('says only the own figure is held, and decides nothing, when peers are not loaded', () => {
    expect(check([{ orgUnitCode: 'bt', value: 87.25 }])).toEqual({
      reported: { rank: 6, of: 22 },
      computed: { rank: 1, of: 1 },
      held: 1,
      complete: false,
      differs: null,
      onlyOwn: true,
    });
  });

  it('is complete once the figure is held for as many units as the report ranked, the unit itself included', () => {
    const values = [{ orgUnitCode: 'bt', value: 80 }, { orgUnitCode: 'a', value: 90 }, { orgUnitCode: 'b', value: 70 }];
    expect(check(values, { rank: 2, of: 3 })).toMatchObject({ computed: { rank: 2, of: 3 }, complete: true, differs: false });
    expect(check(values, { rank: 1, of: 3 })).toMatchObject({ complete: true, differs: true });
    expect(check(values, { rank: 2, of: 4 })).toMatchObject({ complete: false, differs: null, onlyOwn: false });
  });

  it('is not complete without the unit’s own figure', () => {
    expect(check([{ orgUnitCode: 'bt', value: null }, { orgUnitCode: 'a', value: 1 }], { rank: 1, of: 1 })).toMatchObject({
      computed: { rank: null, of: 1 },
      complete: false,
    });
  });
});
