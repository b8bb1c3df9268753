// An administrator reads a commune's report from its text file: every PHỤ LỤC I figure is proposed beside the source
// with its line highlighted, every high-confidence one is accepted at once, the one kept as written under its legend
// is corrected, and the rows are written through the appendix import. A commune no other spec reads is used, so the
// write cannot change what parallel specs see of Bình Thành.
import { fileURLToPath } from 'node:url';
import { expect, test } from '../../src/fixtures.js';
import { ReadReportPage } from '../../src/pages/ReadReportPage.js';

const REPORT_TEXT = fileURLToPath(new URL('../../../../packages/dataset/source/binh-thanh-2021-2025.txt', import.meta.url));

test.use({ user: 'admin' });

test('reads a report document, reviews it beside the source and writes the accepted figures', async ({ page, shot }) => {
  const reader = new ReadReportPage(page);
  await page.goto('/units/trung-luong/import');
  await page.getByRole('link', { name: /Hoặc đọc thẳng từ tài liệu báo cáo/ }).click();
  await expect(reader.read).toBeVisible();

  await reader.file.setInputFiles(REPORT_TEXT);
  await reader.read.click();
  await expect(reader.summary).toContainText('99 dòng Phụ lục I được đề xuất, 98 dòng tin cậy cao; 0 dòng không tìm thấy.');

  await reader.row('3.4.2.a').getByRole('button', { name: '3.4.2.a' }).click();
  await expect(reader.markedLines()).toHaveCount(1);
  await expect(reader.markedLines()).toContainText('Tổng số hồ sơ TTHC đã giải quyết xong  Hồ sơ 16.807');
  await expect(reader.markedLines()).toBeInViewport();

  await reader.acceptHigh.click();
  await expect(reader.tally).toHaveText('Nhận 98, bỏ 0, chưa duyệt 1');
  const legendRow = reader.row('1.5');
  await expect(legendRow).toContainText('ngoài chú giải');
  await legendRow.getByRole('button', { name: 'Sửa' }).click();
  await legendRow.getByLabel('Giá trị đúng cho dòng 1.5').fill('1');
  await legendRow.getByRole('button', { name: 'Lưu' }).click();
  await expect(reader.tally).toHaveText('Nhận 99, bỏ 0, chưa duyệt 0');
  await shot('read-report-document-review');

  await reader.commit.click();
  await expect(page.getByText(/^Đã ghi \d+ số liệu; mỗi số liệu trích dẫn đúng dòng của tài liệu\.$/)).toBeVisible();
});
