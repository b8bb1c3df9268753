// The PostgreSQL pool keeps the connections a burst opened (orm.ts PG_POOL_SIZE): a connection idle past the pool's
// idle timeout is not closed and opened again at the next burst (a new backend, its catalog caches cold). The idle
// time is the pool's clock moved on, not waited for; the burst holds its connections together, so no timing decides it.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readRows, type PooledClient } from '../src/graphql/rows.js';
import { DIALECTS, startTestServer, type TestServer } from './helpers/server.js';

const postgres = DIALECTS.find((d) => d.dialect === 'postgresql')!;

interface TarnPool {
  idleTimeoutMillis: number;
  check(): void;
  numUsed(): number;
  numFree(): number;
}

describe('the PostgreSQL connection pool', () => {
  let t: TestServer;
  beforeAll(async () => {
    if (postgres.skip) return;
    t = await startTestServer('postgresql');
  });
  afterAll(async () => t?.close());
  afterEach(() => vi.useRealTimers());

  /** The backends of `n` connections held at once (taken from the pool together, then given back). */
  async function burst(n: number): Promise<Set<number>> {
    const client = t.server.orm.em.getKnex().client as PooledClient;
    const held = await Promise.all(Array.from({ length: n }, () => client.acquireConnection()));
    try {
      const pids = await Promise.all(held.map(async (c) => Number((await c.query('select pg_backend_pid() as pid', [])).rows[0]!['pid'])));
      return new Set(pids);
    } finally {
      await Promise.all(held.map((c) => client.releaseConnection(c)));
    }
  }

  it.skipIf(postgres.skip)('keeps the connections of a burst through an idle spell longer than its idle timeout', async () => {
    expect((await burst(6)).size).toBe(6);
    const backends = async () =>
      new Set((await readRows(t.server.orm.em.fork(), 'select pid from pg_stat_activity where datname = current_database()', [])).map((r) => Number(r['pid'])));
    const pool = (t.server.orm.em.getKnex().client as { pool: TarnPool }).pool;
    const kept = pool.numFree() + pool.numUsed();
    expect(kept).toBeGreaterThanOrEqual(6);
    const open = await backends();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + pool.idleTimeoutMillis * 3);
    pool.check(); // the pool's periodic reaping, run now
    vi.useRealTimers();
    expect(pool.numFree() + pool.numUsed()).toBe(kept);
    // The next burst runs on backends that were already open.
    const second = await burst(6);
    expect([...second].filter((pid) => !open.has(pid))).toEqual([]);
  });
});
