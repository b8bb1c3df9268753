import { describe, expect, it } from 'vitest';
import { derivedRatio } from './ratio.js';

describe('derivedRatio', () => {
  it('is numerator ÷ denominator × 100', () => {
    expect(derivedRatio(25, 200)).toEqual({ value: 12.5, reason: 'OK' });
    expect(derivedRatio(3, 3)).toEqual({ value: 100, reason: 'OK' });
  });

  it('is 0 when the numerator is 0 and the denominator is not (a real zero, not a gap)', () => {
    expect(derivedRatio(0, 5)).toEqual({ value: 0, reason: 'OK' });
  });

  it('is missing, never 0, when either component is missing', () => {
    expect(derivedRatio(null, 5)).toEqual({ value: null, reason: 'MISSING_COMPONENT' });
    expect(derivedRatio(5, null)).toEqual({ value: null, reason: 'MISSING_COMPONENT' });
    expect(derivedRatio(null, null)).toEqual({ value: null, reason: 'MISSING_COMPONENT' });
  });

  it('is undefined when the denominator is exactly zero', () => {
    expect(derivedRatio(5, 0)).toEqual({ value: null, reason: 'ZERO_DENOMINATOR' });
    expect(derivedRatio(0, 0)).toEqual({ value: null, reason: 'ZERO_DENOMINATOR' });
  });

  it('reports a missing component before a zero denominator', () => {
    expect(derivedRatio(null, 0).reason).toBe('MISSING_COMPONENT');
  });

  it('keeps a part larger than its whole above 100 rather than capping it (validation flags it)', () => {
    expect(derivedRatio(6, 4).value).toBe(150);
  });
});
