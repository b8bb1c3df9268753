// OrgUnit.series: a district → its communes → indicators → yearly series with year-over-year in one nested query,
// the series of every commune read by one SQL statement (one per commune with batching off).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObservationEntity } from '../src/modules/observation/observation.entity.js';
import { DIALECTS, startTestServer, type TestServer } from './helpers/server.js';

const DASHBOARD = `query($codes: [String!]!, $from: Int, $to: Int) {
  orgUnit(code: "dinh-hoa") { code children { code
    series(indicatorCodes: $codes, from: $from, to: $to) {
      indicatorCode points { year value raw synthetic change { fromYear fromValue absoluteChange trend } } } } }
}`;

type Point = { year: number; value: number | null; raw: string | null; synthetic: boolean | null; change: { fromYear: number; fromValue: number | null; absoluteChange: number | null; trend: string } };
type Dashboard = { orgUnit: { children: { code: string; series: { indicatorCode: string; points: Point[] }[] }[] } };

const seriesStatements = (t: TestServer) => t.statements.filter((s) => /left join\s+"?observation/i.test(s)).length;

describe.each(DIALECTS)('OrgUnit.series ($dialect)', ({ dialect, skip }) => {
  let t: TestServer;
  let unbatched: TestServer;

  beforeAll(async () => {
    if (skip) return;
    [t, unbatched] = await Promise.all([
      startTestServer(dialect),
      startTestServer(dialect, {}, { CCHC_DISABLE_BATCHING: '1' }),
    ]);
    for (const server of [t, unbatched]) {
      const em = server.server.orm.em.fork();
      for (const [year, value] of [[2021, 70], [2023, 75]] as const) {
        em.create(ObservationEntity, {
          indicatorCode: 'N.PAR.SCORE',
          orgUnitCode: 'cho-chu',
          periodKey: String(year),
          periodKind: 'YEAR',
          year,
          endYear: year,
          value,
          raw: String(value),
          sourceQuote: 'test fixture',
          synthetic: true,
        });
      }
      await em.flush();
    }
  });
  afterAll(async () => {
    await t?.close();
    await unbatched?.close();
  });

  /** A write of this process (a saved query): its next request reads the data version again, as after any write. */
  const write = (name: string) =>
    t.login('analyst@demo.cchc').then((analyst) => t.gql(`mutation { saveQuery(input: { name: "${name}", query: "{ me { id } }" }) { id } }`, {}, analyst));

  it.skipIf(skip)('returns every year of the range per commune and indicator, with the change from the year before', async () => {
    t.statements.length = 0;
    const res = await t.gql<Dashboard>(DASHBOARD, { codes: ['N.PAR.SCORE', '3.4.2'], from: 2021, to: 2024 });
    expect(res.errors).toBeUndefined();
    const children = res.data!.orgUnit.children;
    expect(children).toHaveLength(23);
    const binhThanh = children.find((c) => c.code === 'binh-thanh')!;
    expect(binhThanh.series.map((s) => s.indicatorCode)).toEqual(['N.PAR.SCORE', '3.4.2']);
    const score = binhThanh.series[0]!.points;
    expect(score.map((p) => p.year)).toEqual([2021, 2022, 2023, 2024]);
    expect(score[2]).toMatchObject({ year: 2023, value: 89.75, raw: '89,75', synthetic: false, change: { fromYear: 2022, fromValue: 80.5, absoluteChange: 9.25, trend: 'IMPROVED' } });
    expect(score[3]).toMatchObject({ year: 2024, value: null, raw: null, synthetic: null, change: { absoluteChange: null, trend: 'NO_DATA' } });
    // A gap stays a gap: 2022 is blank for Chợ Chu, so neither 2022 nor 2023 has a change.
    const choChu = children.find((c) => c.code === 'cho-chu')!.series[0]!.points;
    expect(choChu.map((p) => [p.year, p.value, p.change.trend])).toEqual([
      [2021, 70, 'NO_DATA'],
      [2022, null, 'NO_DATA'],
      [2023, 75, 'NO_DATA'],
      [2024, null, 'NO_DATA'],
    ]);
    // orgUnit, children, series: one statement per level of the query, whatever the number of communes (besides the
    // data version's, read at most once a second by the process, not per request).
    expect(seriesStatements(t)).toBe(1);
    expect(t.statements.filter((s) => /\b(select|with)\b/i.test(s) && !/data_version/.test(s)).length).toBeLessThanOrEqual(3);
  });

  it.skipIf(skip)('keeps each series until the data version moves: asked again, in any range, no statement reads it', async () => {
    const vars = { codes: ['N.PAR.SCORE', '3.4.2'], from: 2021, to: 2024 };
    const first = await t.gql<Dashboard>(DASHBOARD, vars);
    t.statements.length = 0;
    const again = await t.gql<Dashboard>(DASHBOARD, vars);
    expect(again.data).toEqual(first.data);
    // The district and its communes are kept too: asked again, the dashboard costs no statement at all.
    expect(t.statements.filter((s) => !/data_version/.test(s))).toEqual([]);
    // Another range of the same indicators, wider than any unit reported: kept points and blank years around them.
    const wider = await t.gql<Dashboard>(DASHBOARD, { codes: ['3.4.2', 'N.PAR.SCORE'], from: 2019, to: 2026 });
    expect(seriesStatements(t)).toBe(0);
    const choChu = wider.data!.orgUnit.children.find((c) => c.code === 'cho-chu')!.series[1]!.points;
    expect(choChu.map((p) => [p.year, p.value, p.change.fromValue, p.change.trend])).toEqual([
      [2019, null, null, 'NO_DATA'],
      [2020, null, null, 'NO_DATA'],
      [2021, 70, null, 'NO_DATA'],
      [2022, null, 70, 'NO_DATA'],
      [2023, 75, null, 'NO_DATA'],
      [2024, null, 75, 'NO_DATA'],
      [2025, null, null, 'NO_DATA'],
      [2026, null, null, 'NO_DATA'],
    ]);
    // The same answer as a server that keeps nothing.
    expect(wider.data).toEqual((await unbatched.gql<Dashboard>(DASHBOARD, { codes: ['3.4.2', 'N.PAR.SCORE'], from: 2019, to: 2026 })).data);
  });

  it.skipIf(skip)('shows a figure written since in the next request', async () => {
    const vars = { codes: ['N.PAR.SCORE'], from: 2021, to: 2024 };
    const before = await t.gql<Dashboard>(DASHBOARD, vars);
    const choChuOf = (d: Dashboard) => d.orgUnit.children.find((c) => c.code === 'cho-chu')!.series[0]!.points;
    expect(choChuOf(before.data!)[1]!.value).toBeNull();
    const em = t.server.orm.em.fork();
    em.create(ObservationEntity, {
      indicatorCode: 'N.PAR.SCORE',
      orgUnitCode: 'cho-chu',
      periodKey: '2022',
      periodKind: 'YEAR',
      year: 2022,
      endYear: 2022,
      value: 72,
      raw: '72',
      sourceQuote: 'test fixture',
      synthetic: true,
    });
    await em.flush();
    // Written beside the API, the version moved (a trigger) and is seen within a second; a mutation of this process
    // makes its next request read it at once.
    try {
      expect((await write('series: a new figure')).errors).toBeUndefined();
      const after = choChuOf((await t.gql<Dashboard>(DASHBOARD, vars)).data!);
      expect(after.map((p) => [p.year, p.value, p.change.trend])).toEqual([
        [2021, 70, 'NO_DATA'],
        [2022, 72, 'IMPROVED'],
        [2023, 75, 'IMPROVED'],
        [2024, null, 'NO_DATA'],
      ]);
    } finally {
      await em.getConnection().execute("delete from observation where org_unit_code = 'cho-chu' and year = 2022 and raw = '72'");
      await write('series: figure gone');
    }
    expect(choChuOf((await t.gql<Dashboard>(DASHBOARD, vars)).data!)[1]!.value).toBeNull();
  });

  it.skipIf(skip)('shows a unit renamed or moved elsewhere since in the next request', async () => {
    const UNITS = '{ orgUnit(code: "dinh-hoa") { name children { code name parent { code } } } }';
    type Units = { orgUnit: { name: string; children: { code: string; name: string; parent: { code: string } }[] } };
    const before = (await t.gql<Units>(UNITS)).data!.orgUnit;
    const choChu = before.children.find((c) => c.code === 'cho-chu')!;
    expect(before.children.map((c) => c.code)).toContain('bao-cuong');
    const db = t.server.orm.em.fork().getConnection();
    try {
      await db.execute("update org_unit set name = 'Chợ Chu (mới)' where code = 'cho-chu'");
      await db.execute("update org_unit set parent_code = 'thai-nguyen' where code = 'bao-cuong'");
      await write('units: renamed and moved');
      const after = (await t.gql<Units>(UNITS)).data!.orgUnit;
      expect(after.children.find((c) => c.code === 'cho-chu')!.name).toBe('Chợ Chu (mới)');
      expect(after.children.map((c) => c.code)).not.toContain('bao-cuong');
      expect(after.children).toHaveLength(before.children.length - 1);
      const moved = await t.gql<{ orgUnit: { parent: { code: string } } }>('{ orgUnit(code: "bao-cuong") { parent { code } } }');
      expect(moved.data!.orgUnit.parent.code).toBe('thai-nguyen');
    } finally {
      await db.execute(`update org_unit set name = '${choChu.name}' where code = 'cho-chu'`);
      await db.execute("update org_unit set parent_code = 'dinh-hoa' where code = 'bao-cuong'");
      await write('units: restored');
    }
    expect((await t.gql<Units>(UNITS)).data!.orgUnit).toEqual(before);
  });

  it.skipIf(skip)('without a range spans the years the unit reported', async () => {
    const res = await t.gql<{ orgUnit: { series: { points: Point[] }[] } }>(
      '{ orgUnit(code: "cho-chu") { series(indicatorCodes: ["N.PAR.SCORE"]) { points { year value } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.orgUnit.series[0]!.points.map((p) => p.year)).toEqual([2021, 2022, 2023]);
  });

  it.skipIf(skip)('costs one statement per commune with batching off, and answers the same', async () => {
    unbatched.statements.length = 0;
    const vars = { codes: ['N.PAR.SCORE', '3.4.2'], from: 2021, to: 2024 };
    const res = await unbatched.gql<Dashboard>(DASHBOARD, vars);
    expect(res.errors).toBeUndefined();
    expect(seriesStatements(unbatched)).toBe(23);
    expect(res.data).toEqual((await t.gql<Dashboard>(DASHBOARD, vars)).data);
  });

  it.skipIf(skip)('refuses an unknown indicator, a backward or too long range with clear errors', async () => {
    const unknown = await t.gql(DASHBOARD, { codes: ['N.PAR.SCORE', 'NO.SUCH'], from: 2021, to: 2024 });
    expect(unknown.errors![0]!.extensions!['code']).toBe('NOT_FOUND');
    expect(unknown.errors![0]!.message).toMatch(/NO\.SUCH/);
    const backward = await t.gql(DASHBOARD, { codes: ['N.PAR.SCORE'], from: 2024, to: 2021 });
    expect(backward.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const long = await t.gql(DASHBOARD, { codes: ['N.PAR.SCORE'], from: 1950, to: 2025 });
    expect(long.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it.skipIf(skip)('compares one indicator over 5,000 communes (W1 at national scale) in one request', async () => {
    const units = ['binh-thanh', ...Array.from({ length: 4999 }, (_, i) => `x-${i}`)];
    const res = await t.gql<{ compare: { orgUnitCode: string; value: number | null }[] }>(
      'query($u: [String!]!) { compare(indicatorCodes: ["N.PAR.SCORE"], orgUnitCodes: $u, years: [2023]) { orgUnitCode value } }',
      { u: units },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.compare).toHaveLength(5000);
    expect(res.data!.compare[0]).toEqual({ orgUnitCode: 'binh-thanh', value: 89.75 });
    expect(res.data!.compare.slice(1).every((c) => c.value === null)).toBe(true);
  });
});
