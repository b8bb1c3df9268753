// The target editor's form state: it reads the planner's text into numbers and asks the domain's `targetProblems`
// — the rules the API enforces at its boundary — what is wrong with each field.
import {
  COMPARATORS,
  isComparator,
  milestoneField,
  programmeYears,
  targetProblems,
  yearsOf,
  type Comparator,
  type ProgrammeYears,
  type TargetProblem,
  type TargetProblemCode,
} from '@cchc/domain';
import type { Locale } from '../../../i18n';
import { parseInputNumber } from './parseInputNumber';

export { COMPARATORS, milestoneField, programmeYears, type ProgrammeYears };

export interface TargetDraft {
  text: string;
  comparator: Comparator | '';
  value: string;
  unit: string;
  indicatorCode: string;
  baselineYear: string;
  baselineValue: string;
  owner: string;
  /** One row per programme year; a blank value means "no milestone set", not 0. */
  milestones: { year: number; value: string }[];
}

export interface TargetInput {
  text: string;
  comparator: Comparator;
  value: number;
  unit: string;
  indicatorCode: string;
  baseline: { year: number; value: number } | null;
  owner: string | null;
  milestones: { year: number; value: number }[];
}

/** A field's error as an i18n key with its parameters, so it shows in the current language. */
export interface FieldError {
  key: string;
  params?: Record<string, string | number>;
}

export type DraftErrors = Partial<Record<string, FieldError>>;

/** The i18n key that words each of the domain's target problems. */
const PROBLEM_KEYS: Record<TargetProblemCode, string> = {
  REQUIRED: 'validation.required',
  TOO_LONG: 'validation.tooLong',
  TOO_MANY: 'validation.tooMany',
  UNKNOWN_COMPARATOR: 'validation.comparator',
  NOT_A_NUMBER: 'validation.notNumber',
  NEGATIVE: 'validation.negative',
  PERCENT_OUT_OF_RANGE: 'validation.percentRange',
  NOT_A_YEAR: 'validation.year',
  BASELINE_NOT_BEFORE_PROGRAMME: 'validation.baselineBefore',
  BASELINE_NEEDED: 'validation.baselineNeeded',
  YEAR_OUTSIDE_PROGRAMME: 'validation.yearOutside',
  YEAR_REPEATED: 'validation.yearRepeated',
};

/** A problem the domain (or the API, which sends the same codes) found, as the form shows it. */
export function fieldError(problem: Pick<TargetProblem, 'code' | 'params'>): FieldError {
  return problem.params
    ? { key: PROBLEM_KEYS[problem.code], params: problem.params }
    : { key: PROBLEM_KEYS[problem.code] };
}

/** The `problems` a BAD_USER_INPUT error carries: the domain's target problems, found again by the server. */
export function serverProblems(value: unknown): TargetProblem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (p): p is TargetProblem =>
      typeof p === 'object' &&
      p !== null &&
      typeof p.field === 'string' &&
      typeof p.code === 'string' &&
      p.code in PROBLEM_KEYS,
  );
}

export function validateTargetDraft(
  draft: TargetDraft,
  locale: Locale,
  programme: ProgrammeYears,
): { errors: DraftErrors; input: TargetInput | null } {
  const errors: DraftErrors = {};
  // Text the planner typed that is not a number is the form's own problem; every other rule is the domain's.
  const number = (field: string, text: string): number | null => {
    const parsed = parseInputNumber(text, locale);
    if (parsed.ok) return parsed.value;
    errors[field] = { key: 'validation.notNumber', params: { text: text.trim() } };
    return null;
  };
  const value = number('value', draft.value);
  const baselineValue = number('baselineValue', draft.baselineValue);
  const yearText = draft.baselineYear.trim();
  const baselineYear = yearText === '' ? null : /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
  const milestones = draft.milestones.map((m) => ({
    year: m.year,
    value: number(milestoneField(m.year), m.value),
  }));

  const problems = targetProblems(
    {
      text: draft.text,
      comparator: draft.comparator || null,
      value,
      unit: draft.unit,
      indicatorCode: draft.indicatorCode,
      baselineYear,
      baselineValue,
      owner: draft.owner,
      milestones,
    },
    programme,
  );
  for (const problem of problems) {
    // A field whose text could not be read keeps that message; "required" would only repeat it less helpfully.
    if (!errors[problem.field]) errors[problem.field] = fieldError(problem);
  }

  if (Object.keys(errors).length > 0 || value === null || !isComparator(draft.comparator))
    return { errors, input: null };
  const owner = draft.owner.trim();
  return {
    errors,
    input: {
      text: draft.text.trim(),
      comparator: draft.comparator,
      value,
      unit: draft.unit.trim(),
      indicatorCode: draft.indicatorCode.trim(),
      baseline:
        baselineYear !== null && baselineValue !== null ? { year: baselineYear, value: baselineValue } : null,
      owner: owner || null,
      milestones: milestones.flatMap((m) => (m.value === null ? [] : [{ year: m.year, value: m.value }])),
    },
  };
}

