// A full-page screenshot of every main view at 1280 px, and the overview at phone width, written to
// artifacts/screenshots/ for a person to look at. Each view must have finished loading without an error state.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../../src/fixtures.js';
import { OVERVIEW_PATH } from '../../src/pages/OverviewPage.js';
import { TARGETS_PATH } from '../../src/pages/TargetsPage.js';

// Admin: the only role that sees every view, the import page included.
test.use({ user: 'admin' });

interface View {
  name: string;
  path: string;
  heading: RegExp;
  /** What shows that the view has its data (and its chart, where it draws one). */
  ready: (page: Page) => Locator;
}

const VIEWS: View[] = [
  { name: 'overview', path: OVERVIEW_PATH, heading: /Tổng quan báo cáo CCHC/, ready: (p) => p.locator('.headline-card .sparkline, .headline-card svg').first() },
  { name: 'sections', path: `${OVERVIEW_PATH}/sections/II.2.2`, heading: /Thực hiện cơ chế một cửa/, ready: (p) => p.locator('.indicator-card').first() },
  { name: 'indicator', path: '/units/binh-thanh/indicators/N.TTHC.ONLINE_FILE_RATE', heading: /Tỷ lệ hồ sơ dịch vụ công trực tuyến/, ready: (p) => p.locator('.chart svg').first() },
  { name: 'compare', path: '/compare', heading: /So sánh/, ready: (p) => p.locator('[data-testid="ranking-table"], .ranking .state-empty').first() },
  { name: 'findings', path: '/units/binh-thanh/findings', heading: /Kết quả kiểm tra/, ready: (p) => p.locator('.finding-message').first() },
  { name: 'targets', path: TARGETS_PATH, heading: /Mục tiêu giai đoạn 2026-2030/, ready: (p) => p.locator('[data-testid="target-card"] .chart svg').first() },
  { name: 'explorer', path: '/explorer', heading: /Truy vấn dữ liệu/, ready: (p) => p.locator('.graphiql-wrap').getByRole('button', { name: /execute query|run/i }).first() },
  { name: 'import', path: '/units/binh-thanh/import', heading: /Nhập Phụ lục I/, ready: (p) => p.locator('main form input[type="file"]') },
];

async function openView(page: Page, view: View): Promise<void> {
  await page.goto(view.path);
  await expect(page.locator('main h1').first()).toHaveText(view.heading);
  await expect(view.ready(page)).toBeAttached({ timeout: 30_000 });
  await expect(page.locator('main .state-loading')).toHaveCount(0);
  await expect(page.locator('main .state-error')).toHaveCount(0);
}

for (const view of VIEWS) {
  test(`screenshot: ${view.name} at 1280 px`, async ({ page, shot }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openView(page, view);
    await shot(`${view.name}-1280`);
  });
}

test('screenshot: overview at phone width (390 px) fits the screen', async ({ page, shot }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openView(page, VIEWS[0] as View);
  await shot('overview-390');
  // Usable on a phone: nothing forces sideways scrolling of the page.
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
});
