// Open-loop load at a fixed rate: request i is due at start + i / rate and its latency is measured from that due
// time, so a slow response delays the clock of the requests queued behind it (no coordinated omission).
// Run as its own process pinned to the load core: node fixed-rate.js <spec.json>; prints a JSON result.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import * as hdr from 'hdr-histogram-js';

export interface FixedRateSpec {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** One body per request kind; with weights the kind of request i is drawn in proportion. */
  bodies: (string | null)[];
  paths?: string[];
  weights?: number[];
  rate: number;
  durationSeconds: number;
  /** Answers with this status count as right (W5 warm: 304). */
  expectedStatus?: number;
}

export interface FixedRateResult {
  sent: number;
  completed: number;
  errors: number;
  non2xx: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  achievedRate: number;
  /** The same percentiles for each request kind (in the order of `bodies`), for mixes whose kinds differ in cost. */
  byKind: { completed: number; p50: number; p99: number }[];
  /** What went wrong, by error code or HTTP status (e.g. ECONNRESET: 3, HTTP 502: 1), so an error can be chased. */
  errorKinds: Record<string, number>;
}

export async function runFixedRate(spec: FixedRateSpec): Promise<FixedRateResult> {
  const newHistogram = (): ReturnType<typeof hdr.build> =>
    hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 120_000_000, numberOfSignificantValueDigits: 3 });
  const histogram = newHistogram();
  const kindHistograms = spec.bodies.map(newHistogram);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const url = new URL(spec.url);
  const total = Math.round(spec.rate * spec.durationSeconds);
  const weights = spec.weights ?? spec.bodies.map(() => 1);
  // A fixed cyclic pattern rather than randomness: the mix is exact and the same for every system.
  const kinds: number[] = [];
  weights.forEach((w, k) => {
    for (let i = 0; i < w; i++) kinds.push(k);
  });
  let sent = 0;
  let completed = 0;
  let errors = 0;
  let non2xx = 0;
  const errorKinds: Record<string, number> = {};
  const tally = (what: string): void => {
    errorKinds[what] = (errorKinds[what] ?? 0) + 1;
  };
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const finish = (): void => {
      if (completed + errors === total) resolve();
    };
    const fire = (due: number): void => {
      const kind = kinds[sent % kinds.length] as number;
      const body = spec.bodies[kind] ?? null;
      const path = spec.paths?.[kind] ?? url.pathname + url.search;
      sent++;
      const req = http.request(
        { host: url.hostname, port: url.port, path, method: spec.method, headers: spec.headers, agent },
        (res) => {
          if ((res.statusCode ?? 0) >= 300 && res.statusCode !== spec.expectedStatus) {
            non2xx++;
            tally(`HTTP ${res.statusCode}`);
          }
          res.resume();
          res.on('end', () => {
            const us = Math.max(1, Math.round((performance.now() - due) * 1000));
            histogram.recordValue(us);
            kindHistograms[kind]?.recordValue(us);
            completed++;
            finish();
          });
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        errors++;
        tally(error.code ?? error.message);
        finish();
      });
      if (body !== null) req.end(body);
      else req.end();
    };
    const tick = (): void => {
      const now = performance.now();
      while (sent < total) {
        const due = start + (sent * 1000) / spec.rate;
        if (due > now) break;
        fire(due);
      }
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const ms = (us: number): number => Math.round(us / 10) / 100;
  return {
    sent,
    completed,
    errors,
    non2xx,
    p50: ms(histogram.getValueAtPercentile(50)),
    p90: ms(histogram.getValueAtPercentile(90)),
    p99: ms(histogram.getValueAtPercentile(99)),
    max: ms(histogram.maxValue),
    mean: ms(histogram.mean),
    achievedRate: Math.round((completed / elapsed) * 10) / 10,
    byKind: kindHistograms.map((h) => ({
      completed: h.totalCount,
      p50: ms(h.getValueAtPercentile(50)),
      p99: ms(h.getValueAtPercentile(99)),
    })),
    errorKinds,
  };
}

if (process.argv[1]?.endsWith('fixed-rate.js') && process.argv[2]) {
  const spec = JSON.parse(readFileSync(process.argv[2], 'utf8')) as FixedRateSpec;
  runFixedRate(spec)
    .then((result) => process.stdout.write(`${JSON.stringify(result)}\n`))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
