import { describe, expect, it } from 'vitest';
import { validInYear } from './model.js';

describe('validInYear', () => {
  const unit = (validFrom: string | null, validTo: string | null) => ({ validFrom, validTo });

  it('takes a unit that existed on any day of the year', () => {
    expect(validInYear(unit(null, null), 2024)).toBe(true);
    expect(validInYear(unit('2024-12-31', null), 2024)).toBe(true);
    expect(validInYear(unit(null, '2024-01-01'), 2024)).toBe(true);
    // A district abolished on 30 June 2025 still counts for 2025, not for 2026.
    expect(validInYear(unit(null, '2025-06-30'), 2025)).toBe(true);
    expect(validInYear(unit(null, '2025-06-30'), 2026)).toBe(false);
  });

  it('leaves out a unit that began after the year or ended before it', () => {
    expect(validInYear(unit('2025-07-01', null), 2024)).toBe(false);
    expect(validInYear(unit(null, '2023-12-31'), 2024)).toBe(false);
  });

  it('reads partial dates as the text they are stored as', () => {
    expect(validInYear(unit('2025-07', null), 2025)).toBe(true);
    expect(validInYear(unit('2025', null), 2024)).toBe(false);
    expect(validInYear(unit(null, '2025-06'), 2025)).toBe(true);
  });
});
