import { describe, expect, it } from 'vitest';
import { normaliseSavedQueryName, SAVED_QUERY_NAME_MAX_LENGTH, savedQueryNamed, savedQueryNameProblem } from './saved-query.js';

describe('normaliseSavedQueryName', () => {
  it('trims and collapses spaces', () => {
    expect(normaliseSavedQueryName('  Xếp   hạng\t2023 ')).toBe('Xếp hạng 2023');
  });

  it('writes Vietnamese letters in one Unicode form (NFC), whichever form was typed', () => {
    const decomposed = 'Xe\u0302\u0301p ha\u0323ng';
    expect(normaliseSavedQueryName(decomposed)).toBe('Xếp hạng');
  });
});

describe('savedQueryNameProblem', () => {
  it('refuses a blank name (spaces only)', () => {
    expect(savedQueryNameProblem('   ')).toEqual({ code: 'SAVED_QUERY_NAME_BLANK' });
  });

  it('accepts exactly the maximum length and refuses one more', () => {
    expect(savedQueryNameProblem('a'.repeat(SAVED_QUERY_NAME_MAX_LENGTH))).toBeNull();
    expect(savedQueryNameProblem('a'.repeat(SAVED_QUERY_NAME_MAX_LENGTH + 1))).toEqual({
      code: 'SAVED_QUERY_NAME_TOO_LONG',
      max: SAVED_QUERY_NAME_MAX_LENGTH,
    });
  });
});

describe('savedQueryNamed', () => {
  const existing = [{ id: 1, name: 'Xếp hạng' }, { id: 2, name: 'Tỷ lệ trực tuyến' }];

  it('finds the query a name would overwrite, spaces aside', () => {
    expect(savedQueryNamed(existing, ' Xếp  hạng ')?.id).toBe(1);
  });

  it('is case-sensitive like the database index: another case is another name', () => {
    expect(savedQueryNamed(existing, 'xếp hạng')).toBeUndefined();
  });
});
