// Starts the real server on a random port over a fresh database (a temp SQLite file, or a new PostgreSQL database
// dropped afterwards) and drives it over HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server.js';

export type Dialect = 'sqlite' | 'postgresql';

export const PG_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';
// eslint-disable-next-line no-restricted-properties -- tests decide skip-or-fail from the CI flag, not app config
const ON_CI = process.env['CI'] === 'true';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const pgUp = await postgresReachable();
if (!pgUp && ON_CI) {
  throw new Error(`PostgreSQL is required on CI but ${PG_ADMIN_URL} is unreachable`);
}

/** The dialects to run a suite against: PostgreSQL is skipped only off CI when it is not running. */
export const DIALECTS: { dialect: Dialect; skip: boolean }[] = [
  { dialect: 'sqlite', skip: false },
  { dialect: 'postgresql', skip: !pgUp },
];

export interface GqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  url: string;
  server: RunningServer;
  /** SQL statements seen since the last reset. */
  statements: string[];
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResponse<T>>;
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTestServer(
  dialect: Dialect,
  options: Omit<ServerOptions, 'onQuery'> = {},
  /** Extra environment for loadConfig (e.g. CCHC_DISABLE_BATCHING). */
  env: Record<string, string> = {},
): Promise<TestServer> {
  let databaseUrl: string;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'cchc-api-test-'));
    databaseUrl = `file:${path.join(dir, 'test.sqlite')}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `cchc_test_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    databaseUrl = PG_ADMIN_URL.replace(/\/test$/, `/${name}`);
    cleanup = async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    PORT: '0',
    NODE_ENV: 'test',
    DEMO_MODE: 'true',
    LOG_LEVEL: 'silent',
    WEB_DIST: path.join(tmpdir(), 'cchc-no-web-dist'),
    ...env,
  });
  const statements: string[] = [];
  const server = await startServer(config, createLogger('silent'), {
    ...options,
    onQuery: (sql) => statements.push(sql),
  });
  const url = `http://127.0.0.1:${server.port}`;
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token: string | null = null) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResponse<T>;
  };
  return {
    url,
    server,
    statements,
    gql,
    async login(email, password = 'cchc-demo') {
      const res = await gql<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: password },
      );
      if (!res.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    async close() {
      await server.close();
      await cleanup();
    },
  };
}
