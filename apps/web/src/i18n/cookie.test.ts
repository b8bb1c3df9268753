// The reader's language kept for the server in the `cchc_lang` cookie (apps/api/src/web-rendering.ts renders the
// first screen in it): written on switching and when the app starts with a stored choice but no cookie; read back only
// as `vi` or `en`.
import { afterEach, beforeEach, describe, expect, it, vi as vitest } from 'vitest';
import {
  cookieLocale,
  createI18n,
  languageCookie,
  LANGUAGE_COOKIE,
  rememberLocaleForServer,
  storedLocale,
} from '.';

const clearCookie = () => {
  document.cookie = `${LANGUAGE_COOKIE}=; Path=/; Max-Age=0`;
};

beforeEach(() => {
  clearCookie();
  window.localStorage.clear();
});
afterEach(() => vitest.restoreAllMocks());

describe('languageCookie', () => {
  it('keeps the language for a year on every path, SameSite=Lax, readable by the app (no HttpOnly)', () => {
    expect(languageCookie('en')).toBe('cchc_lang=en; Path=/; Max-Age=31536000; SameSite=Lax');
    expect(languageCookie('vi')).toBe('cchc_lang=vi; Path=/; Max-Age=31536000; SameSite=Lax');
  });
});

describe('cookieLocale', () => {
  it('reads vi or en among other cookies, and nothing else', () => {
    expect(cookieLocale('cchc_lang=en')).toBe('en');
    expect(cookieLocale('a=1; cchc_lang=vi; b=2')).toBe('vi');
    expect(cookieLocale('')).toBeNull();
    expect(cookieLocale('cchc_lang=fr')).toBeNull();
    expect(cookieLocale('cchc_lang=EN')).toBeNull();
    expect(cookieLocale('cchc_lang=')).toBeNull();
    expect(cookieLocale('xcchc_lang=en; cchc_langx=en')).toBeNull();
  });
});

describe('the language cookie in the browser', () => {
  it('is written when the reader switches language, with localStorage', async () => {
    const i18n = createI18n('vi');
    expect(cookieLocale(document.cookie)).toBeNull(); // starting is not a choice
    await i18n.changeLanguage('en');
    expect(cookieLocale(document.cookie)).toBe('en');
    expect(window.localStorage.getItem('cchc.lang')).toBe('en');
    await i18n.changeLanguage('vi');
    expect(cookieLocale(document.cookie)).toBe('vi');
  });

  it('is written the attributes languageCookie gives', async () => {
    const set = vitest.spyOn(document, 'cookie', 'set');
    const i18n = createI18n('vi');
    await i18n.changeLanguage('en');
    expect(set).toHaveBeenLastCalledWith(languageCookie('en'));
  });

  it('is written at start for a stored choice without a cookie, or with a cookie that says otherwise', () => {
    rememberLocaleForServer();
    expect(cookieLocale(document.cookie)).toBeNull(); // no choice: no cookie, the server's default holds
    window.localStorage.setItem('cchc.lang', 'en');
    rememberLocaleForServer();
    expect(cookieLocale(document.cookie)).toBe('en');
    window.localStorage.setItem('cchc.lang', 'vi');
    rememberLocaleForServer();
    expect(cookieLocale(document.cookie)).toBe('vi');
  });

  it('is not written again at start when it already says the stored choice', () => {
    window.localStorage.setItem('cchc.lang', 'en');
    document.cookie = languageCookie('en');
    const set = vitest.spyOn(document, 'cookie', 'set');
    rememberLocaleForServer();
    expect(set).not.toHaveBeenCalled();
  });
});

describe('storedLocale', () => {
  it('is localStorage’s choice first, the cookie’s when there is none, else Vietnamese', () => {
    expect(storedLocale()).toBe('vi');
    document.cookie = languageCookie('en');
    expect(storedLocale()).toBe('en');
    window.localStorage.setItem('cchc.lang', 'vi');
    expect(storedLocale()).toBe('vi');
    window.localStorage.setItem('cchc.lang', 'en');
    clearCookie();
    expect(storedLocale()).toBe('en');
  });

  it('ignores a cookie value the app never writes', () => {
    document.cookie = `${LANGUAGE_COOKIE}=fr; Path=/`;
    expect(storedLocale()).toBe('vi');
  });
});
