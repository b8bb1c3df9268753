import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  VietnameseNumberError,
  formatNumber,
  roundLikeFormatted,
  formatPercent,
  formatRank,
  formatVietnameseNumber,
  parseRank,
  parseVietnameseNumber,
} from './vn-number.js';

describe('parseVietnameseNumber', () => {
  it('reads blank and whitespace-only text as missing (null), never 0', () => {
    expect(parseVietnameseNumber('')).toBeNull();
    expect(parseVietnameseNumber('   ')).toBeNull();
    expect(parseVietnameseNumber('\t\n')).toBeNull();
  });

  it('reads a comma as the decimal mark', () => {
    expect(parseVietnameseNumber('80,5')).toBe(80.5);
    expect(parseVietnameseNumber('17759,720212')).toBe(17759.720212);
    expect(parseVietnameseNumber('0,5')).toBe(0.5);
  });

  it('reads a dot followed by exactly three digits as a thousands separator', () => {
    expect(parseVietnameseNumber('16.807')).toBe(16807);
    expect(parseVietnameseNumber('1.234.567,5')).toBe(1234567.5);
    expect(parseVietnameseNumber('1.000')).toBe(1000);
  });

  it('reads zero-padded counts as plain integers', () => {
    expect(parseVietnameseNumber('03')).toBe(3);
    expect(parseVietnameseNumber('09')).toBe(9);
    expect(parseVietnameseNumber('0')).toBe(0);
  });

  it('reads a leading minus and ignores surrounding whitespace', () => {
    expect(parseVietnameseNumber('-2,5')).toBe(-2.5);
    expect(parseVietnameseNumber('  42 ')).toBe(42);
    expect(Object.is(parseVietnameseNumber('-0'), 0)).toBe(true);
  });

  it('drops a trailing percent sign and keeps the value in percent units', () => {
    expect(parseVietnameseNumber('98,37%')).toBe(98.37);
    expect(parseVietnameseNumber('100 %')).toBe(100);
  });

  it.each([
    ['1.5', 'three digits'],
    ['12.34', 'three digits'],
    ['80.5', 'three digits'],
    ['1.2345', 'three digits'],
    ['0.123', 'three digits'],
    ['1,234,567', 'only once'],
    ['abc', 'only digits'],
    ['5/23', 'only digits'],
    ['1..2', 'between digits'],
    [',5', 'before the decimal comma'],
    ['5,', 'followed by digits'],
    ['-', 'no digits'],
    ['%', 'no digits'],
    ['1 234', 'only digits'],
  ])('rejects ambiguous or malformed %j with an error that quotes it', (text, reason) => {
    let error: unknown;
    try {
      parseVietnameseNumber(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(VietnameseNumberError);
    expect((error as VietnameseNumberError).text).toBe(text);
    expect((error as VietnameseNumberError).message).toContain(JSON.stringify(text));
    expect((error as VietnameseNumberError).message).toContain(reason);
  });
});

describe('parseRank', () => {
  it('reads "k/N" as rank k of N units', () => {
    expect(parseRank('5/23')).toEqual({ rank: 5, of: 23 });
    expect(parseRank(' 12 / 22 ')).toEqual({ rank: 12, of: 22 });
  });

  it('accepts rank 1 of 1 (the lowest valid boundary)', () => {
    expect(parseRank('1/1')).toEqual({ rank: 1, of: 1 });
  });

  it('leaves rank > N to validation rather than rejecting it', () => {
    expect(parseRank('24/23')).toEqual({ rank: 24, of: 23 });
  });

  it.each(['0/23', '5/0', '5', '5/23/1', 'a/b', '5,5/23', '', '-1/23'])('rejects %j', (text) => {
    expect(() => parseRank(text)).toThrow(VietnameseNumberError);
  });
});

describe('formatVietnameseNumber', () => {
  it('groups thousands with a dot and marks decimals with a comma', () => {
    expect(formatVietnameseNumber(16807)).toBe('16.807');
    expect(formatVietnameseNumber(80.5)).toBe('80,5');
    expect(formatVietnameseNumber(1234567.5)).toBe('1.234.567,5');
    expect(formatVietnameseNumber(17759.720212)).toBe('17.759,720212');
  });

  it('respects minimum and maximum fraction digits', () => {
    expect(formatVietnameseNumber(80.5, { minimumFractionDigits: 2 })).toBe('80,50');
    expect(formatVietnameseNumber(2 / 3, { maximumFractionDigits: 2 })).toBe('0,67');
    expect(formatVietnameseNumber(3, { minimumFractionDigits: 3, maximumFractionDigits: 1 })).toBe('3,000');
  });

  it('never prints "-0"', () => {
    expect(formatVietnameseNumber(-0)).toBe('0');
    expect(formatVietnameseNumber(-0.0000001)).toBe('0');
  });

  it('round-trips every integer through parseVietnameseNumber', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseVietnameseNumber(formatVietnameseNumber(n))).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it('round-trips decimals with up to six fraction digits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 6 }),
        (scaled, digits) => {
          const value = scaled / 10 ** digits;
          const text = formatVietnameseNumber(value, { maximumFractionDigits: 6 });
          expect(parseVietnameseNumber(text)).toBe(value === 0 ? 0 : value);
        },
      ),
    );
  });
});

describe('formatNumber', () => {
  it('shows a missing value as blank, not 0', () => {
    expect(formatNumber(null, 'vi')).toBe('');
    expect(formatNumber(null, 'en')).toBe('');
  });

  it('uses vi-VN conventions for vi and en-US for en', () => {
    expect(formatNumber(16807, 'vi')).toBe('16.807');
    expect(formatNumber(80.5, 'vi')).toBe('80,5');
    expect(formatNumber(16807, 'en')).toBe('16,807');
    expect(formatNumber(80.5, 'en')).toBe('80.5');
  });

  it('refuses non-finite numbers instead of printing them', () => {
    expect(() => formatNumber(Number.NaN, 'vi')).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY, 'en')).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it('appends a percent sign to a value in percent units', () => {
    expect(formatPercent(98.37, 'vi')).toBe('98,37%');
    expect(formatPercent(98.37, 'en')).toBe('98.37%');
    expect(formatPercent(100)).toBe('100%');
  });

  it('shows a missing percentage as blank', () => {
    expect(formatPercent(null, 'vi')).toBe('');
  });
});

describe('formatRank', () => {
  it('prints "k/N" as the reports do', () => {
    expect(formatRank(5, 23)).toBe('5/23');
  });

  it('round-trips through parseRank', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), (rank, of) => {
        expect(parseRank(formatRank(rank, of))).toEqual({ rank, of });
      }),
    );
  });
});

describe('roundLikeFormatted', () => {
  it('drops float noise at the six fraction digits formatNumber shows', () => {
    expect(roundLikeFormatted(91.88 - 91.43)).toBe(0.45);
    expect(roundLikeFormatted(-2.760000000000005)).toBe(-2.76);
    expect(roundLikeFormatted(17759.720212)).toBe(17759.720212);
  });

  it('gives the number formatNumber prints, for any fraction digits', () => {
    for (const [value, digits] of [[1.23456789, 6], [2.5, 0], [-2.5, 0], [0.125, 2], [1234.5678, 1]] as const) {
      expect(formatNumber(roundLikeFormatted(value, digits), 'en', { maximumFractionDigits: digits }).replace(/,/g, '')).toBe(
        formatNumber(value, 'en', { maximumFractionDigits: digits }).replace(/,/g, ''),
      );
    }
  });

  it('never gives -0', () => {
    expect(Object.is(roundLikeFormatted(-0.0000001), 0)).toBe(true);
  });
});
