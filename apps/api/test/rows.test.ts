// readRows (graphql/rows.ts), the hot paths' plain-row reads: the same rows on both dialects whatever the lists'
// lengths (PostgreSQL gets one array parameter, SQLite the list written out), an empty list matching nothing, inside a
// transaction as outside, seen by the ORM's query log, and a list anywhere but `in (?)` refused. readTuples (packed in
// one JSON text on PostgreSQL): the same figures as readRows, any text whole, nothing for no row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asBool, asNum, readRows, readTuples } from '../src/graphql/rows.js';
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

  const figureFrom = "from observation where org_unit_code in (?) and period_kind = 'YEAR'";
  const asFigure = (id: unknown, year: unknown, value: unknown, raw: unknown, synthetic: unknown) => [Number(id), Number(year), asNum(value), raw, asBool(synthetic)];

  it.skipIf(skip)('readTuples gives the figures readRows gives, a tuple per row in the columns\' order', async () => {
    const em = t.server.orm.em.fork();
    const tuples = await readTuples(em, ['id', 'year', 'value', 'raw', 'synthetic'], figureFrom, [['binh-thanh']]);
    const rows = await readRows(em, `select id, year, value, raw, synthetic ${figureFrom}`, [['binh-thanh']]);
    expect(tuples.length).toBeGreaterThan(50);
    const byId = (a: unknown[], b: unknown[]) => Number(a[0]) - Number(b[0]);
    expect(tuples.map((r) => asFigure(...(r as [unknown, unknown, unknown, unknown, unknown]))).sort(byId)).toEqual(
      rows.map((r) => asFigure(r['id'], r['year'], r['value'], r['raw'], r['synthetic'])).sort(byId),
    );
    // A figure with a value keeps it as a number, exactly (Bình Thành's PAR INDEX 2025 is 87,25 points).
    const par = rows.find((r) => r['year'] === 2025 && r['raw'] === '87,25');
    expect(par).toBeDefined();
    expect(tuples.some((r) => r[2] === 87.25 && r[3] === '87,25')).toBe(true);
    // Inside a transaction the same.
    const inside = await t.server.orm.em.fork().transactional((tx) => readTuples(tx, ['id'], figureFrom, [['binh-thanh']]));
    expect(inside.map((r) => Number(r[0])).sort((a, b) => a - b)).toEqual(tuples.map((r) => Number(r[0])).sort((a, b) => a - b));
  });

  it.skipIf(skip)('readTuples carries any text whole, and nothing when no row matches', async () => {
    const em = t.server.orm.em.fork();
    const text = 'Tỷ lệ "hồ sơ", 100%\nline\ttab \\ back ’ 📄 , ] } null';
    expect(await readTuples(em, ['s.t', 's.n'], 'from (select cast(? as text) as t, null as n) s', [text])).toEqual([[text, null]]);
    expect(await readTuples(em, ['id', 'raw'], figureFrom, [['no-such-unit']])).toEqual([]);
    expect(await readTuples(em, ['id', 'raw'], figureFrom, [[]])).toEqual([]);
  });
});
