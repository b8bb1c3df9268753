import { describe, expect, it } from 'vitest';
import { cookieValue } from './cookies';

describe('cookieValue', () => {
  it('finds a cookie among others, URI-decoded', () => {
    expect(cookieValue('a=1; cchc_csrf=x%2By; cchc_lang=en', 'cchc_csrf')).toBe('x+y');
    expect(cookieValue('cchc_lang=en', 'cchc_lang')).toBe('en');
    expect(cookieValue('token=a=b', 'token')).toBe('a=b');
  });

  it('gives null for an absent, empty or undecodable cookie, and never a prefix match', () => {
    expect(cookieValue('', 'cchc_lang')).toBeNull();
    expect(cookieValue('cchc_lang=', 'cchc_lang')).toBeNull();
    expect(cookieValue('cchc_lang=%E0', 'cchc_lang')).toBeNull();
    expect(cookieValue('xcchc_lang=en', 'cchc_lang')).toBeNull();
  });
});
