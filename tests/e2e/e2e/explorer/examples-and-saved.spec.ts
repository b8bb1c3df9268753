// An analyst runs the default example (it returns figures on the seeded database), downloads it as CSV (one row per
// yearly figure, the commune repeated, numbers without float noise) and XLSX, and saves it: a second save under the
// same name asks before overwriting.
import { readFile } from 'node:fs/promises';
import { artifactPath } from '../../src/artifacts.js';
import { expect, test } from '../../src/fixtures.js';
import { ExplorerPage } from '../../src/pages/ExplorerPage.js';

test.use({ user: 'analyst' });
// Loading GraphiQL alone can take half a minute on a loaded machine (see ExplorerPage.waitForEditor).
test.setTimeout(150_000);

test('the default example returns figures, downloads flat CSV and XLSX, and saves once per name', async ({ page, shot }, testInfo) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await explorer.run();
  await expect(explorer.editor.getByRole('status')).toHaveText(/^7 dòng, 13 cột$/);
  await shot('explorer-1280');

  const csvPath = artifactPath('downloads', 'explorer-yoy.csv');
  await (await explorer.downloadCsv()).saveAs(csvPath);
  const lines = (await readFile(csvPath, 'utf8')).slice(1).split(/\r?\n/);
  expect(lines[0]).toBe(
    'name,series.indicatorCode,series.points.year,series.points.value,series.points.raw,series.points.change.fromYear,series.points.change.fromValue,series.points.change.absoluteChange,series.points.change.relativeChange,series.points.change.percentagePointChange,series.points.change.placesChange,series.points.change.trend,series.points.synthetic',
  );
  expect(lines).toHaveLength(8);
  // 91,43% → 91,88%: +0.45 points, written as the app formats it (not 0.44999999999998863). The explorer asks for
  // `synthetic` beside every figure, so the file says that the report's figures are not generated.
  expect(lines[1]).toBe('Bình Thành,N.SIPAS.SATISFACTION,2024,91.88,"91,88%",2023,91.43,0.45,0.49218,0.45,,IMPROVED,false');
  expect(lines.slice(1).every((line) => line.startsWith('Bình Thành,N.'))).toBe(true);
  expect(lines.some((line) => line.includes('NO_DATA'))).toBe(false);

  const xlsx = await explorer.downloadXlsx();
  expect(xlsx.suggestedFilename()).toBe('cchc-query.xlsx');
  const xlsxPath = artifactPath('downloads', 'explorer-yoy.xlsx');
  await xlsx.saveAs(xlsxPath);
  // An XLSX is a zip: it starts with "PK".
  expect((await readFile(xlsxPath)).subarray(0, 2).toString('latin1')).toBe('PK');

  // The docs button says what it is and opens GraphiQL's documentation beside the editor and the result.
  await explorer.docsButton.click();
  await expect(explorer.docsButton).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.graphiql-doc-explorer')).toBeVisible();
  const [result, docs] = await Promise.all([page.locator('.graphiql-response').boundingBox(), page.locator('.graphiql-plugin').boundingBox()]);
  expect(result!.width).toBeGreaterThan(300);
  expect(docs!.width).toBeGreaterThan(200);

  const name = `Thay đổi 2024 ${testInfo.workerIndex}-${Date.now()}`;
  await explorer.nameField.fill(name);
  await explorer.tools.getByRole('button', { name: 'Lưu truy vấn đang soạn' }).click();
  await expect(explorer.tools.getByRole('status')).toHaveText(`Đã lưu "${name}".`);
  await expect(explorer.savedQuery(name)).toHaveCount(1);

  await explorer.nameField.fill(name);
  await explorer.tools.getByRole('button', { name: `Ghi đè "${name}"` }).click();
  const ask = explorer.tools.getByRole('alert');
  await expect(ask).toContainText(`Bạn đã có truy vấn "${name}". Ghi đè bằng truy vấn đang soạn?`);
  await ask.getByRole('button', { name: 'Ghi đè' }).click();
  await expect(explorer.tools.getByRole('status')).toHaveText(`Đã lưu "${name}".`);
  await expect(explorer.savedQuery(name)).toHaveCount(1);
});

test('at phone width the tools and the editor stack without sideways scrolling', async ({ page, shot }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await explorer.run();
  await shot('explorer-390');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const [editors, result] = await Promise.all([page.locator('.graphiql-editors').boundingBox(), page.locator('.graphiql-response').boundingBox()]);
  // The result sits under the editor, each nearly the full width.
  expect(result!.y).toBeGreaterThanOrEqual(editors!.y + editors!.height - 1);
  expect(result!.width).toBeGreaterThan(300);
});