export interface TargetLike {
  text: string;
  comparator: string;
  value: number;
  unit: string;
  owner?: string | null;
  indicator?: { code: string } | null;
  baseline?: { year: number; value: number } | null;
  milestones: readonly { year: number; value: number }[];
}

export function draftFromTarget(
  target: TargetLike | null,
  programme: ProgrammeYears,
  formatValue: (value: number) => string,
): TargetDraft {
  const years = yearsOf(programme);
  const milestone = (year: number) => target?.milestones.find((m) => m.year === year)?.value;
  return {
    text: target?.text ?? '',
    comparator: isComparator(target?.comparator) ? target.comparator : '',
    value: target ? formatValue(target.value) : '',
    unit: target?.unit ?? '%',
    indicatorCode: target?.indicator?.code ?? '',
    baselineYear: target?.baseline ? String(target.baseline.year) : '',
    baselineValue: target?.baseline ? formatValue(target.baseline.value) : '',
    owner: target?.owner ?? '',
    milestones: years.map((year) => {
      const value = milestone(year);
      return { year, value: value === undefined ? '' : formatValue(value) };
    }),
  };
}

/** The editable fields whose value differs between a saved target and the checked input: what updateTarget sends. */
export function changedFields(target: TargetLike, input: TargetInput) {
  const changes: Partial<Omit<TargetInput, 'milestones'>> = {};
  if (input.text !== target.text) changes.text = input.text;
  if (input.comparator !== target.comparator) changes.comparator = input.comparator;
  if (input.value !== target.value) changes.value = input.value;
  if (input.unit !== target.unit) changes.unit = input.unit;
  if (input.owner !== (target.owner ?? null)) changes.owner = input.owner;
  if (input.indicatorCode !== (target.indicator?.code ?? '')) changes.indicatorCode = input.indicatorCode;
  const before = target.baseline ?? null;
  if (before?.year !== input.baseline?.year || before?.value !== input.baseline?.value)
    changes.baseline = input.baseline;
  const milestonesChanged =
    input.milestones.length !== target.milestones.length ||
    input.milestones.some((m) => target.milestones.find((t) => t.year === m.year)?.value !== m.value);
  return { changes, milestonesChanged };
}

/** The form's fields as the domain's merge compares them: one entry per field, one per milestone year. */
export function draftEditFields(draft: TargetDraft): Record<string, string> {
  const fields: Record<string, string> = {
    text: draft.text.trim(),
    comparator: draft.comparator,
    value: draft.value.trim(),
    unit: draft.unit.trim(),
    indicatorCode: draft.indicatorCode.trim(),
    baselineYear: draft.baselineYear.trim(),
    baselineValue: draft.baselineValue.trim(),
    owner: draft.owner.trim(),
  };
  for (const m of draft.milestones) fields[milestoneField(m.year)] = m.value.trim();
  return fields;
}

/** The form again from merged fields (the programme's years in order). */
export function draftFromEditFields(fields: Record<string, string | undefined>, years: readonly number[]): TargetDraft {
  const text = (key: string) => fields[key] ?? '';
  const comparator = text('comparator');
  return {
    text: text('text'),
    comparator: isComparator(comparator) ? comparator : '',
    value: text('value'),
    unit: text('unit'),
    indicatorCode: text('indicatorCode'),
    baselineYear: text('baselineYear'),
    baselineValue: text('baselineValue'),
    owner: text('owner'),
    milestones: years.map((year) => ({ year, value: text(milestoneField(year)) })),
  };
}

/** The target as saved now, as a CONFLICT carries it (`extensions.currentTarget`): who saved it and when included. */
export interface SavedTarget extends TargetLike {
  id: string;
  version: number;
  savedBy: string | null;
  savedAt: string | null;
}

/** Reads the saved target out of a CONFLICT's extensions; null when it is not there or not shaped like one. */
export function savedTargetOf(extensions: Record<string, unknown>): SavedTarget | null {
  const t = extensions['currentTarget'];
  if (typeof t !== 'object' || t === null) return null;
  const r = t as Record<string, unknown>;
  if (typeof r['version'] !== 'number' || typeof r['text'] !== 'string' || typeof r['value'] !== 'number') return null;
  const yearValue = (v: unknown) =>
    typeof v === 'object' && v !== null && typeof (v as { year?: unknown }).year === 'number' && typeof (v as { value?: unknown }).value === 'number'
      ? { year: (v as { year: number }).year, value: (v as { value: number }).value }
      : null;
  return {
    id: String(r['id']),
    version: r['version'],
    text: r['text'],
    comparator: String(r['comparator'] ?? ''),
    value: r['value'],
    unit: String(r['unit'] ?? ''),
    owner: typeof r['owner'] === 'string' ? r['owner'] : null,
    indicator: typeof r['indicatorCode'] === 'string' ? { code: r['indicatorCode'] } : null,
    baseline: yearValue(r['baseline']),
    milestones: Array.isArray(r['milestones']) ? r['milestones'].flatMap((m) => yearValue(m) ?? []) : [],
    savedBy: typeof r['savedBy'] === 'string' ? r['savedBy'] : null,
    savedAt: typeof r['savedAt'] === 'string' ? r['savedAt'] : null,
  };
}
