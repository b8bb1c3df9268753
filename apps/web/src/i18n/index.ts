// i18next set-up: Vietnamese by default (the users' language), English as a switch remembered across visits.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { vi } from './vi';

export type Locale = 'vi' | 'en';
export const LOCALES: Locale[] = ['vi', 'en'];
const LANGUAGE_KEY = 'cchc.lang';

function storedLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_KEY);
    return stored === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function createI18n(lng: Locale = storedLocale()) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'vi',
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
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
