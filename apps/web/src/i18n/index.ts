// i18next set-up: Vietnamese by default (the users' language), English as a switch remembered across visits. Only
// Vietnamese is in the app's entry script; English is its own chunk, loaded before the first render for a reader who
// chose it and on switching (issue 12: a first visit downloads one dictionary, not two).
import i18next, { type BackendModule, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Dictionary } from './types';
import { vi } from './vi';

export type Locale = 'vi' | 'en';
export const LOCALES: Locale[] = ['vi', 'en'];
const LANGUAGE_KEY = 'cchc.lang';

export function storedLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_KEY);
    return stored === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
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
    try {
      window.localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  });
  document.documentElement.lang = lng;
  return instance;
}

export function asLocale(language: string | undefined): Locale {
  return language === 'en' ? 'en' : 'vi';
}
