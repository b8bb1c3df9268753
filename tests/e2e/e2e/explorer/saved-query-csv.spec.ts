// An analyst opens a saved query in the explorer, runs it, and downloads the result rows as CSV.
import { readFile } from 'node:fs/promises';
import { saveQuery } from '../../src/api.js';
import { artifactPath } from '../../src/artifacts.js';
import { expect, test } from '../../src/fixtures.js';
import { ExplorerPage } from '../../src/pages/ExplorerPage.js';

test.use({ user: 'analyst' });
// Loading GraphiQL alone can take half a minute on a loaded machine (see ExplorerPage.waitForEditor).
test.setTimeout(150_000);

const QUERY = `query OnlineFiling($code: String!, $orgUnitCode: String!) {
  indicator(code: $code) {
    observations(orgUnitCode: $orgUnitCode) {
      period { year }
      value
      raw
    }
  }
}`;

test('run a saved query in the explorer and download its CSV', async ({ page, shot }, testInfo) => {
  const name = `Tỷ lệ hồ sơ trực tuyến ${testInfo.workerIndex}-${Date.now()}`;
  await saveQuery('analyst', name, QUERY, { code: 'N.TTHC.ONLINE_FILE_RATE', orgUnitCode: 'binh-thanh' });

  // The server's Content-Security-Policy (no inline script) must not block any part of the bundled explorer.
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  const explorer = new ExplorerPage(page);
  const response = await page.goto('/explorer');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await explorer.goto();
  await expect(explorer.downloadButton).toBeDisabled();
  await explorer.openSaved(name);
  await explorer.run();
  await expect(explorer.downloadButton).toBeEnabled();
  await shot('explorer-saved-query');

  expect(blocked).toEqual([]);

  const download = await explorer.downloadCsv();
  expect(download.suggestedFilename()).toBe('cchc-query.csv');
  const path = artifactPath('downloads', 'saved-query.csv');
  await download.saveAs(path);
  const text = await readFile(path, 'utf8');
  // A byte-order mark so spreadsheet programs read UTF-8, then one row per year with the report's text as written, and
  // the synthetic flag the explorer asks for beside every figure (the query did not select it).
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.slice(1).split(/\r?\n/)).toEqual([
    'period.year,value,raw,synthetic',
    '2021,28.05,"28,05%",false',
    '2022,45.11,"45,11%",false',
    '2023,98.53,"98,53%",false',
    '2024,100,100%,false',
  ]);
});
