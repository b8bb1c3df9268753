// The document's own words in the reader's language once the app runs: `<html lang>` and `<meta name="description">`,
// as the server writes them into a page it renders (entry-server.tsx), so a page sent unrendered (a reader with a
// session) or a reader who switches language does not keep index.html's Vietnamese description.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createI18n, loadDictionary } from '.';
import { en } from './en';
import { vi } from './vi';

const description = () => document.querySelector('meta[name="description"]')?.getAttribute('content');

beforeEach(() => {
  window.localStorage.clear();
  // As index.html has it.
  document.head.innerHTML = `<meta name="description" content="${vi.app.description}" />`;
});
afterEach(() => {
  document.head.innerHTML = '';
});

describe("the document in the reader's language", () => {
  it('describes the page in English from the start for an English reader', async () => {
    createI18n('en', { en: await loadDictionary('en') });
    expect(document.documentElement.lang).toBe('en');
    expect(description()).toBe(en.app.description);
  });

  it('describes the page again in the language the reader switches to, once its dictionary has loaded', async () => {
    const i18n = createI18n('vi');
    expect(description()).toBe(vi.app.description);
    await i18n.changeLanguage('en');
    expect(description()).toBe(en.app.description);
    await i18n.changeLanguage('vi');
    expect(description()).toBe(vi.app.description);
  });

  it('leaves a document without a description as it is', () => {
    document.head.innerHTML = '';
    createI18n('vi');
    expect(document.querySelector('meta[name="description"]')).toBeNull();
  });
});
