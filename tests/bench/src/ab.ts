// An A/B of two API builds on a busy machine: the earlier build (BENCH_API_BEFORE) and apps/api/dist run side by side
// on the same loaded database, and short batches of sequential requests alternate between them (ABBA…), so both see
// the same load; the figure is each build's median CPU per request (server and PostgreSQL backends, from /proc).
// Run: BENCH_API_BEFORE=apps/api/dist-before node dist/ab.js --preset province --workloads W1,W2,W3 [--batches 8]
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { cchcCapabilities, cchcClient } from './cchc-client.js';
import { benchDatabaseName } from './env.js';
import { databaseUrl } from './pg.js';
import { PROVINCE_PARAMS, provinceUnits } from './province-workload.js';
import { cpuMs } from './proc.js';
import { startServer, type RunningServer } from './servers.js';
import type { SystemClient, WorkloadId } from './workloads.js';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function backendCpu(admin: pg.Client, database: string): Promise<number> {
  const pids = (await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database])).rows;
  let total = 0;
  for (const { pid } of pids) {
    try {
      total += cpuMs(pid);
    } catch {
      // the backend ended
    }
  }
  return total;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      preset: { type: 'string', default: 'province' },
      workloads: { type: 'string', default: 'W1,W2,W3' },
      batches: { type: 'string', default: '8' },
      requests: { type: 'string', default: '100' },
    },
  });
  const dbName = benchDatabaseName(values.preset);
  const dbUrl = databaseUrl(dbName);
  const admin = new pg.Client({ connectionString: dbUrl });
  await admin.connect();
  const units = await provinceUnits(admin);
  const params = PROVINCE_PARAMS;
  const systems: { label: string; server: RunningServer; client: SystemClient }[] = [];
  try {
    for (const [label, id] of [['before', 'cchc-before'], ['after', 'cchc']] as const) {
      const server = await startServer(id, dbUrl);
      const client = cchcClient(await cchcCapabilities(server.url), units);
      await client.prepare?.(server.url);
      systems.push({ label, server, client });
    }
    const batches = Number(values.batches);
    const n = Number(values.requests);
    for (const workload of (values.workloads as string).split(',') as WorkloadId[]) {
      const send = async (s: (typeof systems)[number]) => {
        const spec = s.client.request(workload, params);
        if (!spec) throw new Error(`${workload} cannot be expressed`);
        const res = await fetch(`${s.server.url}${spec.path}`, { method: spec.method, headers: spec.headers, body: spec.body ?? undefined });
        const text = await res.text();
        const expected = s.client.expectedStatus?.(workload);
        if (expected ? res.status !== expected : !res.ok) throw new Error(`${s.label} ${workload}: HTTP ${res.status} ${text.slice(0, 300)}`);
      };
      for (const s of systems) for (let i = 0; i < 20; i++) await send(s);
      const figures = new Map(systems.map((s) => [s.label, { server: [] as number[], db: [] as number[], ms: [] as number[] }]));
      for (let b = 0; b < batches; b++) {
        for (const s of b % 2 === 0 ? systems : [...systems].reverse()) {
          const server0 = cpuMs(s.server.pid);
          const db0 = await backendCpu(admin, dbName);
          const t0 = performance.now();
          for (let i = 0; i < n; i++) await send(s);
          const elapsed = performance.now() - t0;
          const f = figures.get(s.label)!;
          f.server.push((cpuMs(s.server.pid) - server0) / n);
          f.db.push(((await backendCpu(admin, dbName)) - db0) / n);
          f.ms.push(elapsed / n);
        }
      }
      const [before, after] = systems.map((s) => figures.get(s.label)!);
      const line = (label: string, f: { server: number[]; db: number[]; ms: number[] }) =>
        `${label.padEnd(7)} server CPU ${median(f.server).toFixed(3)} ms/req [${f.server.map((x) => x.toFixed(2)).join(' ')}], DB CPU ${median(f.db).toFixed(3)} ms/req, latency ${median(f.ms).toFixed(2)} ms`;
      process.stdout.write(
        `${workload} (${batches} batches × ${n} sequential requests each, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}):\n` +
          `  ${line('before', before!)}\n  ${line('after', after!)}\n` +
          `  server CPU after ÷ before: ${(median(after!.server) / median(before!.server)).toFixed(2)}\n`,
      );
    }
  } finally {
    for (const s of systems) await s.server.stop();
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
