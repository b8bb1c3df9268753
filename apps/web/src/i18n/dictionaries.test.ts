import { describe, expect, it } from 'vitest';
import { en } from './en';
import type { Dictionary } from './types';
import { vi } from './vi';

// Plural forms differ by language (Vietnamese has only "other"), so they are compared by their base key.
function keys(dictionary: Dictionary, prefix = ''): string[] {
  return Object.entries(dictionary).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key.replace(/_(one|other)$/, '')}`] : keys(value, `${prefix}${key}.`),
  );
}

describe('dictionaries', () => {
  it('give every text in both Vietnamese and English', () => {
    expect([...new Set(keys(en))].sort()).toEqual([...new Set(keys(vi))].sort());
  });
});
