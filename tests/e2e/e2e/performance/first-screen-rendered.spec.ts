// The first screens come rendered from the server for an anonymous reader (issue 12, apps/api/src/web-rendering.ts):
// the page is in the HTML before any script runs, and the app takes it over (hydrates) without a mismatch, without
// asking for the data again and without an inline script (the CSP forbids them). A signed-in reader and a reader who
// chose English get the page rendered by the browser, as before.
import type { Page } from '@playwright/test';
import { expect, LANGUAGE_KEY, test } from '../../src/fixtures.js';
import { OVERVIEW_PATH } from '../../src/pages/OverviewPage.js';

const INDICATOR_PATH = '/units/binh-thanh/indicators/N.TTHC.ONLINE_FILE_RATE';

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
    await expect(page.locator('article.indicator-page h1')).toHaveText('Tỷ lệ hồ sơ dịch vụ công trực tuyến');
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

test('a reader who chose English gets the page in English, rendered by the browser from the server’s data', async ({
  page,
}) => {
  await page.addInitScript((key) => window.localStorage.setItem(key, 'en'), LANGUAGE_KEY);
  const seen = watch(page);
  await page.goto(OVERVIEW_PATH);
  await expect(page.locator('main h1')).toHaveText('Administrative reform report: overview');
  await expect(page.locator('.headline-card')).toHaveCount(6);
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
