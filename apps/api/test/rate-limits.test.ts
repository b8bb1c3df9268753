// The sign-in delays are shared by every API process: two limiters over one store (Redis, PostgreSQL) see the same
// failures. Memory (one SQLite process) is covered over HTTP in security.test.ts.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { migrate, openOrm } from '../src/orm.js';
import { createRateLimits, RATE_LIMITS, type RateLimits } from '../src/security/rate-limits.js';
import { PG_ADMIN_URL } from './helpers/server.js';

// eslint-disable-next-line no-restricted-properties -- tests decide skip-or-fail from the CI flag, not app config
const ON_CI = process.env['CI'] === 'true';
const REDIS_URL = 'redis://127.0.0.1:6379';

async function redisUp(): Promise<boolean> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

async function pgUp(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const stores = [
  { store: 'redis', up: await redisUp() },
  { store: 'postgresql', up: await pgUp() },
];

async function refusedWith(limits: RateLimits, email: string, ip: string): Promise<unknown> {
  try {
    await limits.beforeSignIn(email, ip);
    return null;
  } catch (error) {
    return (error as { extensions?: Record<string, unknown> }).extensions;
  }
}

describe.each(stores)('sign-in delays shared through $store', ({ store, up }) => {
  if (!up && ON_CI) throw new Error(`${store} is required on CI`);
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it.skipIf(!up)('failures counted by one process make the other refuse with 429 and Retry-After', async () => {
    let env: Record<string, string>;
    if (store === 'redis') {
      env = { REDIS_URL };
    } else {
      const name = `cchc_rl_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = PG_ADMIN_URL.replace(/\/test$/, `/${name}`);
      const orm = await openOrm(loadConfig({ DATABASE_URL: url }).database);
      await migrate(orm);
      await orm.close(true);
      env = { DATABASE_URL: url };
      cleanups.push(async () => {
        const c = new pg.Client({ connectionString: PG_ADMIN_URL });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      });
    }
    const one = createRateLimits(loadConfig(env));
    const two = createRateLimits(loadConfig(env));
    cleanups.push(() => one.close(), () => two.close());
    const email = `shared-${randomBytes(4).toString('hex')}@example.org`;
    for (let i = 0; i <= RATE_LIMITS.signInAccount.freeFailures; i++) {
      await (i % 2 === 0 ? one : two).signInFailed(email, `10.0.0.${i}`);
    }
    expect(await refusedWith(two, email, '10.9.9.9')).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 1 });
    expect(await refusedWith(one, email, '10.9.9.9')).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await one.signInSucceeded(email);
    expect(await refusedWith(two, email, '10.9.9.9')).toBeNull();
  });

  it.skipIf(!up || store !== 'postgresql')('an idle connection the server ends does not end the process; the next call reconnects', async () => {
    const name = `cchc_rl_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = PG_ADMIN_URL.replace(/\/test$/, `/${name}`);
    const orm = await openOrm(loadConfig({ DATABASE_URL: url }).database);
    await migrate(orm);
    await orm.close(true);
    const limits = createRateLimits(loadConfig({ DATABASE_URL: url }));
    const email = `idle-${randomBytes(4).toString('hex')}@example.org`;
    try {
      await limits.signInFailed(email, '10.1.1.1');
      // The pool's connections are idle now: end them from the server's side, as a restart would.
      const ended = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
      expect(ended.rowCount).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await limits.signInFailed(email, '10.1.1.2');
      expect(await refusedWith(limits, email, '10.9.9.9')).toBeNull();
    } finally {
      await limits.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
