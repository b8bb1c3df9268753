// Target editing over HTTP: the permission matrix, optimistic locking under concurrency, history, input validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, type GqlResponse, type TestServer } from './helpers/server.js';

const TARGET_FIELDS = 'id version value text owner comparator baseline { year value } milestones { year value } history { by field before after version }';

type Role = 'anonymous' | 'analyst' | 'planner.binhthanh' | 'planner.other' | 'admin';
const ROLES: Role[] = ['anonymous', 'analyst', 'planner.binhthanh', 'planner.other', 'admin'];
const OWN_ORG: Record<string, string> = { 'planner.binhthanh': 'binh-thanh', 'planner.other': 'phu-dinh' };
const ORG_UNITS = ['binh-thanh', 'phu-dinh'];

function allowed(role: Role, orgUnitCode: string): boolean {
  return role === 'admin' || OWN_ORG[role] === orgUnitCode;
}

function errorCode(res: GqlResponse): unknown {
  return res.errors?.[0]?.extensions?.['code'];
}

describe.each(DIALECTS)('targets ($dialect)', ({ dialect, skip }) => {
  let t: TestServer;
  const tokens: Partial<Record<Role, string | null>> = {};

  beforeAll(async () => {
    if (skip) return;
    t = await startTestServer(dialect);
    tokens.anonymous = null;
    tokens.analyst = await t.login('analyst@demo.cchc');
    tokens['planner.binhthanh'] = await t.login('planner.binhthanh@demo.cchc');
    tokens['planner.other'] = await t.login('planner.other@demo.cchc');
    tokens.admin = await t.login('admin@demo.cchc');
  });
  afterAll(async () => t?.close());

  const createAs = (token: string | null | undefined, orgUnitCode: string, extra: Record<string, unknown> = {}) =>
    t.gql<{ createTarget: { id: string; version: number } }>(
      `mutation($input: CreateTargetInput!) { createTarget(input: $input) { ${TARGET_FIELDS} } }`,
      {
        input: {
          orgUnitCode,
          programme: '2026-2030',
          indicatorCode: '3.2.3',
          text: 'Tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 90%',
          comparator: 'AT_LEAST',
          value: 90,
          unit: '%',
          baseline: { year: 2025, value: 80 },
          owner: 'Bộ phận Một cửa',
          ...extra,
        },
      },
      token ?? null,
    );

  async function freshTarget(orgUnitCode: string) {
    const res = await createAs(tokens.admin, orgUnitCode);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createTarget;
  }

  async function writes(): Promise<string> {
    const conn = t.server.orm.em.fork().getConnection();
    const counts = await Promise.all(
      ['target', 'target_milestone', 'target_history', 'observation', 'report'].map(
        async (table) => ((await conn.execute(`select count(*) as n from ${table}`)) as { n: number }[])[0]!.n,
      ),
    );
    const versions = await conn.execute('select id, version, value from target order by id');
    return JSON.stringify([counts.map(Number), versions]);
  }

  const mutations: Record<string, (orgUnitCode: string, token: string | null) => Promise<GqlResponse>> = {
    createTarget: (org, token) => createAs(token, org),
    updateTarget: async (org, token) => {
      const target = await freshTarget(org);
      return t.gql(
        'mutation($id: ID!, $v: Int!) { updateTarget(id: $id, expectedVersion: $v, input: { value: 95 }) { id version value } }',
        { id: target.id, v: target.version },
        token,
      );
    },
    deleteTarget: async (org, token) => {
      const target = await freshTarget(org);
      return t.gql('mutation($id: ID!, $v: Int!) { deleteTarget(id: $id, expectedVersion: $v) { id } }', { id: target.id, v: target.version }, token);
    },
    importAppendix: async (org, token) => {
      const exported = await t.gql<{ exportAppendix: { contentBase64: string } }>(
        'query($org: String!) { exportAppendix(orgUnitCode: $org, programme: "2021-2025", format: CSV) { contentBase64 } }',
        { org },
      );
      return t.gql(
        'mutation($org: String!, $c: String!) { importAppendix(orgUnitCode: $org, programme: "2021-2025", format: CSV, contentBase64: $c) { ok rowsWritten problems { reason } } }',
        { org, c: exported.data!.exportAppendix.contentBase64 },
        token,
      );
    },
  };

  for (const [mutation, run] of Object.entries(mutations)) {
    for (const role of ROLES) {
      for (const org of ORG_UNITS) {
        const verdict = allowed(role, org) ? 'may' : 'may not';
        it.skipIf(skip)(`${role} ${verdict} ${mutation} for ${org}`, async () => {
          if (allowed(role, org)) {
            const res = await run(org, tokens[role] ?? null);
            expect(res.errors).toBeUndefined();
            expect(res.data).toBeTruthy();
            return;
          }
          // Set-up writes (the admin's fresh target) happen inside run(); compare what the refused call itself wrote.
          let before = '';
          const original = t.gql;
          t.gql = async (query, variables, token) => {
            if (token === (tokens[role] ?? null) && /mutation/.test(query)) before = await writes();
            return original(query, variables, token);
          };
          try {
            const res = await run(org, tokens[role] ?? null);
            expect(errorCode(res)).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
            expect(res.data).toBeNull();
            expect(await writes()).toBe(before);
          } finally {
            t.gql = original;
          }
        });
      }
    }
  }

  it.skipIf(skip)('lets exactly one of several concurrent updates of one version win; the others get CONFLICT', async () => {
    const target = await freshTarget('binh-thanh');
    const values = [91, 92, 93, 94, 95, 96];
    const results = await Promise.all(
      values.map((value, i) =>
        t.gql<{ updateTarget: { version: number; value: number } }>(
          'mutation($id: ID!, $v: Int!, $value: Float!) { updateTarget(id: $id, expectedVersion: $v, input: { value: $value }) { version value } }',
          { id: target.id, v: target.version, value },
          i % 2 === 0 ? tokens.admin! : tokens['planner.binhthanh']!,
        ),
      ),
    );
    const winners = results.filter((r) => r.data?.updateTarget);
    const conflicts = results.filter((r) => errorCode(r) === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(values.length - 1);
    for (const c of conflicts) {
      expect(c.errors![0]!.extensions!['currentVersion']).toBe(2);
      expect((c.errors![0]!.extensions!['currentTarget'] as { version: number }).version).toBe(2);
    }
    const winner = winners[0]!.data!.updateTarget;
    expect(winner.version).toBe(2);

    const after = await t.gql<{ target: { version: number; value: number; history: { field: string; before: string; after: string; version: number }[] } }>(
      'query($id: ID!) { target(id: $id) { version value history { field before after version } } }',
      { id: target.id },
    );
    expect(after.data!.target.value).toBe(winner.value);
    // Creation wrote version 1; the race must leave exactly one change at version 2 and none beyond.
    const changes = after.data!.target.history.filter((h) => h.version > 1);
    expect(changes).toEqual([{ field: 'value', before: '90', after: String(winner.value), version: 2 }]);
  });

  it.skipIf(skip)('rejects a stale version with CONFLICT and the current version, writing nothing', async () => {
    const target = await freshTarget('binh-thanh');
    const first = await t.gql<{ updateTarget: { version: number } }>(
      'mutation($id: ID!) { updateTarget(id: $id, expectedVersion: 1, input: { owner: "Văn phòng" }) { version } }',
      { id: target.id },
      tokens.admin,
    );
    expect(first.data!.updateTarget.version).toBe(2);
    const before = await writes();
    const stale = await t.gql(
      'mutation($id: ID!) { updateTarget(id: $id, expectedVersion: 1, input: { value: 50 }) { version } }',
      { id: target.id },
      tokens.admin,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions!['currentVersion']).toBe(2);
    expect(await writes()).toBe(before);
    // The whole saved target comes with the CONFLICT (every editable field, milestones, version, who and when), so the
    // editor merges without fetching it again.
    const current = stale.errors![0]!.extensions!['currentTarget'] as Record<string, unknown>;
    expect(current).toMatchObject({
      id: target.id,
      version: 2,
      text: 'Tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 90%',
      comparator: 'AT_LEAST',
      value: 90,
      unit: '%',
      indicatorCode: '3.2.3',
      baseline: { year: 2025, value: 80 },
      owner: 'Văn phòng',
      milestones: [],
      savedBy: 'admin@demo.cchc',
    });
    expect(Number.isNaN(Date.parse(String(current['savedAt'])))).toBe(false);
    // An open editor polls lastSaved to learn the same.
    const polled = await t.gql<{ target: { lastSaved: { version: number; by: string | null; at: string | null } } }>(
      'query($id: ID!) { target(id: $id) { lastSaved { version by at } } }',
      { id: target.id },
      tokens['planner.binhthanh'],
    );
    expect(polled.data!.target.lastSaved).toMatchObject({ version: 2, by: 'admin@demo.cchc', at: current['savedAt'] });
  });

  it.skipIf(skip)('records who changed what, when, before and after; delete keeps the history', async () => {
    const target = await freshTarget('binh-thanh');
    await t.gql(
      'mutation($id: ID!) { updateTarget(id: $id, expectedVersion: 1, input: { value: 92, baseline: { year: 2024, value: 70 } }) { version } }',
      { id: target.id },
      tokens['planner.binhthanh'],
    );
    const res = await t.gql<{ target: { history: { by: string; field: string; before: string | null; after: string | null; at: string; version: number }[] } }>(
      'query($id: ID!) { target(id: $id) { history { by field before after at version } } }',
      { id: target.id },
      tokens.analyst,
    );
    const changes = res.data!.target.history.filter((h) => h.version === 2);
    expect(changes.map((c) => [c.by, c.field, c.before, c.after])).toEqual([
      ['planner.binhthanh@demo.cchc', 'value', '90', '92'],
      ['planner.binhthanh@demo.cchc', 'baseline', '{"year":2025,"value":80}', '{"year":2024,"value":70}'],
    ]);
    // Anonymous readers see the author as a role and a unit, never an e-mail.
    const anonymous = await t.gql<{ target: { history: { by: string | null; byRole: string | null; byOrgUnit: { name: string } | null; version: number }[] } }>(
      'query($id: ID!) { target(id: $id) { history { by byRole byOrgUnit { name } version } } }',
      { id: target.id },
    );
    const seen = anonymous.data!.target.history.filter((h) => h.version === 2)[0]!;
    expect(seen).toEqual({ by: null, byRole: 'PLANNER', byOrgUnit: { name: expect.stringContaining('Bình Thành') as unknown }, version: 2 });
    expect(JSON.stringify(anonymous)).not.toContain('@');
    expect(Number.isNaN(Date.parse(changes[0]!.at))).toBe(false);
    const deleted = await t.gql<{ deleteTarget: { version: number } }>(
      'mutation($id: ID!) { deleteTarget(id: $id, expectedVersion: 2) { version } }',
      { id: target.id },
      tokens.admin,
    );
    expect(deleted.data!.deleteTarget.version).toBe(3);
    const gone = await t.gql<{ target: null }>('query($id: ID!) { target(id: $id) { id } }', { id: target.id });
    expect(gone.data!.target).toBeNull();
    const rows = await t.server.orm.em.fork().getConnection().execute('select field from target_history where target_id = ? order by id', [Number(target.id)]);
    expect((rows as { field: string }[]).at(-1)!.field).toBe('deleted');
  });

  it.skipIf(skip)('validates input at the boundary with the field path', async () => {
    const percent = await createAs(tokens.admin, 'binh-thanh', { value: 120 });
    expect(errorCode(percent)).toBe('BAD_USER_INPUT');
    expect(percent.errors![0]!.extensions!['field']).toBe('input.value');

    const longText = await createAs(tokens.admin, 'binh-thanh', { text: 'x'.repeat(5000) });
    expect(errorCode(longText)).toBe('BAD_USER_INPUT');
    expect(longText.errors![0]!.extensions!['field']).toBe('input.text');

    const badYear = await createAs(tokens.admin, 'binh-thanh', { milestones: [{ year: 2031, value: 95 }] });
    expect(errorCode(badYear)).toBe('BAD_USER_INPUT');
    expect(badYear.errors![0]!.extensions!['field']).toBe('input.milestones.2031');
    expect(badYear.errors![0]!.extensions!['problems']).toEqual([
      { field: 'input.milestones.2031', code: 'YEAR_OUTSIDE_PROGRAMME', params: { year: 2031, from: 2026, to: 2030 } },
    ]);

    // The rules the web form checks are the server's too (one function in the domain): no negative value, a
    // baseline before the programme, every problem listed with its field.
    const negativeAndLateBaseline = await createAs(tokens.admin, 'binh-thanh', { unit: 'người', value: -3, baseline: { year: 2026, value: 17 } });
    expect(errorCode(negativeAndLateBaseline)).toBe('BAD_USER_INPUT');
    expect(negativeAndLateBaseline.errors![0]!.extensions!['problems']).toEqual([
      { field: 'input.value', code: 'NEGATIVE' },
      { field: 'input.baselineYear', code: 'BASELINE_NOT_BEFORE_PROGRAMME', params: { year: 2026 } },
    ]);

    const badComparator = await createAs(tokens.admin, 'binh-thanh', { comparator: 'ABOUT' });
    expect(badComparator.errors![0]!.message).toMatch(/Comparator/);

    const unknownIndicator = await createAs(tokens.admin, 'binh-thanh', { indicatorCode: 'X.9' });
    expect(errorCode(unknownIndicator)).toBe('NOT_FOUND');

    const target = await freshTarget('binh-thanh');
    const dupYears = await t.gql(
      'mutation($id: ID!) { updateTarget(id: $id, expectedVersion: 1, input: { milestones: [{ year: 2026, value: 1 }, { year: 2026, value: 2 }] }) { id } }',
      { id: target.id },
      tokens.admin,
    );
    expect(errorCode(dupYears)).toBe('BAD_USER_INPUT');
    expect(dupYears.errors![0]!.extensions!['field']).toBe('input.milestones.2026');
    expect(dupYears.errors![0]!.extensions!['problems']).toEqual([{ field: 'input.milestones.2026', code: 'YEAR_REPEATED', params: { year: 2026 } }]);
  });

  it.skipIf(skip)('computes a target status from actuals and milestones', async () => {
    const res = await t.gql<{ targets: { status: string; statusDetail: { status: string; explanation: { en: string } } }[] }>(
      '{ targets(orgUnitCode: "binh-thanh", programme: "2026-2030") { status statusDetail { status explanation { en } } } }',
    );
    expect(res.errors).toBeUndefined();
    for (const target of res.data!.targets) {
      expect(target.status).toBe(target.statusDetail.status);
      expect(target.statusDetail.explanation.en.length).toBeGreaterThan(0);
    }
  });

  it.skipIf(skip)('saves and deletes queries for signed-in users only', async () => {
    const anonymous = await t.gql('mutation { saveQuery(input: { name: "x", query: "{ me { id } }" }) { id } }');
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    const saved = await t.gql<{ saveQuery: { id: string; variables: unknown } }>(
      'mutation { saveQuery(input: { name: "Xếp hạng", query: "{ me { id } }", variables: { year: 2024 } }) { id variables } }',
      {},
      tokens.analyst,
    );
    expect(saved.data!.saveQuery.variables).toEqual({ year: 2024 });
    const mine = await t.gql<{ savedQueries: { id: string }[] }>('{ savedQueries { id } }', {}, tokens.analyst);
    expect(mine.data!.savedQueries.map((q) => q.id)).toEqual([saved.data!.saveQuery.id]);
    const othersDelete = await t.gql('mutation($id: ID!) { deleteSavedQuery(id: $id) }', { id: saved.data!.saveQuery.id }, tokens.admin);
    expect(errorCode(othersDelete)).toBe('NOT_FOUND');
    const del = await t.gql<{ deleteSavedQuery: boolean }>('mutation($id: ID!) { deleteSavedQuery(id: $id) }', { id: saved.data!.saveQuery.id }, tokens.analyst);
    expect(del.data!.deleteSavedQuery).toBe(true);
  });

  it.skipIf(skip)('signs in with the demo password only and returns the user', async () => {
    const wrong = await t.gql('mutation { login(email: "admin@demo.cchc", password: "nope") { token } }');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    const me = await t.gql<{ me: { email: string; role: string; orgUnitCodes: string[] } }>('{ me { email role orgUnitCodes } }', {}, tokens['planner.binhthanh']);
    expect(me.data!.me).toEqual({ email: 'planner.binhthanh@demo.cchc', role: 'PLANNER', orgUnitCodes: ['binh-thanh'] });
    const anonymous = await t.gql<{ me: null }>('{ me { email } }');
    expect(anonymous.data!.me).toBeNull();
  });
});
