// orgUnitSearch, the commune selector's query: names found with or without diacritics, best matches first, the
// parent's name for telling namesakes apart, and a limit the server keeps whatever the client asks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDataset } from '@cchc/dataset';
import { NAME_SEARCH_LIMITS } from '@cchc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../src/config.js';
import { OrgUnitEntity } from '../src/modules/org-unit/org-unit.entity.js';
import { seedDataset } from '../src/modules/seed/seed.service.js';
import { openOrm, type Orm } from '../src/orm.js';
import { DIALECTS, startTestServer, type GqlResponse, type TestServer } from './helpers/server.js';

type Search = { orgUnitSearch: { hasMore: boolean; units: { code: string; name: string; level: string; parent: { name: string } | null }[] } };

const SEARCH = `query($text: String!, $first: Int, $level: OrgLevel) {
  orgUnitSearch(text: $text, first: $first, level: $level) { hasMore units { code name level parent { name } } }
}`;

const names = (res: GqlResponse<Search>) => res.data!.orgUnitSearch.units.map((u) => u.name);
const why = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions;

describe.each(DIALECTS)('orgUnitSearch ($dialect)', ({ dialect, skip }) => {
  let t: TestServer;
  beforeAll(async () => {
    if (skip) return;
    t = await startTestServer(dialect);
    // A namesake in another district: the parent's name tells the two apart.
    const em = t.server.orm.em.fork();
    const district = em.create(OrgUnitEntity, { code: 'test-district', name: 'Đại Từ', level: 'DISTRICT', kind: 'huyện', parent: null });
    em.create(OrgUnitEntity, { code: 'test-binh-thanh', name: 'Bình Thành', level: 'COMMUNE', kind: 'xã', parent: district });
    await em.flush();
  });
  afterAll(async () => t?.close());

  it.skipIf(skip)('finds "Bình Thành" from "binh thanh" typed without diacritics, in any case, with its parent', async () => {
    for (const text of ['binh thanh', 'BINH THANH', 'Bình Thành', ' bình  thành ']) {
      const res = await t.gql<Search>(SEARCH, { text });
      expect(res.errors).toBeUndefined();
      // Namesakes in code order; the parent's name tells them apart.
      expect(res.data!.orgUnitSearch.units.map((u) => [u.code, u.parent?.name])).toEqual([
        ['binh-thanh', 'Định Hóa'],
        ['test-binh-thanh', 'Đại Từ'],
      ]);
    }
  });

  it.skipIf(skip)('reads Đ as d and puts names starting with the text before names with a word starting with it', async () => {
    const res = await t.gql<Search>(SEARCH, { text: 'dinh' });
    // Định Biên starts with it; Phú Đình and Thanh Định have a word that does (Vietnamese order among each).
    expect(names(res)).toEqual(['Định Biên', 'Phú Đình', 'Thanh Định']);
    expect(res.data!.orgUnitSearch.hasMore).toBe(false);
  });

  it.skipIf(skip)('finds communes unless told another level, or every level with level null', async () => {
    expect(names(await t.gql<Search>(SEARCH, { text: 'dinh hoa' }))).toEqual([]);
    expect(names(await t.gql<Search>(SEARCH, { text: 'dinh hoa', level: 'DISTRICT' }))).toEqual(['Định Hóa']);
    expect(names(await t.gql<Search>(SEARCH, { text: 'dinh', level: null }))).toEqual(['Định Biên', 'Định Hóa', 'Phú Đình', 'Thanh Định']);
  });

  it.skipIf(skip)('treats % and _ as letters, not as patterns', async () => {
    expect(names(await t.gql<Search>(SEARCH, { text: '%' }))).toEqual([]);
    expect(names(await t.gql<Search>(SEARCH, { text: 'b_nh' }))).toEqual([]);
  });

  it.skipIf(skip)(`answers at most ${NAME_SEARCH_LIMITS.resultsMax} units and says when more match`, async () => {
    const all = await t.gql<Search>(SEARCH, { text: '' });
    expect(all.data!.orgUnitSearch.units).toHaveLength(NAME_SEARCH_LIMITS.resultsMax);
    expect(all.data!.orgUnitSearch.hasMore).toBe(true);
    const three = await t.gql<Search>(SEARCH, { text: 'b', first: 3 });
    expect(names(three)).toEqual(['Bảo Cường', 'Bảo Linh', 'Bình Thành']);
    expect(three.data!.orgUnitSearch.hasMore).toBe(true);
    const tooMany = await t.gql<Search>(SEARCH, { text: 'b', first: NAME_SEARCH_LIMITS.resultsMax + 1 });
    expect(tooMany.data).toBeNull();
    expect(why(tooMany)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_BIG', params: { field: 'first', maximum: NAME_SEARCH_LIMITS.resultsMax } });
  });

  it.skipIf(skip)(`refuses a text longer than ${NAME_SEARCH_LIMITS.textMax} characters before any SQL, as a variable or written in the query`, async () => {
    const long = 'a'.repeat(NAME_SEARCH_LIMITS.textMax + 1);
    t.statements.length = 0;
    const asVariable = await t.gql<Search>(SEARCH, { text: long });
    expect(why(asVariable)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', limit: NAME_SEARCH_LIMITS.textMax });
    const literal = await t.gql<Search>(`{ orgUnitSearch(text: "${long}") { hasMore } }`);
    expect(why(literal)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', limit: NAME_SEARCH_LIMITS.textMax });
    expect(t.statements.filter((s) => /org_unit/.test(s))).toEqual([]);
    const atLimit = await t.gql<Search>(SEARCH, { text: 'a'.repeat(NAME_SEARCH_LIMITS.textMax) });
    expect(atLimit.errors).toBeUndefined();
  });

  it.skipIf(skip)('costs one statement for the units and at most one for all their parents (none when kept)', async () => {
    t.statements.length = 0;
    const res = await t.gql<Search>(SEARCH, { text: 'b' });
    expect(res.data!.orgUnitSearch.units.length).toBeGreaterThan(3);
    // The parents are kept until the data version moves once read (org-unit.loaders.ts): earlier tests read some.
    const statements = t.statements.filter((s) => /org_unit/.test(s)).length;
    expect(statements).toBeGreaterThanOrEqual(1);
    expect(statements).toBeLessThanOrEqual(2);
  });
});

describe('the search key of org units held before the search (sqlite migration)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cchc-migration-'));
  let orm: Orm | undefined;
  afterAll(async () => {
    await orm?.close(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('is written for every unit already held, and dropped on the way down', async () => {
    orm = await openOrm(parseDatabaseUrl(`file:${path.join(dir, 'search.sqlite')}`));
    await orm.getMigrator().up();
    await seedDataset(orm, loadDataset());
    const keys = async () =>
      (await orm!.em.getConnection().execute(`select code, search_name from org_unit where code in ('binh-thanh', 'dinh-hoa') order by code`)) as { code: string; search_name: string }[];
    expect(await keys()).toEqual([
      { code: 'binh-thanh', search_name: 'binh thanh' },
      { code: 'dinh-hoa', search_name: 'dinh hoa' },
    ]);

    await orm.getMigrator().down({ to: 'Migration20261130070000' });
    const columns = (await orm.em.getConnection().execute(`select name from pragma_table_info('org_unit')`)) as { name: string }[];
    expect(columns.map((c) => c.name)).not.toContain('search_name');

    await orm.getMigrator().up();
    expect(await keys()).toEqual([
      { code: 'binh-thanh', search_name: 'binh thanh' },
      { code: 'dinh-hoa', search_name: 'dinh hoa' },
    ]);
  });
});
