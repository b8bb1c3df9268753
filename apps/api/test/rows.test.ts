// readRows (graphql/rows.ts), the hot paths' plain-row reads: the same rows on both dialects whatever the lists'
// lengths (PostgreSQL gets one array parameter, SQLite the list written out), an empty list matching nothing, inside a
// transaction as outside, seen by the ORM's query log, and a list anywhere but `in (?)` refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRows } from '../src/graphql/rows.js';
import { DIALECTS, startTestServer, type TestServer } from './helpers/server.js';

describe.each(DIALECTS)('readRows ($dialect)', ({ dialect, skip }) => {
  let t: TestServer;
  beforeAll(async () => {
    if (skip) return;
    t = await startTestServer(dialect);
  });
  afterAll(async () => t?.close());

  const sql = "select code from org_unit where code in (?) and level = ? and code <> ? order by code";
  const codes = ['binh-thanh', 'phu-dinh', 'no-such-unit', 'dinh-hoa'];

  it.skipIf(skip)('reads the rows a list and scalars select, and nothing for an empty list', async () => {
    const em = t.server.orm.em.fork();
    const found = await readRows(em, sql, [codes, 'COMMUNE', 'phu-dinh']);
    expect(found.map((r) => r['code'])).toEqual(['binh-thanh']);
    expect(await readRows(em, sql, [[], 'COMMUNE', 'x'])).toEqual([]);
    const many = Array.from({ length: 5_000 }, (_, i) => `unit-${i}`).concat(['binh-thanh']);
    expect((await readRows(em, sql, [many, 'COMMUNE', 'x'])).map((r) => r['code'])).toEqual(['binh-thanh']);
  });

  it.skipIf(skip)('reads the same inside a transaction, and the query log sees every statement', async () => {
    t.statements.length = 0;
    const inside = await t.server.orm.em.fork().transactional((em) => readRows(em, sql, [codes, 'COMMUNE', 'x']));
    expect(inside.map((r) => r['code'])).toEqual(['binh-thanh', 'phu-dinh']);
    await readRows(t.server.orm.em.fork(), sql, [codes, 'COMMUNE', 'x']);
    expect(t.statements.filter((s) => /from org_unit where code/.test(s))).toHaveLength(2);
  });

  it.skipIf(skip)('refuses a list that does not stand in "in (?)", and a wrong number of parameters', async () => {
    const em = t.server.orm.em.fork();
    await expect(readRows(em, 'select code from org_unit where code = ?', [codes])).rejects.toThrow(/in \(\?\)/);
    await expect(readRows(em, sql, [codes])).rejects.toThrow(/3 placeholders for 1 parameters/);
  });
});
