// The first screens come rendered from the server for an anonymous reader (issue 12, apps/api/src/web-rendering.ts):
// the page is in the HTML before any script runs, and the app takes it over (hydrates) without a mismatch, without
// asking for the data again and without an inline script (the CSP forbids them). A reader who chose English (the
// `cchc_lang` cookie the app writes beside localStorage) gets the page rendered in English, title and `<html lang>`
// included, and the app hydrates it too; a returning reader whose choice is in localStorage only gets the Vietnamese
// page rendered by the server, the English one by the browser, and the cookie for the next page. A signed-in reader
// gets the page rendered by the browser, as before.
import type { BrowserContext, Page } from '@playwright/test';
import { baseURL } from '../../src/api.js';
import { expect, LANGUAGE_KEY, test } from '../../src/fixtures.js';
import { OVERVIEW_PATH } from '../../src/pages/OverviewPage.js';

const INDICATOR_PATH = '/units/binh-thanh/indicators/N.TTHC.ONLINE_FILE_RATE';
const LANGUAGE_COOKIE = 'cchc_lang';
const INDICATOR_VI = 'Tỷ lệ hồ sơ dịch vụ công trực tuyến';
const INDICATOR_EN = 'Case files submitted through online public services';

/** A reader who chose English in an earlier visit: the cookie the app wrote, and (with JavaScript) localStorage. */
async function englishReader(context: BrowserContext, { localStorage = true } = {}) {
  await context.addCookies([{ name: LANGUAGE_COOKIE, value: 'en', url: baseURL(), sameSite: 'Lax' }]);
  if (localStorage)
    await context.addInitScript((key) => window.localStorage.setItem(key, 'en'), LANGUAGE_KEY);
}

/**
 * Keeps the `<main>` the HTML parser made, before any script: hydration takes that element over, a browser render
 * (createRoot) replaces it. `tookOver(page)` then says which happened.
 */
async function keepServerMain(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __serverMain?: Element | null };
    new MutationObserver((_, observer) => {
      w.__serverMain = document.querySelector('main');
      if (w.__serverMain) observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}
const tookOver = (page: Page) =>
  page.evaluate(() => {
    const kept = (window as unknown as { __serverMain?: Element | null }).__serverMain;
    return kept !== null && kept !== undefined && kept === document.querySelector('main');
  });

const languageCookie = async (context: BrowserContext) =>
  (await context.cookies(baseURL())).find((c) => c.name === LANGUAGE_COOKIE)?.value;

/** Console errors, page errors and CSP violations while `page` is open, and the GraphQL requests it made. */
function watch(page: Page) {
  const problems: string[] = [];
  const graphql: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') graphql.push(request.url());
  });
  return { problems, graphql };
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the overview and the indicator page are in the HTML the server sends', async ({ page }) => {
    await page.goto(OVERVIEW_PATH);
    await expect(page.locator('p.lead')).toContainText('BÁO CÁO Tổng kết Chương trình cải cách hành chính');
    await expect(page.locator('.headline-card')).toHaveCount(6);
    await page.goto(INDICATOR_PATH);
    await expect(page.locator('article.indicator-page h1')).toHaveText(INDICATOR_VI);
    await expect(page).toHaveTitle(`N.TTHC.ONLINE_FILE_RATE ${INDICATOR_VI} — CCHC`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  });

  test('an English reader gets the indicator page in English, with its title and lang, in the HTML', async ({
    page,
    context,
    shot,
  }) => {
    await englishReader(context, { localStorage: false }); // no script runs to read it
    await page.goto(INDICATOR_PATH);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(`N.TTHC.ONLINE_FILE_RATE ${INDICATOR_EN} — CCHC`);
    await expect(page.locator('article.indicator-page h1')).toHaveText(INDICATOR_EN);
    await expect(page.locator('main')).toContainText('Related indicators'); // the UI's words (the report's quoted rows stay Vietnamese)
    await shot('lang-indicator-english-no-js');
    await page.goto(OVERVIEW_PATH);
    await expect(page.locator('main h1')).toHaveText('Administrative reform report: overview');
    await expect(page).toHaveTitle('Overview — CCHC');
  });

  test('a language cookie the app never writes gets the Vietnamese page', async ({ page, context }) => {
    await context.addCookies([{ name: LANGUAGE_COOKIE, value: 'fr', url: baseURL() }]);
    await page.goto(INDICATOR_PATH);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.locator('article.indicator-page h1')).toHaveText(INDICATOR_VI);
  });
});

