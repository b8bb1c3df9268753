import { describe, expect, it } from 'vitest';
import { rankUnits } from './ranking.js';

const summary = (rows: ReturnType<typeof rankUnits>) => rows.map((r) => `${r.orgUnitCode}:${r.rank ?? '-'}/${r.of}`);

describe('rankUnits', () => {
  it('ranks higher values first for a higher-better indicator', () => {
    const rows = rankUnits(
      [
        { orgUnitCode: 'A', value: 70 },
        { orgUnitCode: 'B', value: 95.5 },
        { orgUnitCode: 'C', value: 80 },
      ],
      'HIGHER_BETTER',
    );
    expect(summary(rows)).toEqual(['B:1/3', 'C:2/3', 'A:3/3']);
  });

  it('ranks lower values first for a lower-better indicator (such as a rank)', () => {
    const rows = rankUnits(
      [
        { orgUnitCode: 'A', value: 5 },
        { orgUnitCode: 'B', value: 1 },
        { orgUnitCode: 'C', value: 12 },
      ],
      'LOWER_BETTER',
    );
    expect(summary(rows)).toEqual(['B:1/3', 'A:2/3', 'C:3/3']);
  });

  it('gives tied values the same rank and skips the next (1, 1, 3)', () => {
    const rows = rankUnits(
      [
        { orgUnitCode: 'A', value: 90 },
        { orgUnitCode: 'B', value: 90 },
        { orgUnitCode: 'C', value: 80 },
        { orgUnitCode: 'D', value: 80 },
        { orgUnitCode: 'E', value: 10 },
      ],
      'HIGHER_BETTER',
    );
    expect(summary(rows)).toEqual(['A:1/5', 'B:1/5', 'C:3/5', 'D:3/5', 'E:5/5']);
  });

  it('puts units without a value last, unranked, and leaves them out of N', () => {
    const rows = rankUnits(
      [
        { orgUnitCode: 'Z', value: null },
        { orgUnitCode: 'A', value: 0 },
        { orgUnitCode: 'B', value: 3 },
      ],
      'HIGHER_BETTER',
    );
    expect(summary(rows)).toEqual(['B:1/2', 'A:2/2', 'Z:-/2']);
    expect(rows[2]?.value).toBeNull();
  });

  it('ranks a real zero (not a gap) like any other value', () => {
    expect(rankUnits([{ orgUnitCode: 'A', value: 0 }], 'LOWER_BETTER')[0]).toEqual({ orgUnitCode: 'A', value: 0, rank: 1, of: 1 });
  });

  it('gives N = 0 and no ranks when no unit has a value', () => {
    expect(summary(rankUnits([{ orgUnitCode: 'A', value: null }], 'HIGHER_BETTER'))).toEqual(['A:-/0']);
    expect(rankUnits([], 'HIGHER_BETTER')).toEqual([]);
  });

  it('rejects a unit listed twice', () => {
    expect(() =>
      rankUnits(
        [
          { orgUnitCode: 'A', value: 1 },
          { orgUnitCode: 'A', value: 2 },
        ],
        'HIGHER_BETTER',
      ),
    ).toThrow(/A appears twice/);
  });
});
