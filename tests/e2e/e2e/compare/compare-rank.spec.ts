// Compare and rank as an analyst uses it: communes in Vietnamese order, sortable columns, units on the ranking, a CSV
// of the comparison, quick control changes that all land, no ranking left once every indicator is removed; then the
// commune selector keeps the page kind, and a finding's place in the report opens its section; compare marks the
// commune the reader came from.
import { readFileSync } from 'node:fs';
import { expect, test } from '../../src/fixtures.js';
import { AppShell } from '../../src/pages/AppShell.js';

const PAR_SCORE = 'N.PAR.SCORE';
// The first view of each test loads its lazy code and data on a shared two-core machine: give it room.
const FIRST_LOAD = { timeout: 60_000 };
test.describe.configure({ timeout: 180_000 });

test('compare and rank: order, sorting, units, CSV, quick changes, no stale ranking', async ({ page, shot }) => {
  await page.goto(`/compare?indicators=${PAR_SCORE}`);
  const table = page.getByTestId(`compare-table-${PAR_SCORE}`);
  await expect(table.locator('tbody th', { hasText: 'Bảo Cường' })).toBeVisible(FIRST_LOAD);
  // Vietnamese alphabetical order: Bảo Cường before Bình Yên; names in Đ after those in D, not last.
  const names = await table.locator('tbody th').allTextContents();
  expect(names.indexOf('Bảo Cường')).toBeLessThan(names.indexOf('Bình Yên'));
  expect(names.indexOf('Điềm Mặc')).toBeLessThan(names.indexOf('Kim Phượng'));
  // The heading names the indicator; its internal code is not shown to readers.
  await expect(page.locator(`#cmp-${PAR_SCORE.replace(/\./g, '\\.')}`)).not.toContainText(PAR_SCORE);

  // Sorting by a year puts Bình Thành (the one commune with figures) first; blanks stay last.
  await table.getByRole('button', { name: /^2025/ }).click();
  await expect(table.locator('thead th').nth(5)).toHaveAttribute('aria-sort', 'descending');
  await expect(table.locator('tbody th').first()).toHaveText('Bình Thành');

  // The ranking's values carry the unit. Reached without a commune, the page marks none (not Bình Thành by default).
  const ranking = page.getByTestId('ranking-table');
  await expect(page.locator('tr.row-highlight')).toHaveCount(0);
  await expect(ranking.locator('thead')).toContainText('điểm');
  await expect(ranking.locator('tbody tr').first()).toContainText('87,25');
  await shot('compare-1280');

  // CSV: one row per indicator, commune and year, numbers in the page's format; the note column marks only a synthetic
  // figure, so Bình Thành's reported figure goes out unmarked.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải CSV', exact: true }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe('Mã chỉ tiêu,Chỉ tiêu,Đơn vị tính,Xã,Năm,Giá trị,Ghi chú');
  expect(lines).toContain(`${PAR_SCORE},Chỉ số cải cách hành chính (PAR INDEX) của xã,điểm,Bình Thành,2025,"87,25",`);
  expect(csv).not.toContain('Số liệu mô phỏng');

  // Two year boxes unticked within a few milliseconds: both changes land.
  await page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLInputElement>('.checkbox-group input[type=checkbox]')].slice(0, 2);
    for (const box of boxes) box.click();
  });
  await expect(page).toHaveURL(/years=2023%2C2024%2C2025|years=2023,2024,2025/);
  await expect(table.locator('thead th')).toHaveCount(4);

  // Removing the only indicator leaves no ranking behind.
  await page.getByRole('button', { name: /Bỏ chỉ tiêu/ }).click();
  await expect(page.getByTestId('ranking-table')).toHaveCount(0);
  await expect(page.locator('.ranking')).toContainText('Chưa chọn chỉ tiêu nào');
});

