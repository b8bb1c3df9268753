// Largest Contentful Paint on a commune official's phone (issue 12): 390 px wide, CPU slowed 4× and Lighthouse's
// "Fast 3G" network (1.6 Mbps down, 750 kbps up, 150 ms round trip) through the Chrome DevTools Protocol, a cold
// cache each visit. Printed and written to artifacts/phone-lcp.json for docs/benchmarks.md; not asserted, since speed
// depends on the machine (the goal, 2.5 s, is reported there as met or missed). Runs with the performance project.
import { writeFile } from 'node:fs/promises';
import { artifactPath } from '../../src/artifacts.js';
import { expect, test } from '../../src/fixtures.js';
import { OVERVIEW_PATH } from '../../src/pages/OverviewPage.js';

const RUNS = 3;
const PAGES = [
  { name: 'overview', path: OVERVIEW_PATH, ready: '.headline-card' },
  { name: 'indicator', path: '/units/binh-thanh/indicators/N.TTHC.ONLINE_FILE_RATE', ready: 'article.indicator-page h1' },
] as const;

/** Lighthouse's "Fast 3G" (its mobile preset): throughput in bytes per second. */
const FAST_3G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** Installed before the app loads: keeps the last largest-contentful-paint entry (ms since navigation start). */
function watchLcp(): void {
  const w = window as unknown as { __lcp?: { at: number; element: string } };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
      const el = entry.element;
      w.__lcp = { at: entry.startTime, element: el ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}` : '?' };
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

interface Sample {
  lcpMs: number;
  lcpElement: string;
  transferredKb: number;
  requests: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

test('measure: LCP at 390 px, 4× CPU slowdown, Fast 3G', async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(900_000);
  const measure = async (path: string, ready: string): Promise<Sample> => {
    const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
    try {
      await context.addInitScript(watchLcp);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', FAST_3G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      let transferred = 0;
      let requests = 0;
      cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
        transferred += e.encodedDataLength;
        requests += 1;
      });
      await page.goto(path);
      await page.locator(ready).first().waitFor({ timeout: 60_000 });
      // The largest paint of the first screen comes with its data; let the page settle before reading the last entry.
      await page.waitForTimeout(1500);
      const lcp = await page.evaluate(() => (window as unknown as { __lcp?: { at: number; element: string } }).__lcp);
      return { lcpMs: lcp?.at ?? NaN, lcpElement: lcp?.element ?? 'none', transferredKb: transferred / 1024, requests };
    } finally {
      await context.close();
    }
  };

  const results: Record<string, unknown> = {};
  const lines: string[] = [];
  for (const p of PAGES) {
    await measure(p.path, p.ready); // warm-up: the server's caches, as after a deployment's first visitor
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const sample = await measure(p.path, p.ready);
      console.log(`[e2e] ${p.name}: LCP ${Math.round(sample.lcpMs)} ms (${sample.lcpElement}), ${Math.round(sample.transferredKb)} KiB in ${sample.requests} requests`);
      samples.push(sample);
    }
    const lcp = samples.map((s) => s.lcpMs);
    results[p.name] = {
      path: p.path,
      medianLcpMs: Math.round(median(lcp)),
      minLcpMs: Math.round(Math.min(...lcp)),
      maxLcpMs: Math.round(Math.max(...lcp)),
      lcpElement: samples[0]?.lcpElement,
      transferredKb: Math.round(median(samples.map((s) => s.transferredKb))),
      requests: median(samples.map((s) => s.requests)),
    };
    lines.push(`${p.name} LCP median ${Math.round(median(lcp))} ms (min ${Math.round(Math.min(...lcp))}, max ${Math.round(Math.max(...lcp))}), ${Math.round(median(samples.map((s) => s.transferredKb)))} KiB transferred`);
    expect(lcp.every(Number.isFinite)).toBe(true);
  }
  const summary = {
    measuredAt: new Date().toISOString(),
    what: 'Largest Contentful Paint, 390×844 px, CPU 4× slower, Fast 3G (1.6 Mbps, 150 ms RTT), cold cache, median of runs',
    runs: RUNS,
    pages: results,
  };
  await writeFile(artifactPath('phone-lcp.json'), `${JSON.stringify(summary, null, 2)}\n`);
  for (const line of lines) {
    testInfo.annotations.push({ type: 'phone LCP', description: line });
    console.log(`[e2e] ${line}`);
  }
});
