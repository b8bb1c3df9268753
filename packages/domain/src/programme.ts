// Programme codes: a five-year reform programme is written "YYYY-YYYY" (e.g. "2021-2025"). The one parser of them.
import type { Programme } from './model.js';

export type ProgrammeYears = Pick<Programme, 'startYear' | 'endYear'>;

export class ProgrammeCodeError extends Error {
  constructor(readonly code: string) {
    super(`Programme "${code}" is not written as "YYYY-YYYY" with the first year not after the second`);
    this.name = 'ProgrammeCodeError';
  }
}

/** "2026-2030" → { startYear: 2026, endYear: 2030 }; null for anything else (including an end before the start). */
export function readProgrammeCode(code: string): ProgrammeYears | null {
  const match = /^(\d{4})-(\d{4})$/.exec(code.trim());
  if (!match) return null;
  const startYear = Number(match[1]);
  const endYear = Number(match[2]);
  return startYear <= endYear ? { startYear, endYear } : null;
}

/** As readProgrammeCode, but a code that is not "YYYY-YYYY" is an error quoting it. */
export function programmeYears(code: string): ProgrammeYears {
  const years = readProgrammeCode(code);
  if (!years) throw new ProgrammeCodeError(code);
  return years;
}

/** Every year of a programme, in order. */
export function yearsOf(programme: ProgrammeYears): number[] {
  const years: number[] = [];
  for (let year = programme.startYear; year <= programme.endYear; year += 1) years.push(year);
  return years;
}
