// The real server as users get it: the built API (apps/api/dist) serving the built web app (apps/web/dist) on one
// port, over a fresh SQLite file that the API migrates and seeds with the Bình Thành dataset on first start.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_NODE_FLAGS } from '@cchc/api/node-flags';
import { serverEnvironment, SERVER_LOG, SERVER_LOG_LEVEL } from './env.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const API_MAIN = join(repoRoot, 'apps/api/dist/main.js');
export const WEB_DIST = join(repoRoot, 'apps/web/dist');

export interface RunningServer {
  baseURL: string;
  stop: () => Promise<void>;
  /** The server's output so far, for error messages. */
  output: () => string;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(baseURL: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited with code ${child.exitCode} before /healthz answered:\n${output()}`);
    try {
      const response = await fetch(`${baseURL}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`API did not answer ${baseURL}/healthz within ${timeoutMs} ms:\n${output()}`);
}

export async function startServer(): Promise<RunningServer> {
  for (const [path, what] of [
    [API_MAIN, 'the API (pnpm turbo run build --filter=@cchc/api)'],
    [join(WEB_DIST, 'index.html'), 'the web app (pnpm turbo run build --filter=@cchc/web)'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`${path} is missing: build ${what} first`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'cchc-e2e-'));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...API_NODE_FLAGS, API_MAIN], {
    cwd: dirname(dirname(API_MAIN)),
    env: serverEnvironment({
      DATABASE_URL: `file:${join(dataDir, 'cchc.sqlite')}`,
      PORT: String(port),
      NODE_ENV: 'development',
      DEMO_MODE: 'true',
      LOG_LEVEL: SERVER_LOG_LEVEL,
      WEB_DIST,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
    if (SERVER_LOG) process.stderr.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => log;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseURL, child, output, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, stop, output };
}
