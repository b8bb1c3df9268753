// The REVIEWER migration widens app_user's role check. SQLite cannot alter a check, so the table is rebuilt with the
// tables that reference it: users and their saved queries must come through whole, still linked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../src/config.js';
import { openOrm, type Orm } from '../src/orm.js';

describe('migration to the REVIEWER role (sqlite)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cchc-migration-'));
  let orm: Orm | undefined;
  afterAll(async () => {
    await orm?.close(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every user and saved query, linked, and accepts reviewers afterwards', async () => {
    orm = await openOrm(parseDatabaseUrl(`file:${path.join(dir, 'before.sqlite')}`));
    await orm.getMigrator().up({ to: 'Migration20261127040000' });
    const connection = orm.em.getConnection();
    await connection.execute(
      `insert into app_user (id, email, password_hash, role, org_unit_codes, created_at) values (1, 'a@x.vn', 'h', 'ANALYST', '[]', '2026-01-01'), (2, 'p@x.vn', 'h', 'PLANNER', '["binh-thanh"]', '2026-01-01')`,
    );
    await connection.execute(`insert into saved_query (user_id, name, query, variables, created_at) values (1, 'Xếp hạng', '{ me { id } }', null, '2026-01-02')`);
    await expect(connection.execute(`insert into app_user (email, password_hash, role, org_unit_codes, created_at) values ('r@x.vn', 'h', 'REVIEWER', '[]', '2026-01-01')`)).rejects.toThrow();

    await orm.getMigrator().up();

    expect(await connection.execute('select id, email, role from app_user order by id')).toEqual([
      { id: 1, email: 'a@x.vn', role: 'ANALYST' },
      { id: 2, email: 'p@x.vn', role: 'PLANNER' },
    ]);
    expect(await connection.execute('select user_id, name from saved_query')).toEqual([{ user_id: 1, name: 'Xếp hạng' }]);
    const [fk] = (await connection.execute(`select "table" as parent from pragma_foreign_key_list('saved_query')`)) as { parent: string }[];
    expect(fk?.parent).toBe('app_user');
    expect(await connection.execute(`select name from sqlite_master where name like 'app_user%' and type = 'table'`)).toEqual([{ name: 'app_user' }]);
    await connection.execute(`insert into app_user (email, password_hash, role, org_unit_codes, created_at) values ('r@x.vn', 'h', 'REVIEWER', '["thai-nguyen"]', '2026-01-01')`);
    // The unique e-mail index came through the rebuild.
    await expect(connection.execute(`insert into app_user (email, password_hash, role, org_unit_codes, created_at) values ('r@x.vn', 'h', 'ADMIN', '[]', '2026-01-01')`)).rejects.toThrow();
    // Deleting a user still cascades to their saved queries.
    await connection.execute('delete from app_user where id = 1');
    expect(await connection.execute('select count(*) as n from saved_query')).toEqual([{ n: 0 }]);
  });
});