test('compare marks the commune the reader came from, in its table and its ranking', async ({ page, shot }) => {
  await page.goto('/units/phu-dinh/reports/2021-2025');
  const shell = new AppShell(page);
  await shell.navLink('So sánh và xếp hạng').click();
  await expect(page).toHaveURL(/\/compare\?highlight=phu-dinh$/);
  await expect(page.getByTestId('ranking-table').locator('tr.row-highlight')).toHaveText(/Phú Đình/, FIRST_LOAD);
  await expect(page.getByTestId(`compare-table-${PAR_SCORE}`).locator('tr.row-highlight th')).toHaveText('Phú Đình');
  await expect(page.locator('tr.row-highlight', { hasText: 'Bình Thành' })).toHaveCount(0);
  // The header and the page's own link keep the commune while the reader stays on it.
  await expect(shell.communeSelect).toHaveValue('Phú Đình');
  await expect(shell.navLink('So sánh và xếp hạng')).toHaveAttribute('href', '/compare?highlight=phu-dinh');
  await shot('compare-highlight-1280');
});

test('the commune selector keeps the kind of page; a finding links to its section', async ({ page, shot }) => {
  await page.goto('/units/binh-thanh/findings');
  const shell = new AppShell(page);
  await expect(shell.communeSelect).toHaveValue('Bình Thành', FIRST_LOAD);
  // Opened empty, the list starts in Vietnamese alphabetical order; each commune says its district.
  await shell.communeSelect.click();
  await expect(shell.communeOptions.first()).toContainText('huyện Định Hóa');
  const options = (await shell.communeOptions.allTextContents()).map((o) => o.replace(/huyện Định Hóa$/, ''));
  expect(options.indexOf('Bảo Cường')).toBeLessThan(options.indexOf('Bình Yên'));
  await shell.communeSelect.press('Escape');

  // A conflicting figure's place in the report is a link to that section.
  const place = page.getByRole('link', { name: /^II\.2\.2 \/ Kết quả/ });
  await expect(place).toBeVisible(FIRST_LOAD);
  await expect(place).toHaveAttribute('href', '/units/binh-thanh/reports/2021-2025/sections/II.2.2');
  // RATE_UNIT_NOT_PERCENT lists 4.656 once.
  const rate = page.locator('.finding[data-rule="RATE_UNIT_NOT_PERCENT"]').first();
  await expect(rate.locator('.finding-values dd')).toHaveCount(1);
  await shot('findings-1280');

  await place.click();
  await expect(page).toHaveURL(/\/units\/binh-thanh\/reports\/2021-2025\/sections\/II\.2\.2$/);
  await expect(page.locator('#section-title')).toContainText('Thực hiện cơ chế một cửa', FIRST_LOAD);

  // Another commune from the header: the same section of its report, not the overview.
  await shell.chooseCommune('phu dinh', 'Phú Đình');
  await expect(page).toHaveURL(/\/units\/phu-dinh\/reports\/2021-2025\/sections\/II\.2\.2$/);
  await expect(shell.communeSelect).toHaveValue('Phú Đình');
});

test('reading details at phone width: arrows follow the sign, ranks move in places, sparklines name their years', async ({ page, shot }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/units/binh-thanh/indicators/N.PAR.RANK');
  const yoy = page.getByTestId('yoy-table');
  await expect(yoy).toBeVisible(FIRST_LOAD);
  // 1/23 in 2023 → 6/22 in 2025: down 5 places, no percentage.
  await expect(yoy).toContainText('xuống 5 bậc');
  await expect(yoy).not.toContainText('%');
  await shot('indicator-rank-390');
  await page.goto('/units/binh-thanh/reports/2021-2025');
  await expect(page.getByTestId('sparkline-years').first()).toContainText('2021', FIRST_LOAD);
  await expect(page.locator('main')).not.toContainText('N.STAFF.CAN_BO');
  await shot('overview-390');
  await page.goto(`/compare?indicators=${PAR_SCORE}`);
  await expect(page.getByTestId('ranking-table')).toBeVisible(FIRST_LOAD);
  await shot('compare-390');
});
