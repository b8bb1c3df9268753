import { describe, expect, it } from 'vitest';
import type { Period } from './model.js';
import {
  PeriodKeyError,
  comparePeriods,
  parsePeriodKey,
  periodEndYear,
  periodKey,
  periodLabel,
  periodYear,
} from './period.js';

const year2024: Period = { kind: 'YEAR', year: 2024 };
const programme: Period = { kind: 'SPAN', fromYear: 2021, toYear: 2025 };
const range: Period = { kind: 'RANGE', from: '2020-12-15', to: '2025-04-15' };
const asOfMarch: Period = { kind: 'AS_OF', date: '2025-03' };

describe('periodKey', () => {
  it('writes each kind in its own stable shape', () => {
    expect(periodKey(year2024)).toBe('2024');
    expect(periodKey(programme)).toBe('2021-2025');
    expect(periodKey(range)).toBe('2020-12-15..2025-04-15');
    expect(periodKey(asOfMarch)).toBe('@2025-03');
  });
});

describe('parsePeriodKey', () => {
  it('is the inverse of periodKey for every kind', () => {
    const periods: Period[] = [
      year2024,
      programme,
      range,
      asOfMarch,
      { kind: 'AS_OF', date: '2024-12-31' },
      { kind: 'RANGE', from: '2024-01', to: '2024-06' },
    ];
    for (const period of periods) expect(parsePeriodKey(periodKey(period))).toEqual(period);
  });

  it('accepts a one-year span and a one-day range (the boundaries of "not ending before it starts")', () => {
    expect(parsePeriodKey('2025-2025')).toEqual({ kind: 'SPAN', fromYear: 2025, toYear: 2025 });
    expect(parsePeriodKey('2025-04-15..2025-04-15')).toEqual({ kind: 'RANGE', from: '2025-04-15', to: '2025-04-15' });
  });

  it.each(['', '24', '2025-2021', '2025-13', '@2025-02-30', '@', '2025-04-16..2025-04-15', 'năm 2024', '2020..2021..2022'])(
    'rejects %j with an error quoting it',
    (key) => {
      expect(() => parsePeriodKey(key)).toThrow(PeriodKeyError);
      expect(() => parsePeriodKey(key)).toThrow(JSON.stringify(key));
    },
  );
});

describe('periodLabel', () => {
  it('labels a year "Năm 2024" in Vietnamese and "2024" in English', () => {
    expect(periodLabel(year2024, 'vi')).toBe('Năm 2024');
    expect(periodLabel(year2024, 'en')).toBe('2024');
  });

  it('labels a span with an en dash in both languages', () => {
    expect(periodLabel(programme, 'vi')).toBe('2021–2025');
    expect(periodLabel(programme, 'en')).toBe('2021–2025');
  });

  it('writes range dates day/month/year without zero padding', () => {
    expect(periodLabel(range, 'vi')).toBe('15/12/2020 – 15/4/2025');
  });

  it('labels an as-of date "đến 3/2025" / "as of 3/2025"', () => {
    expect(periodLabel(asOfMarch, 'vi')).toBe('đến 3/2025');
    expect(periodLabel(asOfMarch, 'en')).toBe('as of 3/2025');
  });
});

describe('comparePeriods', () => {
  it('orders chronologically by end date', () => {
    const sorted = [range, programme, { kind: 'YEAR', year: 2021 } as Period, asOfMarch, year2024].sort(comparePeriods);
    expect(sorted.map(periodKey)).toEqual(['2021', '2024', '@2025-03', '2020-12-15..2025-04-15', '2021-2025']);
  });

  it('puts the longer period first when two end on the same day', () => {
    const year2025: Period = { kind: 'YEAR', year: 2025 };
    expect(comparePeriods(programme, year2025)).toBeLessThan(0);
    expect(comparePeriods(year2025, programme)).toBeGreaterThan(0);
  });

  it('treats an as-of month as its last day, so it follows a range ending earlier that month', () => {
    const endOfMarch: Period = { kind: 'RANGE', from: '2025-01-01', to: '2025-03-30' };
    expect(comparePeriods(endOfMarch, asOfMarch)).toBeLessThan(0);
  });

  it('returns 0 only for the same period', () => {
    expect(comparePeriods(year2024, { kind: 'YEAR', year: 2024 })).toBe(0);
    expect(comparePeriods({ kind: 'AS_OF', date: '2024-12-31' }, { kind: 'AS_OF', date: '2024-12' })).not.toBe(0);
  });
});

describe('periodEndYear', () => {
  it('is the year in which the period ends', () => {
    expect(periodEndYear(year2024)).toBe(2024);
    expect(periodEndYear(programme)).toBe(2025);
    expect(periodEndYear(range)).toBe(2025);
    expect(periodEndYear({ kind: 'AS_OF', date: '2024-12' })).toBe(2024);
  });
});

describe('periodYear', () => {
  it('is the year of a YEAR period and null for every other kind', () => {
    expect(periodYear(year2024)).toBe(2024);
    expect(periodYear(programme)).toBeNull();
    expect(periodYear(range)).toBeNull();
    expect(periodYear(asOfMarch)).toBeNull();
  });
});
