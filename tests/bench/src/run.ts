// The benchmark harness: `node dist/run.js --preset tiny|province|country`. Prepares one PostgreSQL database (the
// API's migrations and seed, then the synthetic preset through COPY, then PostGraphile's views), runs every system one
// after another — order alternating between rounds — under open (throughput) and fixed-rate (latency) load, counts
// SQL statements in a separate pass, soaks with the mixed workload, and writes the medians as Markdown.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadDataset } from '@cchc/dataset';
import { planGeneration, PostgresLoader, type Preset } from '@cchc/synthetic';
import { CCHC_MAX_COMPARE_UNITS, cchcCapabilities, cchcClient } from './cchc-client.js';
import { childEnv, DB_SUFFIX, IS_CI, REPO_ROOT } from './env.js';
import type { FixedRateResult, FixedRateSpec } from './fixed-rate.js';
import type { OpenLoadResult, OpenLoadSpec } from './open-load.js';
import { createDatabase, databaseExists, databaseUrl, dropDatabase, pgReachable } from './pg.js';
import { startStatementCounter } from './pg-counter.js';
import { PGL_SQL } from './postgraphile-schema.js';
import { postGraphileClient } from './postgraphile-server.js';
import { cpuMs, peakRssMb, rssMb } from './proc.js';
import { rawFloorClient } from './raw-floor.js';
import { renderReport, type BenchReport, type SystemFigures } from './report.js';
import { LOAD_CPU, pinnedNode, startServer, SYSTEM_LABELS, SYSTEMS, type RunningServer, type SystemId } from './servers.js';
import { W5_WORKLOADS, type SystemClient, type WorkloadId, type WorkloadParams } from './workloads.js';

const DIST = path.dirname(fileURLToPath(import.meta.url));
const WORKLOADS: readonly WorkloadId[] = ['W1', 'W1-5000', 'W2', 'W3', ...W5_WORKLOADS];
const MIX: [WorkloadId, number][] = [
  ['W1', 5],
  ['W2', 3],
  ['W3', 2],
];

interface Settings {
  rounds: number;
  openSeconds: number;
  fixedSeconds: number;
  soakSeconds: number;
  connections: number;
  countRequests: number;
  /** Seconds of load before each measured run (JIT, plans, pools); 0 sends only the correctness request. */
  warmupSeconds: number;
  /** Fixed-rate runs go at this share of the slowest system's median throughput. */
  latencyLoad: number;
  write: string | null;
}

const SETTINGS: Record<'tiny' | 'province' | 'country', Settings> = {
  tiny: { rounds: 1, openSeconds: 1, fixedSeconds: 1, soakSeconds: 2, connections: 4, countRequests: 3, warmupSeconds: 0, latencyLoad: 0.5, write: null },
  province: { rounds: 3, openSeconds: 8, fixedSeconds: 8, soakSeconds: 60, connections: 8, countRequests: 10, warmupSeconds: 2, latencyLoad: 0.5, write: 'docs/benchmarks.md' },
  country: { rounds: 3, openSeconds: 8, fixedSeconds: 8, soakSeconds: 60, connections: 8, countRequests: 10, warmupSeconds: 2, latencyLoad: 0.5, write: 'docs/benchmarks.md' },
};

const median = (values: number[]): number => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const log = (message: string): void => {
  process.stderr.write(`[bench] ${message}\n`);
};

const tmp = mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-'));
let specCounter = 0;

