// Starting and stopping the systems under test, each pinned to the server core, and waiting until they answer.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_NODE_FLAGS } from '@cchc/api/node-flags';
import { API_BEFORE_MAIN, API_MAIN, childEnv } from './env.js';

export const SERVER_CPU = '1';
export const LOAD_CPU = '0';
const DIST = path.dirname(fileURLToPath(import.meta.url));

export type SystemId = 'raw' | 'cchc' | 'cchc-nobatch' | 'cchc-before' | 'postgraphile';
export const SYSTEMS: readonly SystemId[] = ['raw', 'cchc', 'cchc-nobatch', 'postgraphile'];
export const SYSTEM_LABELS: Record<SystemId, string> = {
  raw: 'raw floor',
  cchc: 'CCHC',
  'cchc-nobatch': 'CCHC, batching off',
  'cchc-before': 'CCHC, earlier build',
  postgraphile: 'PostGraphile 4.14.1',
};

const hasTaskset = existsSync('/usr/bin/taskset');

/** `node args…` pinned to a core with taskset (taskset execs node, so the pid is node's). */
export function pinnedNode(cpu: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const [command, argv] = hasTaskset ? ['taskset', ['-c', cpu, process.execPath, ...args]] : [process.execPath, args];
  return spawn(command, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address !== 'string' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningServer {
  id: SystemId | 'setup';
  pid: number;
  url: string;
  output(): string;
  stop(): Promise<void>;
}

async function waitHealthy(url: string, child: ChildProcess, output: () => string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before answering:\n${output()}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not answer /healthz within ${timeoutMs / 1000} s:\n${output()}`);
}

export interface StartOptions {
  /** Pin to the server core (benchmark runs); set-up and tests run unpinned. */
  pin?: boolean;
  /** Extra environment for the API (e.g. DEMO_MODE for the deployment test). */
  env?: Record<string, string>;
  /** Node flags before the script (e.g. --heapsnapshot-signal=SIGUSR2 for the soak's heap snapshots). */
  nodeArgs?: string[];
  /** The API's Node flags instead of the ones it runs with (API_NODE_FLAGS): an A/B of a runtime flag. */
  apiNodeFlags?: readonly string[];
}

export async function startServer(id: SystemId | 'setup', databaseUrl: string, options: StartOptions = {}): Promise<RunningServer> {
  const pin = options.pin ?? id !== 'setup';
  const port = await freePort();
  let args: string[];
  let env: NodeJS.ProcessEnv;
  switch (id) {
    case 'raw':
      args = [path.join(DIST, 'raw-floor.js'), String(port), databaseUrl];
      env = childEnv({});
      break;
    case 'postgraphile':
      args = [path.join(DIST, 'postgraphile-server.js'), String(port), databaseUrl];
      env = childEnv({ NODE_ENV: 'production' });
      break;
    case 'cchc':
    case 'cchc-nobatch':
    case 'cchc-before':
    case 'setup': {
      const main = id === 'cchc-before' ? API_BEFORE_MAIN : API_MAIN;
      if (!main) throw new Error('the system cchc-before needs BENCH_API_BEFORE: a copy of apps/api/dist inside apps/api');
      if (!existsSync(main)) throw new Error(`${main} is missing: build the API first (pnpm turbo run build --filter=@cchc/api)`);
      args = [...(options.apiNodeFlags ?? API_NODE_FLAGS), main];
      env = childEnv({
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        NODE_ENV: 'production',
        DEMO_MODE: 'false',
        LOG_LEVEL: 'warn',
        JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
        ...(id === 'cchc-nobatch' ? { CCHC_DISABLE_BATCHING: '1' } : {}),
        ...options.env,
      });
      break;
    }
  }
  args = [...(options.nodeArgs ?? []), ...args];
  const child = pin ? pinnedNode(SERVER_CPU, args, env) : spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer): void => {
    log = (log + chunk.toString('utf8')).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };
  try {
    await waitHealthy(url, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { id, pid: child.pid as number, url, output: () => log, stop };
}
