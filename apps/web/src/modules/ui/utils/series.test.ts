import { describe, expect, it } from 'vitest';
import { gapBridges, latestChange, type YearPoint } from './series';

const score = { valueType: 'SCORE', direction: 'HIGHER_BETTER' };
const rank = { valueType: 'RANK', direction: 'LOWER_BETTER' };
// The reform-index score of the report: 2024 is missing.
const parScore: YearPoint[] = [
  { year: 2021, value: 80.1 },
  { year: 2022, value: 82.4 },
  { year: 2023, value: 85 },
  { year: 2025, value: 82.5 },
];

describe('latestChange', () => {
  it('keeps the gap before the latest year and adds the change since the latest earlier year with a figure', () => {
    const summary = latestChange(score, parScore);
    expect(summary?.latest).toEqual({ year: 2025, value: 82.5 });
    expect(summary?.change).toMatchObject({ fromYear: 2024, toYear: 2025, fromValue: null, trend: 'NO_DATA' });
    expect(summary?.sinceEarlier).toMatchObject({ fromYear: 2023, toYear: 2025, fromValue: 85, toValue: 82.5, trend: 'WORSENED' });
    expect(summary?.sinceEarlier?.absoluteChange).toBeCloseTo(-2.5);
  });

  it('treats a year present but blank like a missing one', () => {
    const summary = latestChange(score, [{ year: 2022, value: 70 }, { year: 2023, value: null }, { year: 2024, value: 75 }]);
    expect(summary?.change).toMatchObject({ fromYear: 2023, toYear: 2024, trend: 'NO_DATA' });
    expect(summary?.sinceEarlier).toMatchObject({ fromYear: 2022, toYear: 2024, trend: 'IMPROVED' });
  });

  it('skips trailing blank years: the latest year is the latest with a figure', () => {
    const summary = latestChange(score, [{ year: 2023, value: 70 }, { year: 2024, value: 72 }, { year: 2025, value: null }]);
    expect(summary?.change).toMatchObject({ fromYear: 2023, toYear: 2024, trend: 'IMPROVED' });
    expect(summary?.sinceEarlier).toBeNull();
  });

  it('gives no earlier change when the year before has a figure', () => {
    const summary = latestChange(rank, [{ year: 2024, value: 5 }, { year: 2025, value: 3 }]);
    expect(summary?.change).toMatchObject({ fromYear: 2024, toYear: 2025, placesChange: 2, trend: 'IMPROVED' });
    expect(summary?.sinceEarlier).toBeNull();
  });

  it('gives no earlier change when nothing before the latest year has a figure', () => {
    const summary = latestChange(score, [{ year: 2023, value: null }, { year: 2025, value: 60 }]);
    expect(summary?.change).toMatchObject({ fromYear: 2024, toYear: 2025, trend: 'NO_DATA' });
    expect(summary?.sinceEarlier).toBeNull();
  });

  it('is null without any figure', () => {
    expect(latestChange(score, [{ year: 2025, value: null }])).toBeNull();
  });
});

describe('gapBridges', () => {
  it('bridges every gap from the reported year before it to the reported year after it', () => {
    const points: YearPoint[] = [
      { year: 2019, value: 1 },
      { year: 2020, value: 2 },
      { year: 2022, value: null },
      { year: 2023, value: 4 },
      { year: 2024, value: 5 },
      { year: 2025, value: 6 },
    ];
    expect(gapBridges(score, points).map((b) => [b.fromYear, b.toYear, b.absoluteChange])).toEqual([[2020, 2023, 2]]);
    expect(gapBridges(score, parScore).map((b) => [b.fromYear, b.toYear])).toEqual([[2023, 2025]]);
  });

  it('gives nothing for a series without gaps', () => {
    expect(gapBridges(score, [{ year: 2024, value: 1 }, { year: 2025, value: 2 }])).toEqual([]);
  });
});