async function runPinnedJson<T>(script: string, spec: unknown): Promise<T> {
  const file = path.join(tmp, `spec-${++specCounter}.json`);
  writeFileSync(file, JSON.stringify(spec));
  const child = pinnedNode(LOAD_CPU, [path.join(DIST, script), file], childEnv({}));
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${script} failed (${code}): ${err}`);
  return JSON.parse(out) as T;
}

/** The PostgreSQL backends serving a database, so their CPU can be charged to the requests. */
async function backendPids(admin: pg.Client, database: string): Promise<number[]> {
  const result = await admin.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [database],
  );
  return result.rows.map((r) => r.pid);
}

function cpuOf(pids: number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const pid of pids) {
    try {
      m.set(pid, cpuMs(pid));
    } catch {
      // the backend ended
    }
  }
  return m;
}

function cpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

async function request(client: SystemClient, server: RunningServer, workload: WorkloadId, params: WorkloadParams): Promise<number> {
  const spec = client.request(workload, params);
  if (!spec) return Number.NaN;
  const res = await fetch(`${server.url}${spec.path}`, { method: spec.method, headers: spec.headers, body: spec.body ?? undefined });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: rows() will say -1
  }
  const rows = client.rows(workload, body);
  const expected = client.expectedStatus?.(workload);
  if ((expected ? res.status !== expected : !res.ok) || rows < 0) throw new Error(`${server.id} ${workload}: HTTP ${res.status}, ${text.slice(0, 500)}`);
  return rows;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      preset: { type: 'string', default: 'tiny' },
      reuse: { type: 'boolean', default: false },
      'load-only': { type: 'boolean', default: false },
      systems: { type: 'string' },
      // A quick A/B of one change (each shortens the run; the report is then printed, never written to the docs):
      'db-suffix': { type: 'string' },
      rounds: { type: 'string' },
      seconds: { type: 'string' },
      workloads: { type: 'string' },
      phases: { type: 'string' },
    },
  });
  const preset = values.preset as 'tiny' | 'province' | 'country';
  const presetSettings = SETTINGS[preset];
  if (!presetSettings) throw new Error(`--preset "${values.preset}" is not one of tiny, province, country`);
  const quick = values.rounds !== undefined || values.seconds !== undefined || values.workloads !== undefined || values.phases !== undefined;
  const settings: Settings = {
    ...presetSettings,
    ...(values.rounds ? { rounds: Number(values.rounds) } : {}),
    ...(values.seconds ? { openSeconds: Number(values.seconds), fixedSeconds: Number(values.seconds) } : {}),
    ...(quick ? { write: null } : {}),
  };
  const systems = values.systems ? (values.systems.split(',') as SystemId[]) : [...SYSTEMS];
  const only = values.workloads ? new Set(values.workloads.split(',')) : null;
  const phases = new Set((values.phases ?? 'open,fixed,count,soak').split(','));
  const loadAtStart = os.loadavg();

  if (!(await pgReachable())) {
    throw new Error(`PostgreSQL is not reachable${IS_CI ? ' (CI=true: the benchmark needs it)' : ''}; start it on 127.0.0.1:5432`);
  }
  // The tiny preset runs inside `pnpm test`, possibly beside another run of it on the same PostgreSQL: its own
  // database per process, dropped at the end. The large presets keep one name so `--reuse` can skip their load.
  const scratch = preset === 'tiny' && !values.reuse;
  const suffix = values['db-suffix'] ?? DB_SUFFIX;
  const dbName = scratch ? `cchc_bench_${preset}_${process.pid}` : `cchc_bench_${preset}${suffix ? `_${suffix}` : ''}`;
  const dbUrl = databaseUrl(dbName);
  const dataset = loadDataset();
  const plan = planGeneration({ preset: preset as Preset, dataset });
  let load: BenchReport['load'] = null;

  const reuse = values.reuse && (await databaseExists(dbName));
  if (!reuse) {
    log(`creating ${dbName}, migrating and seeding through the API`);
    await createDatabase(dbName);
    const setup = await startServer('setup', dbUrl);
    await setup.stop();
    log(`loading preset ${preset}: ≈${plan.estimatedRows.toLocaleString('en-US')} rows through COPY`);
    const loader = new PostgresLoader(dbUrl);
    let lastReport = 0;
    const result = await loader.load(plan, (rows) => {
      if (rows - lastReport >= 1_000_000) {
        lastReport = rows;
        log(`  ${rows.toLocaleString('en-US')} rows`);
      }
    });
    await loader.close();
    load = { rows: result.rows, seconds: result.seconds, rowsPerSecond: result.rowsPerSecond };
    log(`loaded ${result.rows} rows in ${result.seconds.toFixed(1)} s (${Math.round(result.rowsPerSecond)} rows/s)`);
  } else {
    log(`reusing ${dbName}`);
  }
  const admin = new pg.Client({ connectionString: dbUrl });
  await admin.connect();
  if (values['load-only']) {
    const counted = await admin.query<{ n: string; bytes: string }>(
      'SELECT count(*) AS n, pg_database_size(current_database()) AS bytes FROM observation',
    );
    await admin.end();
    process.stdout.write(`${JSON.stringify({ preset, load, observations: Number(counted.rows[0]?.n), databaseMb: Math.round(Number(counted.rows[0]?.bytes) / 2 ** 20) })}\n`);
    return;
  }
  await admin.query(PGL_SQL);
  // Generic plans of prepared statements pick the (indicator, year, unit) index for per-unit lookups and run ~20×
  // slower on W3; every system gets custom plans alike (documented in docs/benchmarks.md and docs/deployment.md).
  await admin.query(`ALTER DATABASE ${dbName} SET plan_cache_mode = force_custom_plan`);
  await admin.query('VACUUM ANALYZE observation');
  const size = await admin.query<{ rows: string; units: string; bytes: string; version: string }>(
    `SELECT (SELECT count(*) FROM observation) AS rows, (SELECT count(*) FROM org_unit) AS units,
            pg_database_size(current_database()) AS bytes, current_setting('server_version') AS version`,
  );
  const sizeRow = size.rows[0];

  const home = plan.structure.districts[0];
  if (!home) throw new Error('the preset has no district');
  // Every commune in the database under the province and the district (the seeded real ones included), as a client
  // that navigated there would hold them.
  const communesUnder = async (sql: string, code: string): Promise<string[]> =>
    (await admin.query<{ code: string }>(sql, [code])).rows.map((r) => r.code);
  const provinceCommunes = await communesUnder(
    `SELECT c.code FROM org_unit c JOIN org_unit d ON d.code = c.parent_code
     WHERE d.parent_code = $1 AND c.level = 'COMMUNE' ORDER BY c.code`,
    'thai-nguyen',
  );
  const districtCommunes = await communesUnder(
    "SELECT code FROM org_unit WHERE parent_code = $1 AND level = 'COMMUNE' ORDER BY code",
    home.code,
  );
  const preferred = ['1.1', '1.2.3', '3.2.1', '3.2.2', '3.3.4', '3.4.2', '6.1', '7.5.1', 'N.PAR.SCORE', 'N.SIPAS.SATISFACTION'];
  const dashboard = preferred.filter((c) => plan.indicatorCodes.includes(c));
  for (const c of plan.indicatorCodes) if (dashboard.length < 10 && !dashboard.includes(c)) dashboard.push(c);
  const params: WorkloadParams = {
    indicator: '3.4.2',
    fromYear: 2023,
    toYear: 2024,
    province: 'thai-nguyen',
    manyCommunes: plan.communeCodes.length >= 5000 ? plan.communeCodes.slice(0, 5000) : null,
    rankYear: 2024,
    top: 50,
    district: home.code,
    dashboardIndicators: dashboard,
    firstYear: 2016,
    lastYear: 2025,
  };
  const units = { provinceCommunes, districtCommunes };

  const clients = new Map<SystemId, SystemClient>([
    ['raw', rawFloorClient],
    ['postgraphile', postGraphileClient],
  ]);
  const cchcNotes: string[] = [];
  async function clientFor(id: SystemId, server: RunningServer): Promise<SystemClient> {
    const known = clients.get(id);
    if (known) return known;
    const capabilities = await cchcCapabilities(server.url);
    if (!capabilities.countryRanking) {
      cchcNotes.push('W2: this CCHC build has no `rankingPage` with `first`/`level` for a country-wide top 50, so W2 was not run for CCHC.');
    }
    if (params.manyCommunes && params.manyCommunes.length > CCHC_MAX_COMPARE_UNITS) {
      cchcNotes.push(`W1-5000: CCHC’s \`compare\` accepts at most ${CCHC_MAX_COMPARE_UNITS} org units per request, so W1 over 5,000 communes was not run for CCHC.`);
    }
    const client = cchcClient(capabilities, units);
    clients.set(id, client);
    return client;
  }

  const figures = new Map<SystemId, SystemFigures>();
  for (const id of systems) {
    figures.set(id, { id, label: SYSTEM_LABELS[id], workloads: {}, soak: null, rows: {} });
  }
  const workloadsFor = (client: SystemClient): WorkloadId[] =>
    WORKLOADS.filter((w) => (only === null || only.has(w)) && client.request(w, params) !== null);

  // 1. Throughput: open runs, every system in turn, order alternating between rounds.
  const open = new Map<string, OpenLoadResult[]>();
  const cpu = new Map<string, { server: number[]; db: number[] }>();
  for (let round = 0; phases.has('open') && round < settings.rounds; round++) {
    const order = round % 2 === 0 ? systems : [...systems].reverse();
    for (const id of order) {
      log(`round ${round + 1}: ${SYSTEM_LABELS[id]} (open runs)`);
      const server = await startServer(id, dbUrl);
      try {
        const client = await clientFor(id, server);
        await client.prepare?.(server.url);
        for (const w of workloadsFor(client)) {
          const rows = await request(client, server, w, params);
          (figures.get(id) as SystemFigures).rows[w] = rows;
          const spec = client.request(w, params);
          if (!spec) continue;
          if (settings.warmupSeconds > 0) {
            await runPinnedJson<OpenLoadResult>('open-load.js', {
              url: server.url, connections: settings.connections, durationSeconds: settings.warmupSeconds, ...spec, expectedStatus: client.expectedStatus?.(w),
            } satisfies OpenLoadSpec);
          }
          const pids = await backendPids(admin, dbName);
          const dbBefore = cpuOf(pids);
          const serverBefore = cpuMs(server.pid);
          const result = await runPinnedJson<OpenLoadResult>('open-load.js', {
            url: server.url, connections: settings.connections, durationSeconds: settings.openSeconds, ...spec, expectedStatus: client.expectedStatus?.(w),
          } satisfies OpenLoadSpec);
          const serverCpu = cpuMs(server.pid) - serverBefore;
          const dbCpu = cpuDelta(dbBefore, cpuOf(await backendPids(admin, dbName)));
          const key = `${id}|${w}`;
          open.set(key, [...(open.get(key) ?? []), result]);
          const c = cpu.get(key) ?? { server: [], db: [] };
          c.server.push(serverCpu / Math.max(1, result.requests));
          c.db.push(dbCpu / Math.max(1, result.requests));
          cpu.set(key, c);
          if (result.errors > 0 || result.non2xx > 0) throw new Error(`${id} ${w}: ${result.errors} errors, ${result.non2xx} non-2xx under open load`);
          const n = Math.max(1, result.requests);
          log(
            `  ${w}: ${result.requestsPerSecond} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ` +
              `server CPU ${(serverCpu / n).toFixed(3)} ms/req, DB CPU ${(dbCpu / n).toFixed(3)} ms/req, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
          );
        }
        const f = figures.get(id) as SystemFigures;
        f.peakRssMb = Math.max(f.peakRssMb ?? 0, peakRssMb(server.pid));
      } finally {
        await server.stop();
      }
    }
  }

  // 2. Latency: the same fixed rate for every system (a share of the slowest one's throughput), open-loop.
  const rates = new Map<WorkloadId, number>();
  for (const w of WORKLOADS) {
    const throughputs = systems.map((id) => median((open.get(`${id}|${w}`) ?? []).map((r) => r.requestsPerSecond))).filter(Number.isFinite);
    if (throughputs.length) rates.set(w, Math.max(1, Math.floor(Math.min(...throughputs) * settings.latencyLoad)));
  }
  const fixed = new Map<string, FixedRateResult[]>();
  for (let round = 0; phases.has('fixed') && round < settings.rounds; round++) {
    const order = round % 2 === 0 ? [...systems].reverse() : systems;
    for (const id of order) {
      log(`round ${round + 1}: ${SYSTEM_LABELS[id]} (fixed-rate runs)`);
      const server = await startServer(id, dbUrl);
      try {
        const client = await clientFor(id, server);
        await client.prepare?.(server.url);
        for (const w of workloadsFor(client)) {
          const spec = client.request(w, params);
          const rate = rates.get(w);
          if (!spec || !rate) continue;
          const base = { url: `${server.url}${spec.path}`, method: spec.method, headers: spec.headers, bodies: [spec.body], expectedStatus: client.expectedStatus?.(w) };
          if (settings.warmupSeconds > 0) {
            await runPinnedJson<FixedRateResult>('fixed-rate.js', { ...base, rate, durationSeconds: settings.warmupSeconds } satisfies FixedRateSpec);
          }
          const result = await runPinnedJson<FixedRateResult>('fixed-rate.js', {
            ...base, rate, durationSeconds: settings.fixedSeconds,
          } satisfies FixedRateSpec);
          if (result.errors > 0 || result.non2xx > 0) throw new Error(`${id} ${w}: ${result.errors} errors, ${result.non2xx} non-2xx at ${rate} req/s`);
          const key = `${id}|${w}`;
          fixed.set(key, [...(fixed.get(key) ?? []), result]);
          log(`  ${w} at ${rate} req/s: p50 ${result.p50} ms, p99 ${result.p99} ms`);
        }
      } finally {
        await server.stop();
      }
    }
  }

  // 3. SQL statements per request: a separate pass through a wire-protocol counter (it adds latency of its own).
  const pgUrl = new URL(dbUrl);
  const counter = await startStatementCounter(pgUrl.hostname, Number(pgUrl.port || 5432));
  const countedUrl = new URL(dbUrl);
  countedUrl.port = String(counter.port);
  const statements = new Map<string, number>();
  for (const id of phases.has('count') ? systems : []) {
    const server = await startServer(id, countedUrl.toString());
    try {
      const client = await clientFor(id, server);
        await client.prepare?.(server.url);
      for (const w of workloadsFor(client)) {
        for (let i = 0; i < 2; i++) await request(client, server, w, params);
        counter.reset();
        for (let i = 0; i < settings.countRequests; i++) await request(client, server, w, params);
        statements.set(`${id}|${w}`, counter.count() / settings.countRequests);
      }
    } finally {
      await server.stop();
    }
  }
  await counter.close();

  // 4. Mixed soak at 70% of each system's own peak for the 50/30/20 mix of W1–W3.
  for (const id of phases.has('soak') ? systems : []) {
    const server = await startServer(id, dbUrl);
    try {
      const client = await clientFor(id, server);
        await client.prepare?.(server.url);
      const kinds = MIX.filter(([w]) => client.request(w, params) !== null);
      const specs = kinds.map(([w]) => client.request(w, params));
      const mixedPeak =
        1 /
        kinds.reduce((sum, [w, weight]) => {
          const t = median((open.get(`${id}|${w}`) ?? []).map((r) => r.requestsPerSecond));
          return sum + weight / kinds.reduce((s, [, x]) => s + x, 0) / t;
        }, 0);
      const rate = Math.max(1, Math.floor(0.7 * mixedPeak));
      const first = specs[0];
      if (!first) continue;
      const spec: FixedRateSpec = {
        url: `${server.url}${first.path}`,
        method: first.method,
        headers: first.headers,
        bodies: specs.map((s) => s?.body ?? null),
        paths: specs.map((s) => s?.path ?? '/'),
        weights: kinds.map(([, weight]) => weight),
        rate,
        durationSeconds: settings.soakSeconds,
      };
      log(`soak: ${SYSTEM_LABELS[id]} at ${rate} req/s for ${settings.soakSeconds} s`);
      if (settings.warmupSeconds > 0) await runPinnedJson<FixedRateResult>('fixed-rate.js', { ...spec, durationSeconds: settings.warmupSeconds });
      const rssBefore = rssMb(server.pid);
      const result = await runPinnedJson<FixedRateResult>('fixed-rate.js', spec);
      const rssAfter = rssMb(server.pid);
      const f = figures.get(id) as SystemFigures;
      f.soak = {
        rate,
        mix: kinds.map(([w, weight]) => `${w} ${Math.round((weight / kinds.reduce((t, [, x]) => t + x, 0)) * 100)}%`).join(', '),
        result,
        rssBeforeMb: rssBefore,
        rssAfterMb: rssAfter,
      };
      f.peakRssMb = Math.max(f.peakRssMb ?? 0, peakRssMb(server.pid));
    } finally {
      await server.stop();
    }
  }
  await admin.end();
  if (scratch) await dropDatabase(dbName);

  for (const id of systems) {
    const f = figures.get(id) as SystemFigures;
    for (const w of WORKLOADS) {
      const key = `${id}|${w}`;
      const o = open.get(key);
      if (!o) continue;
      const x = fixed.get(key) ?? [];
      f.workloads[w] = {
        requestsPerSecond: median(o.map((r) => r.requestsPerSecond)),
        openP50: median(o.map((r) => r.p50)),
        openP99: median(o.map((r) => r.p99)),
        fixedRate: rates.get(w) ?? Number.NaN,
        p50: median(x.map((r) => r.p50)),
        p99: median(x.map((r) => r.p99)),
        serverCpuMsPerRequest: median(cpu.get(key)?.server ?? []),
        dbCpuMsPerRequest: median(cpu.get(key)?.db ?? []),
        statementsPerRequest: statements.get(key) ?? Number.NaN,
      };
    }
  }

  const report: BenchReport = {
    preset,
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres: sizeRow?.version ?? 'unknown',
      os: `${os.type()} ${os.release()}`,
      loadAverage: { start: loadAtStart, end: os.loadavg() },
    },
    data: {
      observations: Number(sizeRow?.rows),
      units: Number(sizeRow?.units),
      communes: plan.communeCodes.length,
      databaseMb: Math.round(Number(sizeRow?.bytes) / 2 ** 20),
    },
    load,
    settings: { ...settings, rates: Object.fromEntries(rates) },
    params: { ...params, manyCommunes: params.manyCommunes ? params.manyCommunes.length : null },
    systems: systems.map((id) => figures.get(id) as SystemFigures),
    notes: [...new Set(cchcNotes)],
  };
  const markdown = renderReport(report, settings.write ? readPrevious(settings.write) : null);
  const jsonFile = path.join(tmp, `bench-${preset}.json`);
  writeFileSync(jsonFile, JSON.stringify(report, null, 2));
  if (settings.write) {
    writeFileSync(path.join(REPO_ROOT, settings.write), markdown);
    log(`wrote ${settings.write} (raw figures: ${jsonFile})`);
  } else {
    process.stdout.write(markdown);
    log(`raw figures: ${jsonFile}`);
  }
}

function readPrevious(file: string): string | null {
  try {
    return readFileSync(path.join(REPO_ROOT, file), 'utf8');
  } catch {
    return null;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
