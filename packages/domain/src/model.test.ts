import { describe, expect, it } from 'vitest';
import type { Period } from './model.js';

describe('Period', () => {
  it('distinguishes a calendar year from a programme span by its kind', () => {
    const year: Period = { kind: 'YEAR', year: 2024 };
    const span: Period = { kind: 'SPAN', fromYear: 2021, toYear: 2025 };
    expect(year.kind).not.toBe(span.kind);
  });
});
