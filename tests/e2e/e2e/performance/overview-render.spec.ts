// How long the overview takes to render in headless Chromium: navigation start → all six headline cards showing
// their figure. Printed and written to artifacts/overview-render.json for the closing note; not asserted, since
// speed depends on the machine. Runs in its own project after the scenarios so nothing else competes for the CPU.
import { writeFile } from 'node:fs/promises';
import { artifactPath } from '../../src/artifacts.js';
import { expect, test } from '../../src/fixtures.js';
import { OVERVIEW_PATH } from '../../src/pages/OverviewPage.js';

const RUNS = 5;

/** Installed before the app loads: notes performance.now() (ms since navigation start) when the headlines are in. */
function watchHeadlines(): void {
  const w = window as unknown as { __headlinesAt?: number };
  const done = () =>
    document.querySelectorAll('.headline-card .headline-value .figure, .headline-card .headline-value .no-data').length >= 6;
  const observer = new MutationObserver(() => {
    if (w.__headlinesAt === undefined && done()) {
      w.__headlinesAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

interface Sample {
  headlinesVisibleMs: number;
  responseEndMs: number;
  domContentLoadedMs: number;
  loadEventMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

test('measure: overview render time in headless Chromium', async ({ browser, baseURL }, testInfo) => {
  const measure = async (): Promise<Sample> => {
    // A new context each time: empty HTTP cache, no Apollo cache — a first visit.
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
    try {
      await context.addInitScript(watchHeadlines);
      const page = await context.newPage();
      await page.goto(OVERVIEW_PATH);
      await page.waitForFunction(() => (window as unknown as { __headlinesAt?: number }).__headlinesAt !== undefined);
      await expect(page.locator('.headline-card')).toHaveCount(6);
      return await page.evaluate(() => {
        const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return {
          headlinesVisibleMs: (window as unknown as { __headlinesAt: number }).__headlinesAt,
          responseEndMs: nav?.responseEnd ?? NaN,
          domContentLoadedMs: nav?.domContentLoadedEventEnd ?? NaN,
          loadEventMs: nav?.loadEventEnd ?? NaN,
        };
      });
    } finally {
      await context.close();
    }
  };

  await measure(); // Warm-up: server-side caches and the OS file cache, as after any deployment's first visitor.
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i += 1) samples.push(await measure());

  const headlines = samples.map((s) => s.headlinesVisibleMs);
  const summary = {
    measuredAt: new Date().toISOString(),
    what: 'navigation start → six headline figures visible, fresh browser context per run, built app served by the API',
    runs: RUNS,
    medianMs: Math.round(median(headlines)),
    minMs: Math.round(Math.min(...headlines)),
    maxMs: Math.round(Math.max(...headlines)),
    medianDomContentLoadedMs: Math.round(median(samples.map((s) => s.domContentLoadedMs))),
    samples: samples.map((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Math.round(v)]))),
  };
  await writeFile(artifactPath('overview-render.json'), `${JSON.stringify(summary, null, 2)}\n`);
  testInfo.annotations.push({ type: 'overview render (median ms)', description: String(summary.medianMs) });
  console.log(
    `[e2e] overview render: median ${summary.medianMs} ms (min ${summary.minMs}, max ${summary.maxMs}) over ${RUNS} cold visits; ` +
      `DOMContentLoaded median ${summary.medianDomContentLoadedMs} ms`,
  );
  expect(headlines.every(Number.isFinite)).toBe(true);
});
