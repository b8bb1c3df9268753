// The one home of a target's field rules: the web form shows these problems beside each field as the planner types,
// and the API refuses the same problems at its boundary, so the two cannot drift apart.
import { COMPARATORS, type Comparator } from './model.js';
import { isPercentUnit, isPossiblePercent } from './percent.js';
import type { ProgrammeYears } from './programme.js';

/** Length and count limits of a target's fields (characters, after trimming; milestones per target). */
export const TARGET_LIMITS = {
  text: 1000,
  unit: 100,
  owner: 200,
  indicatorCode: 64,
  milestones: 20,
} as const;

/** The years a baseline or milestone may name at all. */
export const TARGET_YEAR_RANGE = { min: 1990, max: 2100 } as const;

/** A target's fields as values: numbers already read from the user's text, blanks as null. */
export interface TargetFields {
  text: string;
  comparator: string | null;
  value: number | null;
  unit: string;
  indicatorCode: string;
  baselineYear: number | null;
  baselineValue: number | null;
  owner: string | null;
  milestones: readonly { year: number; value: number | null }[];
}

export type TargetProblemCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'TOO_MANY'
  | 'UNKNOWN_COMPARATOR'
  | 'NOT_A_NUMBER'
  | 'NEGATIVE'
  | 'PERCENT_OUT_OF_RANGE'
  | 'NOT_A_YEAR'
  | 'BASELINE_NOT_BEFORE_PROGRAMME'
  | 'BASELINE_NEEDED'
  | 'YEAR_OUTSIDE_PROGRAMME'
  | 'YEAR_REPEATED';

/**
 * One problem of one field. `field` is `text`, `comparator`, `value`, `unit`, `indicatorCode`, `baselineYear`,
 * `baselineValue`, `owner`, `milestones` (the list itself) or `milestones.<year>` (one milestone).
 */
export interface TargetProblem {
  field: string;
  code: TargetProblemCode;
  params?: Record<string, number | string>;
}

export function milestoneField(year: number): string {
  return `milestones.${year}`;
}

export function isComparator(value: string | null | undefined): value is Comparator {
  return (COMPARATORS as readonly string[]).includes(value ?? '');
}

function isYear(year: number): boolean {
  return Number.isInteger(year) && year >= TARGET_YEAR_RANGE.min && year <= TARGET_YEAR_RANGE.max;
}

/**
 * Every problem of a target's fields within its programme, at most one per field, in the order of the form:
 * - text, comparator, value, unit and indicator code are required; text, unit, owner and indicator code have a length limit;
 * - the value and the baseline value are not negative (targets count things or rates); any value in "%" lies in 0–100;
 * - a baseline has both a year and a value, or neither; its year comes before the programme's first year; a
 *   "reduce by at least" target needs one (it is relative to it);
 * - milestones fall within the programme, one per year, at most TARGET_LIMITS.milestones.
 */
export function targetProblems(fields: TargetFields, programme: ProgrammeYears): TargetProblem[] {
  const problems = new Map<string, TargetProblem>();
  const add = (field: string, code: TargetProblemCode, params?: TargetProblem['params']) => {
    if (!problems.has(field)) problems.set(field, params ? { field, code, params } : { field, code });
  };
  const percent = isPercentUnit(fields.unit);
  const checkValue = (field: string, value: number | null) => {
    if (value === null) return;
    if (!Number.isFinite(value)) add(field, 'NOT_A_NUMBER');
    else if (value < 0) add(field, 'NEGATIVE');
    else if (percent && !isPossiblePercent(value)) add(field, 'PERCENT_OUT_OF_RANGE');
  };
  const checkText = (field: keyof typeof TARGET_LIMITS, text: string | null, required: boolean) => {
    const trimmed = (text ?? '').trim();
    if (!trimmed) {
      if (required) add(field, 'REQUIRED');
    } else if (trimmed.length > TARGET_LIMITS[field]) add(field, 'TOO_LONG', { max: TARGET_LIMITS[field] });
  };

  checkText('text', fields.text, true);
  if (!fields.comparator) add('comparator', 'REQUIRED');
  else if (!isComparator(fields.comparator))
    add('comparator', 'UNKNOWN_COMPARATOR', { comparator: fields.comparator });
  if (fields.value === null) add('value', 'REQUIRED');
  checkValue('value', fields.value);
  checkText('unit', fields.unit, true);
  checkText('owner', fields.owner, false);
  checkText('indicatorCode', fields.indicatorCode, true);

  const { baselineYear, baselineValue } = fields;
  if (baselineYear !== null) {
    if (!isYear(baselineYear)) add('baselineYear', 'NOT_A_YEAR');
    else if (baselineYear >= programme.startYear)
      add('baselineYear', 'BASELINE_NOT_BEFORE_PROGRAMME', { year: programme.startYear });
    if (baselineValue === null) add('baselineValue', 'REQUIRED');
  } else if (baselineValue !== null) add('baselineYear', 'REQUIRED');
  else if (fields.comparator === 'REDUCE_BY_AT_LEAST') add('baselineYear', 'BASELINE_NEEDED');
  checkValue('baselineValue', baselineValue);

  if (fields.milestones.length > TARGET_LIMITS.milestones)
    add('milestones', 'TOO_MANY', { max: TARGET_LIMITS.milestones });
  const seen = new Set<number>();
  for (const m of fields.milestones) {
    const field = milestoneField(m.year);
    if (!Number.isInteger(m.year) || m.year < programme.startYear || m.year > programme.endYear)
      add(field, 'YEAR_OUTSIDE_PROGRAMME', {
        year: m.year,
        from: programme.startYear,
        to: programme.endYear,
      });
    else if (seen.has(m.year)) add(field, 'YEAR_REPEATED', { year: m.year });
    seen.add(m.year);
    checkValue(field, m.value);
  }
  return [...problems.values()];
}
