// What a reader pays right after a write: CCHC keeps a ranking's order, an indicator's figures of a year and a unit's
// series in memory until the data version moves (apps/api/src/graphql/data-cache.ts), so the benchmark's repeated W1,
// W2 and W3 are answered from memory. This tool times the first request after each write against the requests after it: it moves
// the data version as any write does (the triggers' counter, here by hand), waits past the second in which a process
// reads it again, and sends one request, one after another.
// Run: node dist/cold.js --preset province|country [--samples 10]
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { cchcCapabilities, cchcClient } from './cchc-client.js';
import { API_MAIN, benchDatabaseName, childEnv } from './env.js';
import { databaseUrl } from './pg.js';
import { PROVINCE_PARAMS, provinceUnits } from './province-workload.js';
import { freePort } from './servers.js';
import type { HttpRequestSpec, WorkloadId } from './workloads.js';

/** A process reads the data version at most once a second (DataVersion's maxAgeMs): wait past it. */
const VERSION_AGE_MS = 1100;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { preset: { type: 'string', default: 'province' }, samples: { type: 'string', default: '10' } } });
  const samples = Number(values.samples);
  const dbName = benchDatabaseName(values.preset);
  const dbUrl = databaseUrl(dbName);
  const admin = new pg.Client({ connectionString: dbUrl });
  await admin.connect();
  const units = await provinceUnits(admin);
  const communes = (await admin.query<{ code: string }>("SELECT code FROM org_unit WHERE level = 'COMMUNE' ORDER BY code LIMIT 5000")).rows.map((r) => r.code);
  const params = { ...PROVINCE_PARAMS, manyCommunes: communes.length >= 5000 ? communes : null };

  const port = await freePort();
  const child = spawn(process.execPath, [API_MAIN], {
    env: childEnv({ DATABASE_URL: dbUrl, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn', JWT_SECRET: 'cold-bench-secret-cold-bench-secret-0000' }),
    stdio: 'inherit',
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 300; i++) {
      if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const client = cchcClient(await cchcCapabilities(url), units);
    const timed = async (workload: WorkloadId, spec: HttpRequestSpec) => {
      const started = performance.now();
      const res = await fetch(`${url}${spec.path}`, { method: spec.method, headers: spec.headers, body: spec.body ?? undefined });
      const body = (await res.json()) as unknown;
      const ms = performance.now() - started;
      if (!res.ok || client.rows(workload, body) <= 0) throw new Error(`${workload}: HTTP ${res.status}, no rows`);
      return ms;
    };
    console.log(`${dbName}: ${samples} requests each, one after another`);
    for (const workload of ['W1', 'W1-5000', 'W2', 'W3'] as const) {
      const spec = client.request(workload, params);
      if (!spec) continue;
      const cold: number[] = [];
      const warm: number[] = [];
      for (let i = 0; i < samples; i++) {
        await admin.query('UPDATE data_version SET version = version + 1 WHERE id = 1');
        await new Promise((r) => setTimeout(r, VERSION_AGE_MS));
        cold.push(await timed(workload, spec));
        warm.push(await timed(workload, spec));
      }
      const f = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
      console.log(`${workload}: first after a write ${f(cold)}; the next one ${f(warm)}`);
    }
  } finally {
    await admin.end();
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
