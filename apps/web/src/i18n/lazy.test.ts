import { describe, expect, it } from 'vitest';
import { createI18n, loadDictionary } from '.';
import { en } from './en';
import { vi } from './vi';

describe('dictionaries on demand', () => {
  it('start with Vietnamese only: English is not in the instance until asked for', () => {
    const i18n = createI18n('vi');
    expect(i18n.t('nav.overview')).toBe(vi.nav.overview);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
  });

  it('load English on switching, before the language changes', async () => {
    const i18n = createI18n('vi');
    await i18n.changeLanguage('en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('nav.overview')).toBe(en.nav.overview);
  });

  it('render in English at once when given the English dictionary', async () => {
    const i18n = createI18n('en', { en: await loadDictionary('en') });
    expect(i18n.t('nav.overview')).toBe(en.nav.overview);
  });
});
