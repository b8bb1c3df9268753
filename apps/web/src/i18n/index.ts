// i18next set-up: Vietnamese by default (the users' language), English as a switch remembered across visits. Only
// Vietnamese is in the app's entry script; English is its own chunk, loaded before the first render for a reader who
// chose it and on switching (issue 12: a first visit downloads one dictionary, not two).
// The choice is kept in localStorage (the app's source of truth) and, for the server, in the `cchc_lang` cookie: the API
// renders an anonymous reader's first screen in the cookie's language (apps/api/src/web-rendering.ts).
import i18next, { type BackendModule, type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { cookieValue } from '../modules/ui/utils/cookies';
import type { Dictionary } from './types';
import { vi } from './vi';

export type Locale = 'vi' | 'en';
export const LOCALES: Locale[] = ['vi', 'en'];
const LANGUAGE_KEY = 'cchc.lang';
/** The cookie that tells the server the reader's language; the API reads it under the same name. */
export const LANGUAGE_COOKIE = 'cchc_lang';
/** A year, in seconds: the cookie outlives a reader's break between visits, as localStorage does. */
const LANGUAGE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

const isLocale = (value: string | null | undefined): value is Locale => value === 'vi' || value === 'en';

/** The choice kept in localStorage, or null (none, or storage unavailable). */
function localStorageLocale(): Locale | null {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** The language the `cchc_lang` cookie names in a `document.cookie` string; null when absent or not `vi`/`en`. */
export function cookieLocale(cookies: string): Locale | null {
  const value = cookieValue(cookies, LANGUAGE_COOKIE);
  return isLocale(value) ? value : null;
}

/** The `document.cookie` assignment that keeps `locale` for a year; readable by scripts (it is not a secret). */
export const languageCookie = (locale: Locale): string =>
  `${LANGUAGE_COOKIE}=${locale}; Path=/; Max-Age=${LANGUAGE_COOKIE_MAX_AGE}; SameSite=Lax`;

function writeLanguageCookie(locale: Locale): void {
  try {
    document.cookie = languageCookie(locale);
  } catch {
    // A sandboxed document without cookies: the server renders in Vietnamese and the app switches, as before.
  }
}

/** The reader's language: localStorage's choice, else the cookie's (storage cleared or unavailable), else Vietnamese. */
export function storedLocale(): Locale {
  if (typeof document === 'undefined') return 'vi';
  return localStorageLocale() ?? cookieLocale(document.cookie) ?? 'vi';
}

/**
 * Called once as the app starts: a reader with a choice in localStorage but no cookie for it (a returning reader from
 * before the cookie, or a cookie that expired) gets the cookie, so the server renders their next page in their language.
 */
export function rememberLocaleForServer(): void {
  const stored = localStorageLocale();
  if (stored && cookieLocale(document.cookie) !== stored) writeLanguageCookie(stored);
}

/** A language's dictionary: Vietnamese at once, English from its chunk. */
export async function loadDictionary(locale: Locale): Promise<Dictionary> {
  return locale === 'en' ? (await import('./en')).en : vi;
}

/** i18next asks this for a language it was not given, i.e. English when the reader switches to it. */
const lazyDictionaries: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    loadDictionary(asLocale(language)).then(
      (dictionary) => callback(null, dictionary),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/**
 * An i18n instance in `lng`. `dictionaries` are the languages known at once (Vietnamese always); give the reader's
 * language here (main.tsx awaits `loadDictionary` first) or its first render is in Vietnamese. Tests pass both.
 */
export function createI18n(lng: Locale = storedLocale(), dictionaries: Partial<Record<Locale, Dictionary>> = {}) {
  const instance = i18next.createInstance();
  const resources: Resource = {};
  for (const [locale, translation] of Object.entries({ vi, ...dictionaries })) resources[locale] = { translation };
  void instance
    .use(lazyDictionaries)
    .use(initReactI18next)
    .init({
      lng,
      fallbackLng: 'vi',
      resources,
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  // On the server (entry-server.tsx renders a page) there is no document and no stored choice.
  if (typeof document === 'undefined') return instance;
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    describeDocument(instance);
    try {
      window.localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // Private mode: the choice lasts for this page only (and the cookie's lifetime).
    }
    writeLanguageCookie(asLocale(language));
  });
  document.documentElement.lang = lng;
  describeDocument(instance);
  return instance;
}

/**
 * The page's `<meta name="description">` in the instance's language, as the server writes it into a page it renders
 * (entry-server.tsx): a page sent unrendered, or a reader who switches, does not keep index.html's Vietnamese one.
 */
function describeDocument(instance: I18n): void {
  document.querySelector('meta[name="description"]')?.setAttribute('content', instance.t('app.description'));
}

export function asLocale(language: string | undefined): Locale {
  return language === 'en' ? 'en' : 'vi';
}
