// Where CCHC's time goes on one workload: runs the API under --cpu-prof, sends requests one after another, and prints
// self time by package and by function. Run: node dist/profile.js --preset tiny|province --workload W3 [--requests 200]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { cchcCapabilities, cchcClient } from './cchc-client.js';
import { API_MAIN, benchDatabaseName, childEnv } from './env.js';
import { databaseUrl } from './pg.js';
import { PROVINCE_PARAMS, provinceUnits } from './province-workload.js';
import { freePort } from './servers.js';
import type { WorkloadId } from './workloads.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function where(url: string): string {
  // The last node_modules segment names the package (pnpm nests them under .pnpm/<name>@<version>/node_modules).
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  if (url.includes('/apps/api/')) return '@cchc/api';
  if (url.includes('/packages/domain/')) return '@cchc/domain';
  if (url.startsWith('node:')) return 'node';
  return url === '' ? '(native / GC / idle)' : url;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      preset: { type: 'string', default: 'tiny' },
      workload: { type: 'string', default: 'W3' },
      requests: { type: 'string', default: '200' },
    },
  });
  const dbName = benchDatabaseName(values.preset);
  const dbUrl = databaseUrl(dbName);
  const admin = new pg.Client({ connectionString: dbUrl });
  await admin.connect();
  const units = await provinceUnits(admin);
  await admin.end();

  const dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-prof-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, API_MAIN], {
    env: childEnv({ DATABASE_URL: dbUrl, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn', JWT_SECRET: 'profile-secret-profile-secret-profile-00' }),
    stdio: 'inherit',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const client = cchcClient(await cchcCapabilities(url), units);
  const params = PROVINCE_PARAMS;
  const spec = client.request(values.workload as WorkloadId, params);
  if (!spec) throw new Error(`CCHC cannot run ${values.workload}`);
  const n = Number(values.requests);
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${url}${spec.path}`, { method: spec.method, headers: spec.headers, body: spec.body ?? undefined });
    await res.text();
  }
  const ms = (performance.now() - started) / n;
  child.kill('SIGINT');
  await new Promise((r) => child.once('exit', r));
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no profile written');
  const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
  const self = new Map<number, number>();
  // Module loading at start-up is not part of a request: profile only the request phase by skipping the first samples
  // up to the first request would need timestamps; instead the start-up share is small and named (wrapSafe, compile…).
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const [id, t] of self) {
    const node = byNode.get(id);
    if (!node) continue;
    const name = node.callFrame.functionName || '(anonymous)';
    if (name === '(idle)' || name === '(program)') continue;
    total += t;
    const pkg = where(node.callFrame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + t);
    const key = `${name} (${pkg}${node.callFrame.url.includes('node_modules') ? '' : `:${path.basename(node.callFrame.url)}`}:${node.callFrame.lineNumber + 1})`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + t);
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([name, t]) => `  ${((t / total) * 100).toFixed(1).padStart(5)}%  ${(t / n).toFixed(2).padStart(7)} ms/req  ${name}`);
  console.log(`${values.workload} on ${dbName}: ${n} sequential requests, ${ms.toFixed(1)} ms each; busy CPU ${(total / n).toFixed(1)} ms/request`);
  console.log('by package:');
  console.log(top(byPackage, 12).join('\n'));
  console.log('by function (self time):');
  console.log(top(byFunction, 25).join('\n'));
  console.log(`profile: ${path.join(dir, file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
