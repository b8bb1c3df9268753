// The benchmark harness: `node dist/run.js --preset tiny|province|country`. Prepares one PostgreSQL database (the
// API's migrations and seed, then the synthetic preset through COPY, then PostGraphile's views), runs every system one
// after another — order alternating between rounds — under open (throughput) and fixed-rate (latency) load, counts
// SQL statements in a separate pass, soaks with the mixed workload, and writes the medians as Markdown.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadDataset } from '@cchc/dataset';
import { API_NODE_FLAGS } from '@cchc/api/node-flags';
import { planGeneration, PostgresLoader, type CopyFormat, type Preset } from '@cchc/synthetic';
import { CCHC_MAX_COMPARE_UNITS, cchcCapabilities, cchcClient } from './cchc-client.js';
import { BENCH_DB_SUFFIX, BENCH_KEEP_HEAP, childEnv, IS_CI, REPO_ROOT } from './env.js';
import type { FixedRateResult, FixedRateSpec } from './fixed-rate.js';
import type { OpenLoadResult, OpenLoadSpec } from './open-load.js';
import { createDatabase, createDatabaseFrom, databaseExists, databaseUrl, dropDatabase, pgReachable } from './pg.js';
import { startStatementCounter } from './pg-counter.js';
import { PGL_SQL } from './postgraphile-schema.js';
import { postGraphileClient } from './postgraphile-server.js';
import { cpuMs, peakRssMb } from './proc.js';
import { rawFloorClient } from './raw-floor.js';
import { renderReport, type BenchReport, type SystemFigures } from './report.js';
import { renderHeapComparison } from './heap-snapshot.js';
import { runW4, type W4Settings } from './soak.js';
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
  /** W4: step-up search for the sustainable rate, then the soak (soakSeconds) with RSS samples and heap snapshots. */
  w4: Omit<W4Settings, 'soakSeconds'>;
  /** Measure the load's floor (server-side COPY from a file, same transaction) beside the loader. */
  floor: boolean;
}

const W4_TINY: Settings['w4'] = {
  unloadedSeconds: 2, unloadedWarmupSeconds: 0, unloadedRate: 5, stepSeconds: 1, stepWarmupSeconds: 0, stepFactor: 2, refineSteps: 0, maxSteps: 3,
  tailLimit: 3, soakShare: 0.7, soakWarmupSeconds: 1, rssEverySeconds: 1, heapSnapshots: true,
};
const W4_FULL: Settings['w4'] = {
  unloadedSeconds: 30, unloadedWarmupSeconds: 10, unloadedRate: 2, stepSeconds: 15, stepWarmupSeconds: 3, stepFactor: 1.5, refineSteps: 3, maxSteps: 14,
  tailLimit: 3, soakShare: 0.7, soakWarmupSeconds: 60, rssEverySeconds: 5, heapSnapshots: true,
};

const SETTINGS: Record<'tiny' | 'province' | 'country', Settings> = {
  tiny: { rounds: 1, openSeconds: 1, fixedSeconds: 1, soakSeconds: 4, connections: 4, countRequests: 3, warmupSeconds: 0, latencyLoad: 0.5, write: null, w4: W4_TINY, floor: false },
  province: { rounds: 3, openSeconds: 8, fixedSeconds: 8, soakSeconds: 600, connections: 8, countRequests: 10, warmupSeconds: 2, latencyLoad: 0.5, write: 'docs/benchmarks.md', w4: W4_FULL, floor: false },
  country: { rounds: 3, openSeconds: 8, fixedSeconds: 8, soakSeconds: 600, connections: 8, countRequests: 10, warmupSeconds: 2, latencyLoad: 0.5, write: 'docs/benchmarks.md', w4: W4_FULL, floor: true },
};
const PHASES = ['open', 'fixed', 'count', 'w4'] as const;
type Phase = (typeof PHASES)[number];

