import { describe, expect, it } from 'vitest';
import { targetProgress, targetUnits, type TargetProgressInput } from './target-progress.js';

const input = (actuals: TargetProgressInput['actuals']): TargetProgressInput => ({
  comparator: 'AT_LEAST',
  targetValue: 95,
  targetYear: 2030,
  baseline: { year: 2025, value: 80 },
  milestones: [{ year: 2027, value: 90 }],
  direction: 'HIGHER_BETTER',
  fromYear: 2026,
  actuals,
});

describe('targetProgress', () => {
  it('explains the status from the latest approved actual: 2027 = 92 against milestone 90 is on track', () => {
    const { approved, draft } = targetProgress(input([{ year: 2027, value: 92, approved: true }]));
    expect(approved.status).toBe('ON_TRACK');
    expect(approved.reason).toEqual({ code: 'AT_MILESTONE', year: 2027, actual: 92, milestone: 90, baselineYear: 2025, baseline: 80 });
    expect(approved.explanation.vi).toContain('Năm 2027: thực hiện 92, mốc 90');
    expect(draft).toBeNull();
  });

  it('ignores draft actuals for the status of record and shows the latest one apart with the status it would give', () => {
    const { approved, draft } = targetProgress(input([{ year: 2026, value: 95, approved: false }]));
    expect(approved.status).toBe('NO_DATA');
    expect(approved.reason).toEqual({ code: 'NO_ACTUAL', baselineYear: 2025 });
    expect(draft).toMatchObject({ year: 2026, value: 95, wouldBe: { status: 'ACHIEVED' } });
  });

  it('does not count actuals before the programme, even approved ones', () => {
    expect(targetProgress({ ...input([{ year: 2025, value: 99, approved: true }]), baseline: { year: 2024, value: 80 } }).approved.status).toBe('NO_DATA');
  });

  it('shows no draft when the latest draft is not later than the latest approved actual', () => {
    const result = targetProgress(input([
      { year: 2026, value: 70, approved: false },
      { year: 2027, value: 92, approved: true },
    ]));
    expect(result.draft).toBeNull();
  });

  it('gives the progress share as a parameter when short of the milestone', () => {
    const { approved } = targetProgress(input([{ year: 2027, value: 89, approved: true }]));
    expect(approved).toMatchObject({ status: 'AT_RISK', reason: { code: 'PROGRESS', percent: 90 } });
  });
});

describe('targetUnits', () => {
  it('reads a staff reduction stated in % in the indicator’s unit: baseline 17 người, ceiling 13,6 người', () => {
    expect(targetUnits('REDUCE_BY_AT_LEAST', '%', 'người')).toEqual({ stated: '%', measure: 'người' });
  });

  it('measures an absolute target in its indicator’s unit, else in the stated unit', () => {
    expect(targetUnits('AT_LEAST', '%', '%')).toEqual({ stated: '%', measure: '%' });
    expect(targetUnits('AT_LEAST', '%', null)).toEqual({ stated: '%', measure: '%' });
    expect(targetUnits('AT_MOST', 'người', ' ')).toEqual({ stated: 'người', measure: 'người' });
  });
});
