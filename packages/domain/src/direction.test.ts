import { describe, expect, it } from 'vitest';
import { isImprovement, isWorsening } from './direction.js';

describe('isImprovement', () => {
  it('is an increase for a higher-better indicator', () => {
    expect(isImprovement('HIGHER_BETTER', 0.1)).toBe(true);
    expect(isImprovement('HIGHER_BETTER', -0.1)).toBe(false);
  });

  it('is a decrease for a lower-better indicator', () => {
    expect(isImprovement('LOWER_BETTER', -1)).toBe(true);
    expect(isImprovement('LOWER_BETTER', 1)).toBe(false);
  });

  it('is never a zero change', () => {
    expect(isImprovement('HIGHER_BETTER', 0)).toBe(false);
    expect(isImprovement('LOWER_BETTER', 0)).toBe(false);
  });

  it('is never a change of a neutral indicator', () => {
    expect(isImprovement('NEUTRAL', 5)).toBe(false);
    expect(isImprovement('NEUTRAL', -5)).toBe(false);
  });
});

describe('isWorsening', () => {
  it('mirrors isImprovement for directed indicators', () => {
    expect(isWorsening('HIGHER_BETTER', -1)).toBe(true);
    expect(isWorsening('LOWER_BETTER', 1)).toBe(true);
    expect(isWorsening('HIGHER_BETTER', 1)).toBe(false);
  });

  it('is never a zero change nor a neutral change', () => {
    expect(isWorsening('LOWER_BETTER', 0)).toBe(false);
    expect(isWorsening('NEUTRAL', -3)).toBe(false);
  });
});
