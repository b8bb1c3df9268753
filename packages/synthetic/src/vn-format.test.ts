import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVietnameseNumber, parseVietnameseNumber } from '@cchc/domain';
import { formatVietnamese } from './vn-format.js';

describe('formatVietnamese', () => {
  it('writes what the domain formatter writes, and the domain parser reads it back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const value = n / 10 ** decimals;
        expect(formatVietnamese(value)).toBe(formatVietnameseNumber(value));
        expect(parseVietnameseNumber(formatVietnamese(value))).toBe(value);
      }),
    );
  });
  it('groups thousands with dots and marks decimals with a comma', () => {
    expect(formatVietnamese(16807)).toBe('16.807');
    expect(formatVietnamese(80.5)).toBe('80,5');
    expect(formatVietnamese(17759.72)).toBe('17.759,72');
  });
});
