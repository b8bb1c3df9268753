// Closed-loop "open throttle" run with autocannon: as many requests as `connections` keep in flight, for throughput.
// Run as its own process pinned to the load core: node open-load.js <spec.json>; prints a JSON result.
import { readFileSync } from 'node:fs';
// autocannon ships no types; its result fields used here are documented in its README.
import autocannon from 'autocannon';

export interface OpenLoadSpec {
  url: string;
  connections: number;
  durationSeconds: number;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body: string | null;
  /** Answers with this status count as right (W5 warm: 304). */
  expectedStatus?: number;
}

export interface OpenLoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
  '3xx': number;
}

type Run = (options: Record<string, unknown>) => Promise<AutocannonResult>;

export async function runOpenLoad(spec: OpenLoadSpec): Promise<OpenLoadResult> {
  const result = await (autocannon as unknown as Run)({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSeconds,
    requests: [{ method: spec.method, path: spec.path, headers: spec.headers, body: spec.body ?? undefined }],
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: spec.expectedStatus === 304 ? result.non2xx - result['3xx'] : result.non2xx,
  };
}

if (process.argv[1]?.endsWith('open-load.js') && process.argv[2]) {
  const spec = JSON.parse(readFileSync(process.argv[2], 'utf8')) as OpenLoadSpec;
  runOpenLoad(spec)
    .then((result) => process.stdout.write(`${JSON.stringify(result)}\n`))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
