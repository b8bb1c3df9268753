// Vietnamese by default; the English switch changes words and number formats (decimal comma ↔ point, thousands
// dot ↔ comma), is remembered across a reload, and switching back restores the Vietnamese forms.
import { expect, LANGUAGE_KEY, test } from '../../src/fixtures.js';
import { AppShell } from '../../src/pages/AppShell.js';
import { OverviewPage } from '../../src/pages/OverviewPage.js';
import { SectionsPage } from '../../src/pages/SectionsPage.js';

test('switch to English and back: labels and number formats follow the language', async ({ page, shot }) => {
  const shell = new AppShell(page);
  const overview = new OverviewPage(page);
  await overview.goto();

  // The report's satisfaction index for 2024 is 91,88 %; the PAR index for 2025 is 87,25 points.
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(overview.headlineValue('Chỉ số hài lòng')).toHaveText('91,88%');
  await expect(overview.headlineValue(/^Chỉ số CCHC$/)).toHaveText(/^87,25\s*điểm$/);
  await expect(shell.navLink('Tổng quan')).toBeVisible();
  await expect(shell.languageButton('vi')).toHaveAttribute('aria-pressed', 'true');

  await shell.switchLanguage('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(shell.languageButton('en')).toHaveAttribute('aria-pressed', 'true');
  await expect(shell.navLink('Overview')).toBeVisible();
  await expect(page.locator('main h1')).toHaveText('Administrative reform report: overview');
  await expect(overview.headlineValue('Satisfaction index')).toHaveText('91.88%');
  await expect(overview.headlineValue(/^Reform index \(PAR\)$/)).toHaveText(/^87\.25\s*points$/);
  await expect(overview.headline('Satisfaction index')).toContainText('in 2024');
  await shot('overview-en');

  // Remembered across a reload, and applied to thousands separators too (2.646 files received in 2024).
  await page.reload();
  await expect(overview.headlineValue('Satisfaction index')).toHaveText('91.88%');
  expect(await page.evaluate((key) => window.localStorage.getItem(key), LANGUAGE_KEY)).toBe('en');
  const sections = new SectionsPage(page);
  await sections.goto('II.2.2');
  await expect(sections.indicatorCard('N.TTHC.FILES_RECEIVED').locator('.card-value .figure')).toHaveText('2,646');
  await expect(sections.indicatorCard('N.TTHC.ONLINE_PAYMENT_RATE').locator('.card-value .figure')).toHaveText('95.18%');

  await shell.switchLanguage('vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(sections.indicatorCard('N.TTHC.FILES_RECEIVED').locator('.card-value .figure')).toHaveText('2.646');
  await expect(sections.indicatorCard('N.TTHC.ONLINE_PAYMENT_RATE').locator('.card-value .figure')).toHaveText('95,18%');
  await shell.navLink('Tổng quan').click();
  await expect(overview.headlineValue('Chỉ số hài lòng')).toHaveText('91,88%');
});