test('the app takes the rendered page over: no mismatch, no error, no second fetch of its data, still interactive', async ({
  page,
}) => {
  const seen = watch(page);
  for (const path of [OVERVIEW_PATH, INDICATOR_PATH]) {
    seen.problems.length = 0;
    seen.graphql.length = 0;
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    // Hydrated: the language switch works (a button of a page React has not taken over would do nothing).
    await page.locator('button[lang="en"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.locator('button[lang="vi"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    expect(seen.problems, path).toEqual([]);
    expect(seen.graphql, path).toEqual([]);
  }
});

test('an English reader (cookie and localStorage) gets the page rendered in English, and the app hydrates it', async ({
  page,
  context,
}) => {
  await englishReader(context);
  await keepServerMain(page);
  const seen = watch(page);
  for (const path of [INDICATOR_PATH, OVERVIEW_PATH]) {
    seen.problems.length = 0;
    seen.graphql.length = 0;
    const response = await page.goto(path);
    const html = (await response?.text()) ?? '';
    expect(html, path).toContain('<html lang="en">');
    expect(html, path).toContain('"locale":"en"'); // the state block's mark, which main.tsx compares
    await expect(page.locator('main h1')).toBeVisible();
    await expect.poll(() => tookOver(page), { message: `${path} hydrated, not rendered anew` }).toBe(true);
    // Hydrated: the switch works, and writes the cookie the server reads.
    await page.locator('button[lang="vi"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    expect(await languageCookie(context)).toBe('vi');
    await page.locator('button[lang="en"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await languageCookie(context)).toBe('en');
    expect(seen.problems, path).toEqual([]);
    expect(seen.graphql, path).toEqual([]); // the data came in the page, in either language
  }
  await expect(page.locator('main h1')).toHaveText('Administrative reform report: overview');
  await expect(page.locator('.headline-card')).toHaveCount(6);
});

test('a returning reader whose choice is only in localStorage gets English from the browser, then from the server', async ({
  page,
  context,
}) => {
  await page.addInitScript((key) => window.localStorage.setItem(key, 'en'), LANGUAGE_KEY);
  await keepServerMain(page);
  const seen = watch(page);
  const first = await page.goto(OVERVIEW_PATH);
  expect(await first?.text()).toContain('<html lang="vi">'); // the server cannot know yet
  await expect(page.locator('main h1')).toHaveText('Administrative reform report: overview');
  expect(await tookOver(page)).toBe(false); // the Vietnamese page was rendered over in English, not hydrated
  await expect(page.locator('.headline-card')).toHaveCount(6);
  expect(await languageCookie(context)).toBe('en'); // written as the app started
  const next = await page.goto(INDICATOR_PATH);
  expect(await next?.text()).toContain('<html lang="en">');
  await expect(page.locator('article.indicator-page h1')).toHaveText(INDICATOR_EN);
  await expect.poll(() => tookOver(page)).toBe(true);
  expect(seen.problems).toEqual([]);
});

test.describe('signed in', () => {
  test.use({ user: 'planner' });

  test('the server sends the page unrendered and the app renders it for the reader', async ({ page }) => {
    const html = await (await page.request.get(OVERVIEW_PATH)).text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('p class="lead"');
    await page.goto(OVERVIEW_PATH);
    await expect(page.getByTestId('session-user')).toContainText('planner');
    await expect(page.locator('p.lead')).toContainText('BÁO CÁO');
  });
});
