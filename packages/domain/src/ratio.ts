// The ratio of a "Tỷ lệ …" indicator derived from its components: numerator ÷ denominator × 100.

export type RatioReason = 'OK' | 'MISSING_COMPONENT' | 'ZERO_DENOMINATOR';

export interface DerivedRatio {
  value: number | null;
  reason: RatioReason;
}

/**
 * A missing component makes the ratio missing (never 0), and a zero denominator makes it undefined: both give a null
 * value with the reason, so validation can say which.
 */
export function derivedRatio(numerator: number | null, denominator: number | null): DerivedRatio {
  if (numerator === null || denominator === null) return { value: null, reason: 'MISSING_COMPONENT' };
  if (denominator === 0) return { value: null, reason: 'ZERO_DENOMINATOR' };
  return { value: (numerator / denominator) * 100, reason: 'OK' };
}
