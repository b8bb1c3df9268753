import { describe, expect, it } from 'vitest';
import { ProgrammeCodeError, programmeYears, readProgrammeCode, yearsOf } from './programme.js';

describe('readProgrammeCode', () => {
  it('reads "YYYY-YYYY" into its first and last year', () => {
    expect(readProgrammeCode('2026-2030')).toEqual({ startYear: 2026, endYear: 2030 });
  });
  it('accepts a programme of one year, and refuses one that ends before it starts', () => {
    expect(readProgrammeCode('2025-2025')).toEqual({ startYear: 2025, endYear: 2025 });
    expect(readProgrammeCode('2030-2026')).toBeNull();
  });
  it('refuses anything that is not two four-digit years joined by a hyphen', () => {
    for (const code of ['2021 - 2025', '2021–2025', '21-25', '2021-2025-2030', '2021', ''])
      expect(readProgrammeCode(code)).toBeNull();
  });
});

describe('programmeYears', () => {
  it('throws a ProgrammeCodeError that quotes the code', () => {
    expect(() => programmeYears('2021/2025')).toThrow(ProgrammeCodeError);
    expect(() => programmeYears('2021/2025')).toThrow('"2021/2025"');
  });
});

describe('yearsOf', () => {
  it('lists every year from the first to the last, both included', () => {
    expect(yearsOf({ startYear: 2026, endYear: 2030 })).toEqual([2026, 2027, 2028, 2029, 2030]);
  });
});
