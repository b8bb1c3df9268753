// The one home of the 0–100 % rule: which figures are percentages, and which percentages are possible.
import type { IndicatorDef } from './model.js';

/** A unit written "%" (spaces around it ignored). */
export function isPercentUnit(unit: string | null | undefined): boolean {
  return (unit ?? '').trim() === '%';
}

/** An indicator whose figures are percentages: typed so, or measured in "%". */
export function isPercentIndicator(def: Pick<IndicatorDef, 'valueType' | 'unit'>): boolean {
  return def.valueType === 'PERCENT' || isPercentUnit(def.unit);
}

/** A percentage lies within 0–100, both ends included. */
export function isPossiblePercent(value: number): boolean {
  return value >= 0 && value <= 100;
}
