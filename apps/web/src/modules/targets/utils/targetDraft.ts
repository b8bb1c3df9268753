// The target editor's form state and its field-level validation (the same bounds the API enforces at its boundary).
import { COMPARATORS as DOMAIN_COMPARATORS, type Comparator } from '@cchc/domain';
import type { Locale } from '../../../i18n';
import { parseInputNumber } from './parseInputNumber';

export const COMPARATORS: Comparator[] = [...DOMAIN_COMPARATORS];
export const TEXT_MAX = 1000;
export const SHORT_TEXT_MAX = 200;

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

export interface ProgrammeYears {
  startYear: number;
  endYear: number;
}

export function milestoneField(year: number): string {
  return `milestones.${year}`;
}

function isPercent(unit: string): boolean {
  return unit.trim() === '%';
}

export function validateTargetDraft(
  draft: TargetDraft,
  locale: Locale,
  programme: ProgrammeYears,
): { errors: DraftErrors; input: TargetInput | null } {
  const errors: DraftErrors = {};
  const percent = isPercent(draft.unit);
  const inRange = (field: string, value: number) => {
    if (percent && (value < 0 || value > 100)) errors[field] = { key: 'validation.percentRange' };
  };
  const number = (field: string, text: string, required: boolean): number | null => {
    const parsed = parseInputNumber(text, locale);
    if (!parsed.ok) {
      errors[field] = { key: 'validation.notNumber', params: { text: text.trim() } };
      return null;
    }
    if (parsed.value === null) {
      if (required) errors[field] = { key: 'validation.required' };
      return null;
    }
    inRange(field, parsed.value);
    return parsed.value;
  };

  const text = draft.text.trim();
  if (!text) errors.text = { key: 'validation.required' };
  else if (text.length > TEXT_MAX) errors.text = { key: 'validation.tooLong', params: { max: TEXT_MAX } };

  if (!draft.comparator) errors.comparator = { key: 'validation.required' };
  else if (!COMPARATORS.includes(draft.comparator)) errors.comparator = { key: 'validation.comparator' };

  const unit = draft.unit.trim();
  if (!unit) errors.unit = { key: 'validation.required' };
  else if (unit.length > SHORT_TEXT_MAX) errors.unit = { key: 'validation.tooLong', params: { max: SHORT_TEXT_MAX } };

  const value = number('value', draft.value, true);
  if (value !== null && value < 0) errors.value = { key: 'validation.negative' };

  const owner = draft.owner.trim();
  if (owner.length > SHORT_TEXT_MAX) errors.owner = { key: 'validation.tooLong', params: { max: SHORT_TEXT_MAX } };

  // Every target is measured by an indicator (an existing one, or one created for it).
  const indicatorCode = draft.indicatorCode.trim();
  if (!indicatorCode) errors.indicatorCode = { key: 'validation.required' };
  else if (indicatorCode.length > SHORT_TEXT_MAX) errors.indicatorCode = { key: 'validation.tooLong', params: { max: SHORT_TEXT_MAX } };

  // Baseline: both parts or neither; a relative target ("giảm … so với năm 2025") needs one to mean anything.
  let baseline: TargetInput['baseline'] = null;
  const yearText = draft.baselineYear.trim();
  const baselineValue = number('baselineValue', draft.baselineValue, yearText !== '');
  if (yearText) {
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText)) errors.baselineYear = { key: 'validation.year' };
    else if (year >= programme.startYear)
      errors.baselineYear = { key: 'validation.baselineBefore', params: { year: programme.startYear } };
    else if (baselineValue !== null) baseline = { year, value: baselineValue };
  } else if (baselineValue !== null) errors.baselineYear = { key: 'validation.required' };
  if (draft.comparator === 'REDUCE_BY_AT_LEAST' && !yearText && !errors.baselineYear)
    errors.baselineYear = { key: 'validation.baselineNeeded' };

  const milestones: TargetInput['milestones'] = [];
  for (const m of draft.milestones) {
    const field = milestoneField(m.year);
    if (m.year < programme.startYear || m.year > programme.endYear) {
      errors[field] = { key: 'validation.yearOutside', params: { from: programme.startYear, to: programme.endYear } };
      continue;
    }
    const v = number(field, m.value, false);
    if (v !== null && !errors[field]) milestones.push({ year: m.year, value: v });
  }

  if (Object.keys(errors).length > 0 || value === null || !draft.comparator) return { errors, input: null };
  return {
    errors,
    input: {
      text,
      comparator: draft.comparator,
      value,
      unit,
      indicatorCode,
      baseline,
      owner: owner || null,
      milestones,
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

export function programmeYears(programme: string): ProgrammeYears {
  const match = /^(\d{4})-(\d{4})$/.exec(programme);
  if (!match) throw new Error(`Programme "${programme}" is not written as "YYYY-YYYY"`);
  return { startYear: Number(match[1]), endYear: Number(match[2]) };
}

export function draftFromTarget(
  target: TargetLike | null,
  programme: ProgrammeYears,
  formatValue: (value: number) => string,
): TargetDraft {
  const years: number[] = [];
  for (let y = programme.startYear; y <= programme.endYear; y += 1) years.push(y);
  const milestone = (year: number) => target?.milestones.find((m) => m.year === year)?.value;
  return {
    text: target?.text ?? '',
    comparator: (COMPARATORS as string[]).includes(target?.comparator ?? '') ? (target?.comparator as Comparator) : '',
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
  if (before?.year !== input.baseline?.year || before?.value !== input.baseline?.value) changes.baseline = input.baseline;
  const milestonesChanged =
    input.milestones.length !== target.milestones.length ||
    input.milestones.some((m) => target.milestones.find((t) => t.year === m.year)?.value !== m.value);
  return { changes, milestonesChanged };
}

/**
 * After a conflict, "keep mine" applies only what this user changed (relative to the version they started from) on
 * top of what the other person saved, so neither person's edits to different fields are lost.
 */
export function mergeDrafts(origin: TargetDraft, mine: TargetDraft, theirs: TargetDraft): TargetDraft {
  const pick = <K extends Exclude<keyof TargetDraft, 'milestones'>>(key: K): TargetDraft[K] =>
    mine[key] !== origin[key] ? mine[key] : theirs[key];
  return {
    text: pick('text'),
    comparator: pick('comparator'),
    value: pick('value'),
    unit: pick('unit'),
    indicatorCode: pick('indicatorCode'),
    baselineYear: pick('baselineYear'),
    baselineValue: pick('baselineValue'),
    owner: pick('owner'),
    milestones: theirs.milestones.map((m) => {
      const before = origin.milestones.find((x) => x.year === m.year)?.value ?? '';
      const edited = mine.milestones.find((x) => x.year === m.year)?.value ?? '';
      return edited !== before ? { year: m.year, value: edited } : m;
    }),
  };
}
