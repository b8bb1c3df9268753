// Whether a change is good news, given the indicator's direction. The single rule yoy and target status share.
import type { Direction } from './model.js';

/**
 * True when `delta` (later − earlier) moves the indicator the right way: up for HIGHER_BETTER, down for LOWER_BETTER.
 * A zero change and any change of a NEUTRAL indicator are not improvements.
 */
export function isImprovement(direction: Direction, delta: number): boolean {
  if (direction === 'HIGHER_BETTER') return delta > 0;
  if (direction === 'LOWER_BETTER') return delta < 0;
  return false;
}

/** True when `delta` moves the indicator the wrong way; never for a zero change or a NEUTRAL indicator. */
export function isWorsening(direction: Direction, delta: number): boolean {
  if (direction === 'HIGHER_BETTER') return delta < 0;
  if (direction === 'LOWER_BETTER') return delta > 0;
  return false;
}
