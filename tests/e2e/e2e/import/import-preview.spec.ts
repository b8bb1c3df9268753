// A commune's own planner imports its PHỤ LỤC I (issue 11): the page names the commune, the blank template is a
// separate download from the figures held, a preview lists what will change before anything is written, the
// commit counts values and blanks apart, and the page then says who imported last. Phú Đình is used: no other spec
// reads it, so the write cannot change what parallel specs see.
import { readFile } from 'node:fs/promises';
import { expect, test } from '../../src/fixtures.js';

test.use({ user: 'otherPlanner' });

test("the commune's planner previews an import, then commits it", async ({ page, shot }) => {
  await page.goto('/units/phu-dinh/import');
  await expect(page.getByTestId('import-into')).toHaveText('Nhập vào: Phú Đình', { timeout: 20_000 });
  await expect(page.getByText('Chỉ quản trị viên được nhập số liệu.')).toHaveCount(0);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Mẫu trống (CSV)' }).click()]);
  const blank = await readFile((await download.path())!, 'utf8');
  expect(blank).not.toContain('16.807');
  // A figure and its note (Ghi chú, the last column): the preview shows the note beside the change.
  const filled = blank.replace(/^(1\.3\.1\.,[^,]*,[^,]*,),(\r?)$/m, '$1"7","Theo báo cáo quý IV"$2');
  expect(filled).not.toBe(blank);

  await page.getByLabel('Tệp Phụ lục I (.csv, .xlsx)').setInputFiles({ name: 'phu-dinh.csv', mimeType: 'text/csv', buffer: Buffer.from(filled) });
  await page.getByRole('button', { name: 'Xem trước thay đổi' }).click();
  await expect(page.getByRole('heading', { name: 'Xem trước: chưa có gì được ghi' })).toBeVisible();
  await expect(page.getByTestId('import-preview-summary')).toHaveText(
    /^Tệp có 1 giá trị và \d+ dòng để trống\. So với số liệu hiện có: 1 mới, 0 thay đổi, 0 không đổi, 0 sẽ bị xoá\. 1 dòng có ghi chú thay đổi\.$/,
  );
  await expect(page.getByTestId('import-changes').getByRole('row')).toHaveCount(2);
  await expect(page.getByTestId('import-changes').getByRole('row').nth(1)).toContainText('Thêm ghi chú Theo báo cáo quý IV');
  await shot('import-preview-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot('import-preview-390');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: 'Nhập vào Phú Đình' }).click();
  await expect(page.getByText(/^Đã nhập 1 số liệu vào Phú Đình; \d+ dòng để trống được giữ trống\.$/)).toBeVisible();
  await expect(page.getByTestId('import-last')).toContainText('Lần nhập gần nhất: planner.other@demo.cchc');
  await expect(page.getByTestId('import-last')).toContainText('(tệp "phu-dinh.csv")');
  await shot('import-done-1280');
});
