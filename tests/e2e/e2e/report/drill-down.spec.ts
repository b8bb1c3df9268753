// From the overview to PHẦN II → 2 → 2.2 → the online-filing indicator, checking its figures against the report's
// table "Kết quả một số chỉ số Cải cách TTHC" (seed report, section 2.2: 28,05% 45,11% 98,53% 100% for 2021–2024).
import { expect, test } from '../../src/fixtures.js';
import { IndicatorPage } from '../../src/pages/IndicatorPage.js';
import { OverviewPage } from '../../src/pages/OverviewPage.js';
import { SectionsPage } from '../../src/pages/SectionsPage.js';
import { AppShell } from '../../src/pages/AppShell.js';

const ONLINE_FILE_RATE = 'N.TTHC.ONLINE_FILE_RATE';

test('drill from the overview to the online-filing indicator of section II.2.2 and read the report figures', async ({ page, shot }) => {
  const overview = new OverviewPage(page);
  await overview.goto('/');
  await expect(page).toHaveURL(/\/units\/binh-thanh\/reports\/2021-2025$/);

  await new AppShell(page).navLink('Mục báo cáo').click();
  const sections = new SectionsPage(page);
  await expect(sections.tree).toBeVisible();

  await sections.treeLink('II').click();
  await expect(sections.heading).toContainText('PHẦN II');
  await expect(sections.heading).toContainText('KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH');

  await sections.treeLink('II.2').click();
  await expect(sections.heading).toContainText('Cải cách thủ tục hành chính (TTHC)');
  // Section 2 lists its subsections; 2.2 holds the table.
  await sections.section.getByRole('link', { name: /^2\.2\./ }).click();
  await expect(page).toHaveURL(/\/sections\/II\.2\.2$/);
  await expect(sections.heading).toContainText('Thực hiện cơ chế một cửa, một cửa liên thông');

  // The report's table is shown with its figures as written, each linked to the indicator.
  const tableRow = sections.section.locator('table tr', { hasText: 'Tỷ lệ hồ sơ dịch vụ công trực tuyến' });
  await expect(tableRow.locator('td')).toContainText(['2', 'Tỷ lệ hồ sơ dịch vụ công trực tuyến (%)', '28,05%', '45,11%', '98,53%', '100%']);
  await expect(sections.figureLinks(ONLINE_FILE_RATE)).toHaveText(['28,05%', '45,11%', '98,53%', '100%']);

  const card = sections.indicatorCard(ONLINE_FILE_RATE);
  await expect(card.locator('.card-value')).toContainText('100%');
  await expect(card.locator('.card-value')).toContainText('năm 2024');
  await shot('section-II.2.2');

  await card.getByRole('link').first().click();
  const indicator = new IndicatorPage(page);
  await expect(page).toHaveURL(new RegExp(`/units/binh-thanh/indicators/${ONLINE_FILE_RATE.replace(/\./g, '\\.')}$`));
  await expect(indicator.heading).toHaveText('Tỷ lệ hồ sơ dịch vụ công trực tuyến');

  expect(await indicator.valueRows()).toEqual([
    { period: 'Năm 2021', value: '28,05%', raw: '28,05%' },
    { period: 'Năm 2022', value: '45,11%', raw: '45,11%' },
    { period: 'Năm 2023', value: '98,53%', raw: '98,53%' },
    { period: 'Năm 2024', value: '100%', raw: '100%' },
  ]);
  // Every value cites the report's own row.
  await expect(indicator.valuesTable.locator('blockquote.quote').first()).toContainText('28,05% 45,11% 98,53% 100%');

  // Year over year in percentage points, Vietnamese decimal comma: 45,11 − 28,05 = 17,06.
  const firstChange = indicator.yoyTable.locator('tbody tr').first();
  await expect(firstChange).toContainText('2021→2022');
  await expect(firstChange).toContainText('+17,06');
  await expect(indicator.yoyTable.locator('tbody tr')).toHaveCount(3);
  await shot('indicator-online-file-rate');
});
