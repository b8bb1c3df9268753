// More than one machine: two API processes (the built apps/api/dist/main.js) on one fresh PostgreSQL database. A target
// saved through one is read through the other, a token issued by one is accepted by the other, and a stale save
// through the other is refused with CONFLICT — nothing overwritten.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { API_NODE_FLAGS } from '@cchc/api/node-flags';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IS_CI } from '../src/env.js';
import { createDatabase, dropDatabase, pgReachable } from '../src/pg.js';
import { startServer, type RunningServer } from '../src/servers.js';

const available = await pgReachable();
if (!available && IS_CI) throw new Error('PostgreSQL on 127.0.0.1:5432 is required when CI=true');

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; currentVersion?: number } }[];
}

async function gql<T>(server: RunningServer, query: string, variables: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResponse<T>;
}

const TARGETS = `query T($unit: String!) { targets(orgUnitCode: $unit, programme: "2026-2030") { id version value } }`;
const UPDATE = `mutation U($id: ID!, $v: Int!, $value: Float!) {
  updateTarget(id: $id, expectedVersion: $v, input: { value: $value }) { id version value }
}`;

describe.skipIf(!available)('two API processes on one PostgreSQL database', () => {
  const name = `cchc_deploy_${randomBytes(4).toString('hex')}`;
  // No JWT_SECRET: the first process generates the installation's secret in the database and the other reads it,
  // as every process behind one load balancer must share it. Demo accounts are refused under NODE_ENV=production.
  const env = { NODE_ENV: 'test', DEMO_MODE: 'true' };
  let one: RunningServer;
  let two: RunningServer;

  beforeAll(async () => {
    const url = await createDatabase(name);
    // Both start together on the empty database: one migrates and seeds under the API's advisory lock, the other
    // waits and then finds everything in place.
    const started = await Promise.allSettled([startServer('setup', url, { env }), startServer('setup', url, { env })]);
    const failed = started.find((s) => s.status === 'rejected');
    const running = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    if (failed) {
      await Promise.all(running.map((s) => s.stop()));
      throw failed.reason;
    }
    [one, two] = running as [RunningServer, RunningServer];
  });

  afterAll(async () => {
    await one?.stop();
    await two?.stop();
    await dropDatabase(name);
  });

  it('starts each process with the API\'s Node flags, so neither warns of missing ones', () => {
    for (const server of [one, two]) {
      const argv = readFileSync(`/proc/${server.pid}/cmdline`, 'utf8').split('\0');
      for (const flag of API_NODE_FLAGS) expect(argv).toContain(flag);
      expect(server.output()).not.toMatch(/started without the Node flags/);
    }
  });

  it('reads through one process a target saved through the other, and refuses a stale save with CONFLICT', async () => {
    const login = await gql<{ login: { token: string } }>(
      one,
      'mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: 'planner.binhthanh@demo.cchc', p: 'cchc-demo' },
    );
    const token = login.data?.login.token;
    expect(token, JSON.stringify(login.errors)).toBeTruthy();

    const before = await gql<{ targets: { id: string; version: number; value: number }[] }>(one, TARGETS, { unit: 'binh-thanh' });
    const target = before.data?.targets[0];
    expect(target, JSON.stringify(before.errors)).toBeDefined();
    if (!target) return;

    const saved = await gql<{ updateTarget: { version: number; value: number } }>(
      one,
      UPDATE,
      { id: target.id, v: target.version, value: target.value + 1 },
      token,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateTarget.version).toBe(target.version + 1);

    const seen = await gql<{ targets: { id: string; version: number; value: number }[] }>(two, TARGETS, { unit: 'binh-thanh' });
    const readBack = seen.data?.targets.find((t) => t.id === target.id);
    expect(readBack).toEqual({ id: target.id, version: target.version + 1, value: target.value + 1 });

    // The token issued by the first process is accepted by the second; its save is stale.
    const stale = await gql<unknown>(two, UPDATE, { id: target.id, v: target.version, value: target.value + 5 }, token);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(target.version + 1);

    const after = await gql<{ targets: { id: string; version: number; value: number }[] }>(one, TARGETS, { unit: 'binh-thanh' });
    expect(after.data?.targets.find((t) => t.id === target.id)?.value).toBe(target.value + 1);
  });

  it('ends a session signed out through one process on the other at its next request', async () => {
    const login = await gql<{ login: { token: string } }>(
      one,
      'mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: 'analyst@demo.cchc', p: 'cchc-demo' },
    );
    const token = login.data!.login.token;
    const me = (server: RunningServer) => gql<{ me: { email: string } | null }>(server, '{ me { email } }', {}, token);
    expect((await me(two)).data?.me?.email).toBe('analyst@demo.cchc');
    const out = await gql<{ signOut: boolean }>(two, 'mutation { signOut }', {}, token);
    expect(out.data?.signOut).toBe(true);
    expect((await me(one)).data?.me).toBeNull();
    expect((await me(two)).data?.me).toBeNull();
  });
});
