import { describe, expect, it } from 'vitest';
import { readerCode } from './indicator-code.js';

describe('readerCode', () => {
  it('is the code the report prints for an appendix row', () => {
    expect(readerCode({ codeAsWritten: '3.2.1.' })).toBe('3.2.1.');
  });

  it('is null for an indicator the report prints no code for (narrative series, targets, "Trong đó" rows)', () => {
    expect(readerCode({ codeAsWritten: '' })).toBeNull();
    expect(readerCode({ codeAsWritten: '  ' })).toBeNull();
    expect(readerCode({ codeAsWritten: null })).toBeNull();
  });
});
