// Saved queries over HTTP: a user's names are unique (coded CONFLICT), a query can be renamed and overwritten, and
// nobody touches another user's queries. Both dialects, a fresh database each.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../src/config.js';
import { openOrm, type Orm } from '../src/orm.js';
import { DIALECTS, startTestServer, type TestServer } from './helpers/server.js';

type Saved = { id: string; name: string; query: string; variables: Record<string, unknown> | null; updatedAt: string | null };
const FIELDS = 'id name query variables updatedAt';
const SAVE = `mutation($input: SaveQueryInput!) { saveQuery(input: $input) { ${FIELDS} } }`;
const RENAME = `mutation($id: ID!, $name: String!) { renameSavedQuery(id: $id, name: $name) { ${FIELDS} } }`;

describe.each(DIALECTS)('saved queries ($dialect)', ({ dialect, skip }) => {
  let t: TestServer;
  let analyst: string;
  let admin: string;

  beforeAll(async () => {
    if (skip) return;
    t = await startTestServer(dialect);
    analyst = await t.login('analyst@demo.cchc');
    admin = await t.login('admin@demo.cchc');
  });
  afterAll(async () => t?.close());

  const save = (token: string, input: Record<string, unknown>) => t.gql<{ saveQuery: Saved }>(SAVE, { input }, token);
  const list = async (token: string) => (await t.gql<{ savedQueries: Saved[] }>(`{ savedQueries { ${FIELDS} } }`, {}, token)).data!.savedQueries;

  it.skipIf(skip)('stores the name trimmed with spaces collapsed', async () => {
    const res = await save(analyst, { name: '  Xếp   hạng  ', query: '{ me { id } }' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.saveQuery.name).toBe('Xếp hạng');
    expect(res.data!.saveQuery.updatedAt).toBeNull();
  });

  it.skipIf(skip)('refuses a second query of the same name with CONFLICT and the reason code, keeping the first', async () => {
    const res = await save(analyst, { name: 'Xếp hạng ', query: '{ programmes { code } }' });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SAVED_QUERY_NAME_TAKEN', name: 'Xếp hạng', field: 'input.name' });
    const mine = await list(analyst);
    expect(mine.map((q) => [q.name, q.query])).toEqual([['Xếp hạng', '{ me { id } }']]);
  });

  it.skipIf(skip)('overwrites the query of that name when asked to replace, keeping its id', async () => {
    const [before] = await list(analyst);
    const res = await save(analyst, { name: 'Xếp hạng', query: '{ programmes { code } }', variables: { year: 2024 }, replace: true });
    expect(res.errors).toBeUndefined();
    expect(res.data!.saveQuery).toMatchObject({ id: before!.id, query: '{ programmes { code } }', variables: { year: 2024 } });
    expect(res.data!.saveQuery.updatedAt).not.toBeNull();
    expect(await list(analyst)).toHaveLength(1);
  });

  it.skipIf(skip)('replace with a new name simply saves a new query', async () => {
    const res = await save(analyst, { name: 'Phát hiện', query: '{ me { id } }', replace: true });
    expect(res.errors).toBeUndefined();
    expect((await list(analyst)).map((q) => q.name)).toEqual(['Phát hiện', 'Xếp hạng']);
  });

  it.skipIf(skip)('renames, and refuses a name another of your queries has', async () => {
    const mine = await list(analyst);
    const finding = mine.find((q) => q.name === 'Phát hiện')!;
    const taken = await t.gql(RENAME, { id: finding.id, name: ' Xếp hạng' }, analyst);
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SAVED_QUERY_NAME_TAKEN', name: 'Xếp hạng', field: 'name' });
    const renamed = await t.gql<{ renameSavedQuery: Saved }>(RENAME, { id: finding.id, name: 'Phát hiện 2024' }, analyst);
    expect(renamed.data!.renameSavedQuery).toMatchObject({ id: finding.id, name: 'Phát hiện 2024' });
    // Renaming to its own name changes nothing.
    const same = await t.gql<{ renameSavedQuery: Saved }>(RENAME, { id: finding.id, name: 'Phát hiện 2024' }, analyst);
    expect(same.errors).toBeUndefined();
  });

  it.skipIf(skip)('refuses a blank or over-long name with BAD_USER_INPUT and the reason code', async () => {
    const blank = await save(analyst, { name: '   ', query: '{ me { id } }' });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SAVED_QUERY_NAME_BLANK', field: 'input.name' });
    const [first] = await list(analyst);
    const long = await t.gql(RENAME, { id: first!.id, name: 'a'.repeat(201) }, analyst);
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SAVED_QUERY_NAME_TOO_LONG', max: 200 });
  });

  it.skipIf(skip)("names are per owner: another user may use the same name, and may not rename or overwrite yours", async () => {
    const theirs = await save(admin, { name: 'Xếp hạng', query: '{ me { email } }' });
    expect(theirs.errors).toBeUndefined();
    const [mine] = (await list(analyst)).filter((q) => q.name === 'Xếp hạng');
    const rename = await t.gql(RENAME, { id: mine!.id, name: 'Của tôi' }, admin);
    expect(rename.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect((await list(analyst)).find((q) => q.id === mine!.id)?.query).toBe('{ programmes { code } }');
    const anonymous = await t.gql(RENAME, { id: mine!.id, name: 'x' });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it.skipIf(skip)('the database itself refuses a repeated name (the unique index behind concurrent saves)', async () => {
    const connection = t.server.orm.em.getConnection();
    const [row] = (await connection.execute(`select user_id, name from saved_query where name = 'Xếp hạng' order by id limit 1`)) as { user_id: number; name: string }[];
    await expect(
      connection.execute(`insert into saved_query (user_id, name, query, created_at) values (?, ?, '{ me { id } }', ?)`, [row!.user_id, row!.name, new Date().toISOString()]),
    ).rejects.toThrow();
  });
});

describe('migration to unique saved-query names (sqlite)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cchc-migration-'));
  let orm: Orm | undefined;
  afterAll(async () => {
    await orm?.close(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the first of repeated names and appends the id to the later ones; other users are untouched', async () => {
    orm = await openOrm(parseDatabaseUrl(`file:${path.join(dir, 'before.sqlite')}`));
    await orm.getMigrator().up({ to: 'Migration20261129235000' });
    const connection = orm.em.getConnection();
    await connection.execute(
      `insert into app_user (id, email, password_hash, role, org_unit_codes, created_at) values (1, 'a@x.vn', 'h', 'ANALYST', '[]', '2026-01-01'), (2, 'b@x.vn', 'h', 'ANALYST', '[]', '2026-01-01')`,
    );
    await connection.execute(
      `insert into saved_query (id, user_id, name, query, created_at) values (1, 1, 'Xếp hạng', 'q', '2026-01-02'), (2, 1, 'Xếp hạng', 'q', '2026-01-02'), (3, 2, 'Xếp hạng', 'q', '2026-01-02'), (4, 1, 'Khác', 'q', '2026-01-02')`,
    );
    await orm.getMigrator().up();
    expect(await connection.execute('select id, user_id, name, updated_at from saved_query order by id')).toEqual([
      { id: 1, user_id: 1, name: 'Xếp hạng', updated_at: null },
      { id: 2, user_id: 1, name: 'Xếp hạng (2)', updated_at: null },
      { id: 3, user_id: 2, name: 'Xếp hạng', updated_at: null },
      { id: 4, user_id: 1, name: 'Khác', updated_at: null },
    ]);
  });
});
