// CPU per request, server and PostgreSQL, for A/B of a change on a busy machine where throughput is noise:
// `node dist/cpu.js --preset province --workloads W1,W3 --requests 300 --mains <main.js>,<main.js> [--postgraphile]`
// starts each system in turn (rounds alternate the order), warms it up, sends requests from a few concurrent loops and
// charges the CPU the server process and the database's backends used (from /proc) to those requests.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { API_NODE_FLAGS } from '@cchc/api/node-flags';
import { cchcCapabilities, cchcClient } from './cchc-client.js';
import { API_MAIN, benchDatabaseName, childEnv } from './env.js';
import { databaseUrl } from './pg.js';
import { PROVINCE_PARAMS, provinceUnits } from './province-workload.js';
import { PGL_SQL } from './postgraphile-schema.js';
import { postGraphileClient } from './postgraphile-server.js';
import { cpuMs } from './proc.js';
import { freePort, startServer } from './servers.js';
import type { SystemClient, WorkloadId } from './workloads.js';

interface Target {
  label: string;
  url: string;
  pid: number;
  client: SystemClient;
  stop(): Promise<void>;
}

async function startCchc(main: string, dbUrl: string): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const port = await freePort();
  // A main may carry Node flags before its path (`--max-semi-space-size=64 apps/api/dist/main.js`): A/B of a runtime flag.
  const child = spawn(process.execPath, main.split(' ').filter(Boolean), {
    env: childEnv({ DATABASE_URL: dbUrl, PORT: String(port), NODE_ENV: 'production', DEMO_MODE: 'false', LOG_LEVEL: 'warn', JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123' }),
    stdio: 'inherit',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const exited = new Promise((r) => child.once('exit', r));
  const stop = async (): Promise<void> => {
    child.kill('SIGTERM');
    await exited;
  };
  return { url, pid: child.pid as number, stop };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      preset: { type: 'string', default: 'province' },
      workloads: { type: 'string', default: 'W1,W3' },
      requests: { type: 'string', default: '200' },
      concurrency: { type: 'string', default: '4' },
      rounds: { type: 'string', default: '2' },
      // The API as it runs (its Node flags, then its main); a main given here runs with the flags written before it.
      mains: { type: 'string', default: [...API_NODE_FLAGS, API_MAIN].join(' ') },
      postgraphile: { type: 'boolean', default: false },
    },
  });
  const dbName = benchDatabaseName(values.preset);
  const dbUrl = databaseUrl(dbName);
  const admin = new pg.Client({ connectionString: dbUrl });
  await admin.connect();
  const units = await provinceUnits(admin);
  const params = PROVINCE_PARAMS;
  const backends = async () =>
    (await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [dbName])).rows.map((r) => r.pid);
  const dbCpu = async () => {
    const m = new Map<number, number>();
    for (const pid of await backends()) {
      try {
        m.set(pid, cpuMs(pid));
      } catch {
        // the backend ended
      }
    }
    return m;
  };

  const systems: Array<() => Promise<Target>> = values.mains.split(',').map((main, i) => async () => {
    const s = await startCchc(main, dbUrl);
    return { label: `cchc#${i} ${path.relative(process.cwd(), main)}`, ...s, client: cchcClient(await cchcCapabilities(s.url), units) };
  });
  if (values.postgraphile) {
    await admin.query(PGL_SQL);
    await admin.query(`ALTER DATABASE ${dbName} SET plan_cache_mode = force_custom_plan`);
    systems.push(async () => {
      const s = await startServer('postgraphile', dbUrl, { pin: false });
      await postGraphileClient.prepare?.(s.url);
      return { label: 'postgraphile', url: s.url, pid: s.pid, stop: s.stop, client: postGraphileClient };
    });
  }
  const n = Number(values.requests);
  const concurrency = Number(values.concurrency);
  for (let round = 0; round < Number(values.rounds); round++) {
    const order = round % 2 === 0 ? systems : [...systems].reverse();
    for (const start of order) {
      const target = await start();
      try {
        for (const w of values.workloads.split(',') as WorkloadId[]) {
          const spec = target.client.request(w, params);
          if (!spec) continue;
          const send = async (): Promise<void> => {
            const res = await fetch(`${target.url}${spec.path}`, { method: spec.method, headers: spec.headers, body: spec.body ?? undefined });
            const text = await res.text();
            if (!res.ok || text.length < 10) throw new Error(`${target.label} ${w}: HTTP ${res.status} ${text.slice(0, 300)}`);
          };
          const loop = async (count: number) => {
            for (let i = 0; i < count; i++) await send();
          };
          await Promise.all(Array.from({ length: concurrency }, () => loop(Math.ceil(n / 10 / concurrency))));
          const dbBefore = await dbCpu();
          const serverBefore = cpuMs(target.pid);
          const started = performance.now();
          await Promise.all(Array.from({ length: concurrency }, () => loop(Math.ceil(n / concurrency))));
          const elapsed = performance.now() - started;
          const serverMs = cpuMs(target.pid) - serverBefore;
          let db = 0;
          for (const [pid, ms] of await dbCpu()) db += ms - (dbBefore.get(pid) ?? 0);
          const sent = Math.ceil(n / concurrency) * concurrency;
          const line = `${w} server ${(serverMs / sent).toFixed(2)} ms/req, db ${(db / sent).toFixed(2)} ms/req, ${((sent * 1000) / elapsed).toFixed(1)} req/s (load ${os.loadavg()[0]!.toFixed(1)})`;
          console.log(`round ${round + 1} ${target.label}: ${line}`);
        }
      } finally {
        await target.stop();
      }
    }
  }
  await admin.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
