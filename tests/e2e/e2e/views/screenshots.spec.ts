// Every main view, one after another in one browser, at 1280 px and at phone width (390 px): it loads without an
// error state, passes the accessibility pass (axe-core, WCAG 2.1 A/AA: no serious or critical violation), the page is
// never wider than the screen (wide tables scroll inside their own box), and a full-page screenshot is written to
// artifacts/screenshots/<view>-<width>.png for a person to look at.
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from '../../src/axe.js';
import { expect, test } from '../../src/fixtures.js';
import { OVERVIEW_PATH } from '../../src/pages/OverviewPage.js';
import { TARGETS_PATH } from '../../src/pages/TargetsPage.js';
import { yearEntryPath } from '../../src/pages/YearEntryPage.js';

// Admin: the only role that sees every view, the import page, data entry and the review queue included.
// axe is injected as a script tag, which the app's CSP (rightly) forbids to the page's own code.
test.use({ user: 'admin', bypassCSP: true });

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
  { name: 'section-staffing', path: `${OVERVIEW_PATH}/sections/II.3.2`, heading: /Quản lý, sử dụng biên chế/, ready: (p) => p.locator('.narrative table').first() },
  { name: 'indicator', path: '/units/binh-thanh/indicators/N.TTHC.ONLINE_FILE_RATE', heading: /Tỷ lệ hồ sơ dịch vụ công trực tuyến/, ready: (p) => p.locator('.chart svg').first() },
  { name: 'compare', path: '/compare', heading: /So sánh/, ready: (p) => p.locator('[data-testid="ranking-table"], .ranking .state-empty').first() },
  { name: 'findings', path: '/units/binh-thanh/findings', heading: /Kết quả kiểm tra/, ready: (p) => p.locator('.finding-message').first() },
  { name: 'targets', path: TARGETS_PATH, heading: /Mục tiêu giai đoạn 2026-2030/, ready: (p) => p.locator('[data-testid="target-card"] .chart svg').first() },
  { name: 'explorer', path: '/explorer', heading: /Truy vấn dữ liệu/, ready: (p) => p.locator('.graphiql-wrap').getByRole('button', { name: /execute query|run/i }).first() },
  { name: 'import', path: '/units/binh-thanh/import', heading: /Nhập Phụ lục I/, ready: (p) => p.locator('main form input[type="file"]') },
  // 2027: a year no other scenario submits, so the view is the same whichever spec ran first.
  { name: 'data-entry', path: yearEntryPath('binh-thanh', 2027), heading: /Số liệu năm 2027/, ready: (p) => p.locator('table.entry-table') },
  { name: 'review', path: '/review', heading: /Thẩm định số liệu/, ready: (p) => p.locator('main table, main .state-empty').first() },
  { name: 'about', path: '/about', heading: /Giới thiệu/, ready: (p) => p.locator('main section').first() },
];

const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

async function openView(page: Page, view: View): Promise<void> {
  await page.goto(view.path);
  await expect(page.locator('main h1').first()).toHaveText(view.heading, { timeout: 30_000 });
  await expect(view.ready(page)).toBeAttached({ timeout: 30_000 });
  await expect(page.locator('main .state-loading')).toHaveCount(0);
  await expect(page.locator('main .state-error')).toHaveCount(0);
}

for (const view of VIEWS) {
  test(`${view.name}: accessible, fits 1280 and 390 px, screenshots`, async ({ page, shot }) => {
    // Two widths, each loaded afresh and checked by axe (the explorer's editor is a large DOM): three views' budget.
    test.setTimeout(180_000);
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      await openView(page, view);
      expect.soft(await seriousViolations(page), `${view.name} at ${size.width} px`).toEqual([]);
      await shot(`${view.name}-${size.width}`);
      // Nothing forces sideways scrolling of the page itself.
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect.soft(widths.scroll, `${view.name} at ${size.width} px is wider than the screen`).toBeLessThanOrEqual(widths.client);
    }
  });
}
