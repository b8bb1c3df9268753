// The header's commune selector asks the server as one types (issue 11): a name typed without diacritics finds the
// commune, each listed with its district; the keyboard alone picks one; at phone width the box and its list fit the
// screen. A finding then names its indicators by printed code and name, never an internal key.
import { expect, test } from '../../src/fixtures.js';
import { AppShell } from '../../src/pages/AppShell.js';

// The first view loads its lazy code and data on a shared two-core machine: give it room.
const FIRST_LOAD = { timeout: 60_000 };
test.describe.configure({ timeout: 180_000 });

test('finds a commune typed without diacritics and opens it from the keyboard', async ({ page, shot }) => {
  await page.goto('/units/binh-thanh/findings');
  const shell = new AppShell(page);
  await expect(shell.communeSelect).toHaveValue('Bình Thành', FIRST_LOAD);

  await shell.communeSelect.fill('dinh');
  await expect(shell.communeSelect).toHaveAttribute('aria-expanded', 'true');
  // Định Biên starts with it; Phú Đình and Thanh Định have a word that does.
  await expect(shell.communeOptions).toHaveText([/^Định Biên/, /^Phú Đình/, /^Thanh Định/]);
  await expect(shell.communeOptions.first()).toContainText('huyện Định Hóa');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(shell.communeSelect).toHaveAttribute('aria-activedescendant', (await shell.communeOptions.nth(1).getAttribute('id'))!);
  await shot('commune-search-1280');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/units\/phu-dinh\/findings$/);
  await expect(shell.communeSelect).toHaveValue('Phú Đình');

  // Findings link their indicators by the printed code and name; no internal key (N.…) is shown.
  await page.goto('/units/binh-thanh/findings');
  const links = page.locator('.finding-links a');
  await expect(links.first()).toBeVisible(FIRST_LOAD);
  await expect(page.locator('main')).not.toContainText(/\bN\.[A-Z_]+\.[A-Z_]+/);
  await expect(page.getByRole('link', { name: 'Xem chỉ tiêu Chỉ số cải cách hành chính (PAR INDEX) của xã' }).first()).toBeVisible();
  await shot('findings-links-1280');
});

test('at phone width the selector has a row of its own and its list fits the screen', async ({ page, shot }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/units/binh-thanh/reports/2021-2025');
  const shell = new AppShell(page);
  await expect(shell.communeSelect).toHaveValue('Bình Thành', FIRST_LOAD);
  await shell.communeSelect.fill('binh');
  await expect(shell.communeOptions).toHaveText([/^Bình Thành/, /^Bình Yên/]);
  const list = await page.getByRole('listbox').boundingBox();
  expect(list!.x).toBeGreaterThanOrEqual(0);
  expect(list!.x + list!.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot('commune-search-390');
  await shell.communeSelect.press('Escape');
  await expect(shell.communeSelect).toHaveAttribute('aria-expanded', 'false');
  await expect(shell.communeSelect).toHaveValue('Bình Thành');
});
