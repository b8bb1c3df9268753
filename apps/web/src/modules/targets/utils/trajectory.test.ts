import { describe, expect, it } from 'vitest';
import { trajectoryPoints } from './trajectory';

describe('trajectoryPoints', () => {
  it('covers every programme year even without a baseline, milestone or actual', () => {
    expect(trajectoryPoints(null, [], [], 2030, 2026).map((p) => p.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
  });

  it('starts at the baseline or the first actual when that is earlier than the programme', () => {
    const points = trajectoryPoints({ year: 2024, value: 91.88 }, [{ year: 2027, value: 93 }], [{ year: 2022, value: 70 }], 2030, 2026);
    expect(points[0]).toEqual({ year: 2022, planned: null, actual: 70 });
    expect(points.find((p) => p.year === 2024)?.planned).toBe(91.88);
    expect(points.find((p) => p.year === 2027)?.planned).toBe(93);
    expect(points.find((p) => p.year === 2028)).toEqual({ year: 2028, planned: null, actual: null });
  });
});