const median = (values: number[]): number => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** What the report says of CCHC's Node flags: the API's own, or the run's instead of them. */
function nodeFlagsNote(runFlags: readonly string[] | undefined): string {
  const own = API_NODE_FLAGS.length ? `\`${API_NODE_FLAGS.join(' ')}\`` : 'none';
  if (runFlags === undefined) return `CCHC ran with its own Node flags (${own}).`;
  return `CCHC ran with the Node flags ${runFlags.length ? `\`${runFlags.join(' ')}\`` : 'none'} instead of its own (${own}).`;
}

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
      /** Database name suffix (default $BENCH_DB_SUFFIX): cchc_bench_<preset>_<suffix>. */
      'db-suffix': { type: 'string' },
      /** Comma-separated subset of open,fixed,count,w4 (fixed needs open's throughput for its rates). */
      phases: { type: 'string' },
      'soak-seconds': { type: 'string' },
      'step-seconds': { type: 'string' },
      /** Measure (or skip, --no-floor) the server-side COPY floor beside the loader. */
      floor: { type: 'boolean' },
      'no-floor': { type: 'boolean', default: false },
      'copy-format': { type: 'string', default: 'binary' },
      /** Write the Markdown here instead of the preset's docs file (or the terminal). */
      out: { type: 'string' },
      // A quick A/B of one change (each shortens the run; the report is then printed, never written to the docs):
      rounds: { type: 'string' },
      seconds: { type: 'string' },
      workloads: { type: 'string' },
      /** Node flags for every CCHC server of the run instead of the API's own (an A/B of a runtime flag; "" for none). */
      'cchc-node-flags': { type: 'string' },
    },
  });
  const preset = values.preset as 'tiny' | 'province' | 'country';
  const base = SETTINGS[preset];
  if (!base) throw new Error(`--preset "${values.preset}" is not one of tiny, province, country`);
  const seconds = (option: string | undefined, fallback: number, name: string): number => {
    if (option === undefined) return fallback;
    const n = Number(option);
    if (!(n > 0)) throw new Error(`--${name} "${option}" is not a positive number of seconds`);
    return n;
  };
  const settings: Settings = {
    ...base,
    soakSeconds: seconds(values['soak-seconds'], base.soakSeconds, 'soak-seconds'),
    w4: { ...base.w4, stepSeconds: seconds(values['step-seconds'], base.w4.stepSeconds, 'step-seconds') },
    floor: values['no-floor'] ? false : (values.floor ?? base.floor),
    write: values.out ?? base.write,
    ...(values.rounds ? { rounds: Number(values.rounds) } : {}),
    ...(values.seconds ? { openSeconds: Number(values.seconds), fixedSeconds: Number(values.seconds) } : {}),
  };
  // A shortened run is printed, never written over the docs' figures (unless --out says where).
  if (values.out === undefined && (values.rounds ?? values.seconds ?? values.workloads ?? values.phases ?? values['cchc-node-flags']) !== undefined) settings.write = null;
  const cchcNodeFlags = values['cchc-node-flags']?.split(/\s+/).filter(Boolean);
  for (const flag of cchcNodeFlags ?? []) if (!/^--[a-z0-9-]+(=[\w./-]+)?$/.test(flag)) throw new Error(`--cchc-node-flags: "${flag}" is not a Node flag`);
  /** The system's server, CCHC with the run's Node flags when they are given. */
  const start = (id: SystemId, url: string, nodeArgs: string[] = []): Promise<RunningServer> =>
    startServer(id, url, { nodeArgs, ...(cchcNodeFlags ? { apiNodeFlags: cchcNodeFlags } : {}) });
  settings.w4.soakWarmupSeconds = Math.min(settings.w4.soakWarmupSeconds, settings.soakSeconds / 2);
  const phases = new Set<Phase>(values.phases ? (values.phases.split(',') as Phase[]) : PHASES);
  for (const p of phases) if (!PHASES.includes(p)) throw new Error(`--phases: "${p}" is not one of ${PHASES.join(', ')}`);
  const copyFormat = values['copy-format'] as CopyFormat;
  if (copyFormat !== 'binary' && copyFormat !== 'text') throw new Error(`--copy-format "${copyFormat}" is not binary or text`);
  const suffix = values['db-suffix'] ?? BENCH_DB_SUFFIX;
  if (suffix && !/^[a-z0-9_]+$/.test(suffix)) throw new Error(`the database suffix "${suffix}" may hold only a-z, 0-9 and _`);
  const systems = values.systems ? (values.systems.split(',') as SystemId[]) : [...SYSTEMS];
  const only = values.workloads ? new Set(values.workloads.split(',')) : null;
  const loadAtStart = os.loadavg();

  if (!(await pgReachable())) {
    throw new Error(`PostgreSQL is not reachable${IS_CI ? ' (CI=true: the benchmark needs it)' : ''}; start it on 127.0.0.1:5432`);
  }
  // The tiny preset runs inside `pnpm test`, possibly beside another run of it on the same PostgreSQL: its own
  // database per process, dropped at the end. The large presets keep one name so `--reuse` can skip their load.
  const scratch = preset === 'tiny' && !values.reuse;
  const dbName = `cchc_bench_${preset}${suffix ? `_${suffix}` : ''}${scratch ? `_${process.pid}` : ''}`;
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
    let floor: { seconds: number; rows: number; backendCpuSeconds: number } | null = null;
    if (settings.floor) floor = await measureFloor(dbName, plan, copyFormat);
    log(`loading preset ${preset}: ≈${plan.estimatedRows.toLocaleString('en-US')} rows through COPY (${copyFormat})`);
    const loader = new PostgresLoader(dbUrl, { format: copyFormat });
    const clientCpuBefore = process.cpuUsage();
    let lastReport = 0;
    const result = await loader.load(plan, (rows) => {
      if (rows - lastReport >= 1_000_000) {
        lastReport = rows;
        log(`  ${rows.toLocaleString('en-US')} rows`);
      }
    });
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const backendCpuSeconds = backendCpu(loader.backendPid);
    await loader.close();
    load = {
      rows: result.rows,
      backendCpuSeconds,
      clientCpuSeconds: (clientCpu.user + clientCpu.system) / 1e6,
      seconds: result.seconds,
      rowsPerSecond: result.rowsPerSecond,
      format: copyFormat,
      ...(floor ? { floorSeconds: floor.seconds, floorRows: floor.rows, floorBackendCpuSeconds: floor.backendCpuSeconds } : {}),
    };
    log(`loaded ${result.rows} rows in ${result.seconds.toFixed(1)} s (${Math.round(result.rowsPerSecond)} rows/s)` +
      `, PostgreSQL backend CPU ${backendCpuSeconds.toFixed(1)} s, loader (Node) CPU ${load.clientCpuSeconds?.toFixed(1)} s` +
      (floor ? `; floor ${floor.seconds.toFixed(1)} s (backend CPU ${floor.backendCpuSeconds.toFixed(1)} s), loader ÷ floor ${(result.seconds / floor.seconds).toFixed(2)}× (load average ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')})` : ''));
    if (floor && floor.rows !== result.rows) throw new Error(`the floor copied ${floor.rows} rows, the loader ${result.rows}: not the same rows`);
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
    process.stdout.write(`${JSON.stringify({ preset, load, loadAverage: os.loadavg(), observations: Number(counted.rows[0]?.n), databaseMb: Math.round(Number(counted.rows[0]?.bytes) / 2 ** 20) })}\n`);
    return;
  }
  await admin.query(PGL_SQL);
  // Generic plans of prepared statements pick the (indicator, year, unit) index for per-unit lookups and run ~20×
  // slower on W3; every system gets custom plans alike (documented in docs/benchmarks.md and docs/deployment.md).
  await admin.query(`ALTER DATABASE ${dbName} SET plan_cache_mode = force_custom_plan`);
  await admin.query('VACUUM ANALYZE observation, org_unit');
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
    if (!capabilities.compareWithin) {
      cchcNotes.push('W1: this CCHC build’s `compare` takes no `withinOrgUnitCode`, so W1 sent the province’s commune codes.');
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
    figures.set(id, { id, label: SYSTEM_LABELS[id], workloads: {}, w4: null, rows: {} });
  }
  const workloadsFor = (client: SystemClient): WorkloadId[] =>
    WORKLOADS.filter((w) => (only === null || only.has(w)) && client.request(w, params) !== null);

  // 1. Throughput: open runs, every system in turn, order alternating between rounds.
  const open = new Map<string, OpenLoadResult[]>();
  const cpu = new Map<string, { server: number[]; db: number[] }>();
  for (let round = 0; round < (phases.has('open') ? settings.rounds : 0); round++) {
    const order = round % 2 === 0 ? systems : [...systems].reverse();
    for (const id of order) {
      log(`round ${round + 1}: ${SYSTEM_LABELS[id]} (open runs)`);
      const server = await start(id, dbUrl);
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
  // A warm W5 page (only CCHC answers it) runs at its cold page's rate, so the two latencies compare: from CCHC's own
  // warm throughput alone it was 10,000 req/s and more, past what the one-core load generator sends — it fell behind,
  // a connection failed and the whole run stopped (stops 12 and 13).
  for (const w of W5_WORKLOADS) {
    const cold = rates.get(w.replace(/-warm$/, '') as WorkloadId);
    if (w.endsWith('-warm') && cold !== undefined && rates.has(w)) rates.set(w, cold);
  }
  const fixed = new Map<string, FixedRateResult[]>();
  for (let round = 0; round < (phases.has('fixed') && rates.size > 0 ? settings.rounds : 0); round++) {
    const order = round % 2 === 0 ? [...systems].reverse() : systems;
    for (const id of order) {
      log(`round ${round + 1}: ${SYSTEM_LABELS[id]} (fixed-rate runs)`);
      const server = await start(id, dbUrl);
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
          // Errors at a fixed rate are a finding about that system at that rate: counted and reported beside its
          // latencies (open runs, which measure throughput, still stop the run on one — a fast wrong answer must not count).
          const failed = result.errors + result.non2xx;
          const key = `${id}|${w}`;
          fixed.set(key, [...(fixed.get(key) ?? []), result]);
          log(`  ${w} at ${rate} req/s: p50 ${result.p50} ms, p99 ${result.p99} ms${failed > 0 ? `, ${failed} errors (${JSON.stringify(result.errorKinds)})` : ''}`);
        }
      } finally {
        await server.stop();
      }
    }
  }

  // 3. SQL statements per request: a separate pass through a wire-protocol counter (it adds latency of its own).
  const statements = new Map<string, number>();
  if (phases.has('count')) {
  const pgUrl = new URL(dbUrl);
  const counter = await startStatementCounter(pgUrl.hostname, Number(pgUrl.port || 5432));
  const countedUrl = new URL(dbUrl);
  countedUrl.port = String(counter.port);
  for (const id of systems) {
    const server = await start(id, countedUrl.toString());
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
  }

  // 4. W4: the mixed workload's sustainable rate by a step-up search, then the soak at 70% of it with RSS every few
  // seconds and heap snapshots before and after (the server runs with --heapsnapshot-signal).
  for (const id of phases.has('w4') ? systems : []) {
    const heapDir = path.join(tmp, `heap-${id}`);
    rmSync(heapDir, { recursive: true, force: true });
    mkdirSync(heapDir, { recursive: true });
    const server = await start(id, dbUrl, ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${heapDir}`]);
    try {
      const client = await clientFor(id, server);
      await client.prepare?.(server.url);
      const kinds = MIX.filter(([w]) => client.request(w, params) !== null);
      const specs = kinds.map(([w]) => client.request(w, params));
      const first = specs[0];
      if (!first) continue;
      log(`W4: ${SYSTEM_LABELS[id]} (load average ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')})`);
      const w4 = await runW4({
        server,
        spec: {
          url: `${server.url}${first.path}`,
          method: first.method,
          headers: first.headers,
          bodies: specs.map((x) => x?.body ?? null),
          paths: specs.map((x) => x?.path ?? '/'),
          weights: kinds.map(([, weight]) => weight),
        },
        kinds: kinds.map(([w]) => w),
        settings: { ...settings.w4, soakSeconds: settings.soakSeconds },
        fixedRate: (spec) => runPinnedJson<FixedRateResult>('fixed-rate.js', spec),
        heapDir,
        log,
      });
      const f = figures.get(id) as SystemFigures;
      const total = kinds.reduce((t, [, x]) => t + x, 0);
      f.w4 = { ...w4, mix: kinds.map(([w, weight]) => `${w} ${Math.round((weight / total) * 100)}%`).join(', '), loadAverage: os.loadavg() };
      f.peakRssMb = Math.max(f.peakRssMb ?? 0, peakRssMb(server.pid));
      log(`  W4 soak ${w4.soakRate} req/s: p50 ${w4.soak?.p50} / p99 ${w4.soak?.p99} ms, ${w4.soak ? w4.soak.errors + w4.soak.non2xx : '—'} errors; RSS ${w4.rssAfterWarmupMb.toFixed(1)} → ${w4.rssEndMb.toFixed(1)} MiB (${w4.rssGrowthPercent.toFixed(1)}%)`);
      if (w4.heap) log(`  heap: ${renderHeapComparison(w4.heap).split('\n').slice(0, 8).join('\n  ')}`);
      // The snapshots are hundreds of MB each; keep them only when asked to.
      if (!BENCH_KEEP_HEAP) rmSync(heapDir, { recursive: true, force: true });
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
        fixedErrors: x.reduce((n, r) => n + r.errors + r.non2xx, 0),
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
    settings: { ...settings, phases: [...phases], rates: Object.fromEntries(rates) },
    params: { ...params, manyCommunes: params.manyCommunes ? params.manyCommunes.length : null },
    systems: systems.map((id) => figures.get(id) as SystemFigures),
    notes: [...new Set(cchcNotes), ...(systems.some((id) => id.startsWith('cchc')) ? [nodeFlagsNote(cchcNodeFlags)] : [])],
  };
  const markdown = renderReport(report, settings.write ? readPrevious(settings.write) : null);
  writeFileSync(path.join(tmp, `bench-${preset}.md`), markdown);
  const jsonFile = path.join(tmp, `bench-${preset}.json`);
  writeFileSync(jsonFile, JSON.stringify(report, null, 2));
  if (settings.write) {
    writeFileSync(path.resolve(REPO_ROOT, settings.write), markdown);
    log(`wrote ${settings.write} (raw figures: ${jsonFile})`);
  } else {
    process.stdout.write(markdown);
    log(`raw figures: ${jsonFile}`);
  }
}

/**
 * The national load's floor, measured in the same run as the loader: a copy of the freshly migrated and seeded database
 * (so the same tables, seed and real communes), the loader's own rows written to a file on the PostgreSQL server's
 * disk (untimed), then the loader's very transaction with COPY reading that file itself. Needs a superuser (or
 * pg_read_server_files) and a server on this machine.
 */
async function measureFloor(
  dbName: string,
  plan: ReturnType<typeof planGeneration>,
  format: CopyFormat,
): Promise<{ seconds: number; rows: number; backendCpuSeconds: number }> {
  const floorDb = `${dbName}_floor`;
  const file = path.join(os.tmpdir(), `cchc-floor-${floorDb}.${format === 'binary' ? 'pgcopy' : 'tsv'}`);
  await createDatabaseFrom(floorDb, dbName);
  const loader = new PostgresLoader(databaseUrl(floorDb), { format });
  try {
    log(`floor: writing the rows to ${file} (${format}, not timed)`);
    const written = await loader.writeServerFile(plan, file);
    log(`floor: COPY … FROM '${file}' in the loader's transaction (${written.toLocaleString('en-US')} rows, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')})`);
    const result = await loader.loadServerFile(plan, file);
    const backendCpuSeconds = backendCpu(loader.backendPid);
    log(`floor: ${result.rows} rows in ${result.seconds.toFixed(1)} s (backend CPU ${backendCpuSeconds.toFixed(1)} s)`);
    return { seconds: result.seconds, rows: result.rows, backendCpuSeconds };
  } finally {
    await loader.close();
    rmSync(file, { force: true });
    await dropDatabase(floorDb);
  }
}

/**
 * CPU seconds a loader's PostgreSQL backend has used (it connected for the load, so this is the load's): on a shared
 * machine the wall-clock time of a load says more about the neighbours than about the loader. Parallel index-build
 * workers are separate processes and not included. NaN when the server is not on this machine.
 */
function backendCpu(pid: number | null): number {
  try {
    return pid === null ? Number.NaN : cpuMs(pid) / 1000;
  } catch {
    return Number.NaN;
  }
}

function readPrevious(file: string): string | null {
  try {
    return readFileSync(path.resolve(REPO_ROOT, file), 'utf8');
  } catch {
    return null;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  // Exit now: a handle the failed phase left open (the country run at stop 14 stayed idle for an hour after its
  // error) must not keep the run — or CI's tiny benchmark — waiting.
  process.exit(1);
});
