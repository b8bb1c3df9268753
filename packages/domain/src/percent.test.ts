import { describe, expect, it } from 'vitest';
import { isPercentIndicator, isPercentUnit, isPossiblePercent } from './percent.js';

describe('isPercentUnit', () => {
  it('is true for "%" with or without spaces around it, and false for any other unit or none', () => {
    expect(isPercentUnit('%')).toBe(true);
    expect(isPercentUnit(' % ')).toBe(true);
    expect(isPercentUnit('người')).toBe(false);
    expect(isPercentUnit('%/năm')).toBe(false);
    expect(isPercentUnit(null)).toBe(false);
  });
});

describe('isPercentIndicator', () => {
  it('is true when typed PERCENT even without a unit, or when measured in "%"', () => {
    expect(isPercentIndicator({ valueType: 'PERCENT', unit: null })).toBe(true);
    expect(isPercentIndicator({ valueType: 'NUMBER', unit: '%' })).toBe(true);
    expect(isPercentIndicator({ valueType: 'COUNT', unit: 'Hồ sơ' })).toBe(false);
  });
});

describe('isPossiblePercent', () => {
  it('accepts both ends, 0 and 100, and refuses anything past them', () => {
    expect(isPossiblePercent(0)).toBe(true);
    expect(isPossiblePercent(100)).toBe(true);
    expect(isPossiblePercent(100.01)).toBe(false);
    expect(isPossiblePercent(-0.01)).toBe(false);
  });
});
