// Rankings and comparisons across communes, checked against the domain's rankUnits (the service ranks with it), and
// the figures they keep in memory until the data version moves (a ranking's order, a wide comparison's whole years).
import { API_ERROR_REASONS, rankUnits, type ApiErrorReason } from '@cchc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObservationEntity } from '../src/modules/observation/observation.entity.js';
import { OrgUnitEntity } from '../src/modules/org-unit/org-unit.entity.js';
import { KEEP_YEARS_FROM_UNITS } from '../src/modules/analysis/analysis.service.js';
import { DIALECTS, startTestServer, type TestServer } from './helpers/server.js';

type Entry = { orgUnitCode: string; rank: number | null; of: number; value: number | null; raw: string | null };

describe.each(DIALECTS)('rankings and comparisons ($dialect)', ({ dialect, skip }) => {
  let t: TestServer;

  beforeAll(async () => {
    if (skip) return;
    t = await startTestServer(dialect);
    // Peers' figures for 2023 (Bình Thành's own come from the report: 89,75 points, rank 1/23).
    const em = t.server.orm.em.fork();
    const peer = (indicatorCode: string, orgUnitCode: string, value: number, raw: string) =>
      em.create(ObservationEntity, {
        indicatorCode,
        orgUnitCode,
        periodKey: '2023',
        periodKind: 'YEAR',
        year: 2023,
        endYear: 2023,
        value,
        raw,
        rankOf: null,
        note: null,
        sourceSectionId: null,
        sourceTable: null,
        sourceRow: null,
        sourceQuote: 'test fixture',
        synthetic: true,
        reportId: null,
      });
    peer('N.PAR.SCORE', 'cho-chu', 89.75, '89,75');
    peer('N.PAR.SCORE', 'bao-cuong', 85, '85');
    peer('N.PAR.SCORE', 'dinh-bien', 70.5, '70,5');
    peer('N.PAR.RANK', 'cho-chu', 3, '3/23');
    peer('N.PAR.RANK', 'bao-cuong', 2, '2/23');
    await em.flush();
    // A second province (province → district → two communes) so that "within" and "the whole country" differ.
    const unit = (code: string, level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE', parent: OrgUnitEntity | null) =>
      em.create(OrgUnitEntity, { code, name: `Test ${code}`, level, kind: level === 'COMMUNE' ? 'xã' : level === 'DISTRICT' ? 'huyện' : 'tỉnh', parent });
    const province = unit('t-province', 'PROVINCE', null);
    const district = unit('t-district', 'DISTRICT', province);
    unit('t-commune-a', 'COMMUNE', district);
    unit('t-commune-b', 'COMMUNE', district);
    await em.flush();
    peer('N.PAR.SCORE', 't-commune-a', 95, '95');
    peer('N.PAR.SCORE', 't-commune-b', 60, '60');
    peer('N.PAR.SCORE', 't-district', 80, '80');
    await em.flush();
  });
  afterAll(async () => t?.close());

  const ranking = async (indicatorCode: string, year: number) => {
    const res = await t.gql<{ ranking: Entry[] }>(
      'query($i: String!, $y: Int!) { ranking(indicatorCode: $i, year: $y, withinOrgUnitCode: "dinh-hoa") { orgUnitCode rank of value raw } }',
      { i: indicatorCode, y: year },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.ranking;
  };

  it.skipIf(skip)('ranks higher-better values first, ties sharing a rank, missing last and unranked', async () => {
    const entries = await ranking('N.PAR.SCORE', 2023);
    expect(entries.slice(0, 4)).toEqual([
      { orgUnitCode: 'binh-thanh', rank: 1, of: 4, value: 89.75, raw: '89,75' },
      { orgUnitCode: 'cho-chu', rank: 1, of: 4, value: 89.75, raw: '89,75' },
      { orgUnitCode: 'bao-cuong', rank: 3, of: 4, value: 85, raw: '85' },
      { orgUnitCode: 'dinh-bien', rank: 4, of: 4, value: 70.5, raw: '70,5' },
    ]);
    expect(entries).toHaveLength(23);
    expect(entries.slice(4).every((e) => e.rank === null && e.value === null && e.of === 4)).toBe(true);
  });

  it.skipIf(skip)('ranks a rank indicator lowest first', async () => {
    const entries = await ranking('N.PAR.RANK', 2023);
    expect(entries.slice(0, 3).map((e) => [e.orgUnitCode, e.rank])).toEqual([
      ['binh-thanh', 1],
      ['bao-cuong', 2],
      ['cho-chu', 3],
    ]);
  });

  it.skipIf(skip)('agrees with the domain rankUnits on the same values', async () => {
    for (const [code, direction] of [
      ['N.PAR.SCORE', 'HIGHER_BETTER'],
      ['N.PAR.RANK', 'LOWER_BETTER'],
    ] as const) {
      const entries = await ranking(code, 2023);
      const expected = rankUnits(entries.map(({ orgUnitCode, value }) => ({ orgUnitCode, value })), direction);
      const key = (e: { orgUnitCode: string; rank: number | null; of: number }) => `${e.orgUnitCode}:${e.rank}:${e.of}`;
      expect(entries.map(key).sort()).toEqual(expected.map(key).sort());
    }
  });

  it.skipIf(skip)('returns no ranks for a year nobody reported', async () => {
    const entries = await ranking('N.PAR.SCORE', 2024);
    expect(entries.every((e) => e.rank === null && e.of === 0)).toBe(true);
  });

  type Page = { totalCount: number; rankedCount: number; entries: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  const page = async (variables: Record<string, unknown>) => {
    const res = await t.gql<{ rankingPage: Page }>(
      `query($i: String!, $y: Int!, $w: String, $l: OrgLevel, $f: Int, $a: String) {
         rankingPage(indicatorCode: $i, year: $y, withinOrgUnitCode: $w, level: $l, first: $f, after: $a) {
           totalCount rankedCount entries { orgUnitCode rank of value raw } pageInfo { hasNextPage endCursor } } }`,
      { i: 'N.PAR.SCORE', y: 2023, ...variables },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.rankingPage;
  };

  it.skipIf(skip)("ranks a province's communes (its districts' children, found in SQL) with the total count", async () => {
    const p = await page({ w: 'thai-nguyen', f: 3 });
    expect(p.totalCount).toBe(23);
    expect(p.rankedCount).toBe(4);
    expect(p.entries.map((e) => [e.orgUnitCode, e.rank, e.of])).toEqual([
      ['binh-thanh', 1, 4],
      ['cho-chu', 1, 4],
      ['bao-cuong', 3, 4],
    ]);
    expect(p.pageInfo.hasNextPage).toBe(true);
    const next = await page({ w: 'thai-nguyen', f: 3, a: p.pageInfo.endCursor });
    expect(next.entries[0]).toMatchObject({ orgUnitCode: 'dinh-bien', rank: 4, of: 4 });
    expect(next.entries.slice(1).every((e) => e.rank === null)).toBe(true);
    expect(next.totalCount).toBe(23);
  });

  it.skipIf(skip)('ranks every commune of the country when within is null, and other levels on request', async () => {
    const country = await page({ w: null, f: 50 });
    expect(country.totalCount).toBe(25);
    expect(country.rankedCount).toBe(6);
    expect(country.entries.slice(0, 6).map((e) => [e.orgUnitCode, e.rank])).toEqual([
      ['t-commune-a', 1],
      ['binh-thanh', 2],
      ['cho-chu', 2],
      ['bao-cuong', 4],
      ['dinh-bien', 5],
      ['t-commune-b', 6],
    ]);
    expect(country.pageInfo.hasNextPage).toBe(false);
    const districts = await page({ w: null, l: 'DISTRICT' });
    expect(districts.entries.map((e) => [e.orgUnitCode, e.rank, e.of])).toEqual([
      ['t-district', 1, 1],
      ['dinh-hoa', null, 1],
    ]);
    // The plain list is the same entries (backwards compatible with the district-only ranking).
    const list = await t.gql<{ ranking: Entry[] }>('{ ranking(indicatorCode: "N.PAR.SCORE", year: 2023, first: 2) { orgUnitCode rank } }');
    expect(list.data!.ranking).toEqual([
      { orgUnitCode: 't-commune-a', rank: 1 },
      { orgUnitCode: 'binh-thanh', rank: 2 },
    ]);
  });

  it.skipIf(skip)('a comparison is one statement once its indicators are read; an unknown indicator is still NOT_FOUND', async () => {
    const query = 'query($c: [String!]!) { compare(indicatorCodes: $c, orgUnitCodes: ["binh-thanh"], years: [2023]) { change { trend } } }';
    const counted = async (codes: string[]) => {
      t.statements.length = 0;
      const res = await t.gql<{ compare: { change: { trend: string } }[] }>(query, { c: codes });
      return { res, statements: t.statements.filter((s) => /\b(select|with)\b/i.test(s) && !/data_version/.test(s)) };
    };
    // The first comparison reads the indicator unless an earlier test's ranking already kept it.
    const cold = await counted(['N.PAR.SCORE']);
    const warm = await counted(['N.PAR.SCORE']);
    expect(cold.statements.length).toBeGreaterThanOrEqual(1);
    expect(warm.statements).toHaveLength(1);
    expect(warm.res.data).toEqual(cold.res.data);
    const unknown = await counted(['N.PAR.SCORE', 'NO.SUCH']);
    expect(unknown.res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it.skipIf(skip)("a country-wide ranking read before costs no statement; a write makes it read the indicator's direction and figures again", async () => {
    // The data version itself is read at most once a second, whatever the request: not the ranking's statement.
    const counted = async () => {
      t.statements.length = 0;
      const p = await page({ w: null, f: 2 });
      return { p, statements: t.statements.filter((s) => /\b(select|with)\b/i.test(s) && !/data_version/.test(s)) };
    };
    await counted();
    const warm = await counted();
    expect(warm.statements).toHaveLength(0);
    expect(warm.p.entries.map((e) => e.orgUnitCode)).toEqual(['t-commune-a', 'binh-thanh']);
    // The direction flips outside the API (the triggers move the data version); a write through the API makes this
    // process read the version at once, and the next ranking reads the indicator again.
    const connection = t.server.orm.em.fork().getConnection();
    const analyst = await t.login('analyst@demo.cchc');
    const write = async (direction: string, name: string) => {
      await connection.execute(`update indicator set direction = '${direction}' where code = 'N.PAR.SCORE'`);
      const saved = await t.gql(`mutation { saveQuery(input: { name: "${name}", query: "{ me { id } }" }) { id } }`, {}, analyst);
      expect(saved.errors).toBeUndefined();
    };
    await write('LOWER_BETTER', 'ranking cache 1');
    try {
      const flipped = await counted();
      expect(flipped.statements.some((s) => /\bfrom observation\b/i.test(s))).toBe(true);
      expect(flipped.p.entries.map((e) => [e.orgUnitCode, e.rank])).toEqual([
        ['t-commune-b', 1],
        ['dinh-bien', 2],
      ]);
    } finally {
      await write('HIGHER_BETTER', 'ranking cache 2');
    }
    expect((await counted()).p.entries[0]!.orgUnitCode).toBe('t-commune-a');
  });

  it.skipIf(skip)('pages through ranked and unranked units alike: a page across both, a page of unranked units only, a page past the end', async () => {
    const all = await page({ w: 'thai-nguyen' });
    expect(all.entries).toHaveLength(23);
    expect(all.entries.slice(4).map((e) => e.orgUnitCode)).toEqual(all.entries.slice(4).map((e) => e.orgUnitCode).sort());
    const cursor = (position: number) => Buffer.from(JSON.stringify(['ranking', position])).toString('base64url');
    // Position 3 to 8: the last ranked unit, then the first unranked ones by code.
    const across = await page({ w: 'thai-nguyen', f: 5, a: cursor(3) });
    expect(across.entries).toEqual(all.entries.slice(3, 8));
    expect([across.totalCount, across.rankedCount, across.pageInfo.hasNextPage]).toEqual([23, 4, true]);
    // Past every ranked unit: the counts come from the unranked page's own statement.
    const unranked = await page({ w: 'thai-nguyen', f: 3, a: cursor(10) });
    expect(unranked.entries).toEqual(all.entries.slice(10, 13));
    expect(unranked.entries.every((e) => e.rank === null && e.of === 4)).toBe(true);
    expect([unranked.totalCount, unranked.rankedCount]).toEqual([23, 4]);
    const last = await page({ w: 'thai-nguyen', f: 3, a: cursor(21) });
    expect(last.entries).toEqual(all.entries.slice(21));
    expect(last.pageInfo.hasNextPage).toBe(false);
    const beyond = await page({ w: 'thai-nguyen', f: 3, a: cursor(40) });
    expect(beyond.entries).toEqual([]);
    expect([beyond.totalCount, beyond.rankedCount, beyond.pageInfo.hasNextPage]).toEqual([23, 4, false]);
    // Walking every page of 4 gives the list in one piece.
    const walked: Entry[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const p = await page({ w: 'thai-nguyen', f: 4, a: after });
      walked.push(...p.entries);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(walked).toEqual(all.entries);
  });

  it.skipIf(skip)("reads a ranking's figures and units once per data version: every page after is cut from the order kept", async () => {
    const statements = async (variables: Record<string, unknown>) => {
      t.statements.length = 0;
      const p = await page(variables);
      const read = t.statements.filter((s) => /\b(select|with)\b/i.test(s) && !/data_version/.test(s));
      return { p, figures: read.filter((s) => /\bfrom observation\b/i.test(s)).length, units: read.filter((s) => /\bfrom org_unit\b/i.test(s)).length };
    };
    // A year no test read before: the first page reads its figures (one statement), no later one does.
    const cold = await statements({ w: 'thai-nguyen', f: 3, y: 2021 });
    expect(cold.figures).toBe(1);
    const cursor = (position: number) => Buffer.from(JSON.stringify(['ranking', position])).toString('base64url');
    // Four units are ranked in 2023: a page of ranked units, one across the ranked and the unranked, one of unranked only.
    for (const variables of [{ w: 'thai-nguyen', f: 3 }, { w: 'thai-nguyen', f: 4 }, { w: 'thai-nguyen', f: 3, a: cursor(10) }, { w: null, f: 2 }, { w: 'thai-nguyen', f: 3, y: 2021 }]) {
      await statements(variables);
      const warm = await statements(variables);
      expect([warm.figures, warm.units]).toEqual([0, 0]);
      expect(warm.p.totalCount).toBeGreaterThan(0);
    }
  });

  it.skipIf(skip)('ranks and compares the first recorded figure where a unit has two for the year', async () => {
    const em = t.server.orm.em.fork();
    const figure = (orgUnitCode: string, value: number | null, raw: string) =>
      em.create(ObservationEntity, {
        indicatorCode: 'N.PAR.SCORE', orgUnitCode, periodKey: '2019', periodKind: 'YEAR', year: 2019, endYear: 2019, value, raw,
        rankOf: null, note: null, sourceSectionId: null, sourceTable: null, sourceRow: null, sourceQuote: 'test fixture', synthetic: true, reportId: null,
      });
    // Recorded in this order: cho-chu's 50 before its 99; bao-cuong's blank before its 70.
    figure('cho-chu', 50, '50');
    figure('dinh-bien', 60, '60');
    figure('bao-cuong', null, 'không có');
    await em.flush();
    figure('cho-chu', 99, '99');
    figure('bao-cuong', 70, '70');
    await em.flush();
    // Written outside the API: a write through it makes this process read the data version at once.
    const saved = await t.gql('mutation { saveQuery(input: { name: "two figures", query: "{ me { id } }" }) { id } }', {}, await t.login('analyst@demo.cchc'));
    expect(saved.errors).toBeUndefined();
    const entries = await page({ w: 'dinh-hoa', y: 2019 });
    const mine = entries.entries.filter((e) => ['cho-chu', 'dinh-bien', 'bao-cuong'].includes(e.orgUnitCode));
    expect(mine.map((e) => [e.orgUnitCode, e.value, e.raw, e.rank])).toEqual([
      ['dinh-bien', 60, '60', 1],
      ['cho-chu', 50, '50', 2],
      ['bao-cuong', null, 'không có', null],
    ]);
    expect(entries.rankedCount).toBe(2);
    expect(entries.totalCount).toBe(23);
    const res = await t.gql<{ compare: { orgUnitCode: string; value: number | null; raw: string | null; previousValue: number | null }[] }>(
      '{ compare(indicatorCodes: ["N.PAR.SCORE"], orgUnitCodes: ["cho-chu", "bao-cuong"], years: [2019, 2020]) { orgUnitCode value raw previousValue } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.compare).toEqual([
      { orgUnitCode: 'cho-chu', value: 50, raw: '50', previousValue: null },
      { orgUnitCode: 'cho-chu', value: null, raw: null, previousValue: 50 },
      { orgUnitCode: 'bao-cuong', value: null, raw: 'không có', previousValue: null },
      { orgUnitCode: 'bao-cuong', value: null, raw: null, previousValue: null },
    ]);
  });

  it.skipIf(skip)('refuses a bad page size or cursor with a clear error', async () => {
    const res = await t.gql('{ rankingPage(indicatorCode: "N.PAR.SCORE", year: 2023, first: 5000) { totalCount } }');
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const bad = await t.gql('{ rankingPage(indicatorCode: "N.PAR.SCORE", year: 2023, after: "nope") { totalCount } }');
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    // A position past any integer the database takes (PostgreSQL's OFFSET is a bigint) is no cursor of ours either.
    const far = Buffer.from(JSON.stringify(['ranking', 1e300])).toString('base64url');
    const huge = await t.gql(`{ rankingPage(indicatorCode: "N.PAR.SCORE", year: 2023, after: "${far}") { totalCount } }`);
    expect(huge.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'BAD_CURSOR' });
    // The last safe position is a cursor of ours: past every unit, an empty page.
    const last = Buffer.from(JSON.stringify(['ranking', Number.MAX_SAFE_INTEGER])).toString('base64url');
    const empty = await t.gql<{ rankingPage: { totalCount: number; entries: unknown[] } }>(`{ rankingPage(indicatorCode: "N.PAR.SCORE", year: 2023, first: 3, after: "${last}") { totalCount entries { orgUnitCode } } }`);
    expect(empty.errors).toBeUndefined();
    expect(empty.data!.rankingPage.entries).toEqual([]);
  });

  it.skipIf(skip)('compares one cell per indicator × unit × year with the change from the year before', async () => {
    const res = await t.gql<{ compare: { indicatorCode: string; orgUnitCode: string; year: number; value: number | null; raw: string | null; previousValue: number | null; change: { absoluteChange: number | null; trend: string } }[] }>(
      `{ compare(indicatorCodes: ["N.PAR.SCORE"], orgUnitCodes: ["binh-thanh", "cho-chu"], years: [2022, 2023, 2024]) {
           indicatorCode orgUnitCode year value raw previousValue change { absoluteChange trend } } }`,
    );
    expect(res.errors).toBeUndefined();
    const cells = res.data!.compare;
    expect(cells).toHaveLength(6);
    const cell = (org: string, year: number) => cells.find((c) => c.orgUnitCode === org && c.year === year)!;
    expect(cell('binh-thanh', 2023)).toMatchObject({ value: 89.75, raw: '89,75', previousValue: 80.5, change: { absoluteChange: 9.25, trend: 'IMPROVED' } });
    expect(cell('binh-thanh', 2024)).toMatchObject({ value: null, raw: null, previousValue: 89.75, change: { absoluteChange: null, trend: 'NO_DATA' } });
    expect(cell('cho-chu', 2023)).toMatchObject({ value: 89.75, previousValue: null, change: { trend: 'NO_DATA' } });
  });

  it.skipIf(skip)('refuses an oversized comparison with a clear error', async () => {
    const codes = Array.from({ length: 200 }, (_, i) => `c${i}`);
    const orgs = Array.from({ length: 101 }, (_, i) => `o${i}`);
    const res = await t.gql('query($c: [String!]!, $o: [String!]!) { compare(indicatorCodes: $c, orgUnitCodes: $o, years: [2023]) { year } }', { c: codes, o: orgs });
    expect(res.errors![0]!.extensions!['code']).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/at most 20000/);
  });

  it.skipIf(skip)('marks synthetic figures in rankings and comparisons; real figures are not synthetic, blanks neither', async () => {
    const res = await t.gql<{ ranking: { orgUnitCode: string; synthetic: boolean | null }[]; compare: { orgUnitCode: string; year: number; synthetic: boolean | null }[] }>(
      `{ ranking(indicatorCode: "N.PAR.SCORE", year: 2023, withinOrgUnitCode: "dinh-hoa") { orgUnitCode synthetic }
         compare(indicatorCodes: ["N.PAR.SCORE"], orgUnitCodes: ["binh-thanh", "cho-chu"], years: [2023, 2024]) { orgUnitCode year synthetic } }`,
    );
    expect(res.errors).toBeUndefined();
    const byUnit = new Map(res.data!.ranking.map((e) => [e.orgUnitCode, e.synthetic]));
    expect([byUnit.get('binh-thanh'), byUnit.get('cho-chu'), byUnit.get('phu-dinh')]).toEqual([false, true, null]);
    expect(res.data!.compare.map((c) => [c.orgUnitCode, c.year, c.synthetic])).toEqual([
      ['binh-thanh', 2023, false],
      ['binh-thanh', 2024, null],
      ['cho-chu', 2023, true],
      ['cho-chu', 2024, null],
    ]);
  });

  type Cell = { indicatorCode: string; orgUnitCode: string; year: number; value: number | null; raw: string | null; synthetic: boolean | null; previousValue: number | null; change: { absoluteChange: number | null; trend: string } };
  const CELL = 'indicatorCode orgUnitCode year value raw synthetic previousValue change { absoluteChange trend }';
  const within = (variables: Record<string, unknown>) =>
    t.gql<{ compare: Cell[] }>(
      `query($c: [String!]!, $w: String, $l: OrgLevel, $o: [String!], $y: [Int!]!) {
         compare(indicatorCodes: $c, withinOrgUnitCode: $w, level: $l, orgUnitCodes: $o, years: $y) { ${CELL} } }`,
      { c: ['N.PAR.SCORE'], y: [2022, 2023], ...variables },
    );

  it.skipIf(skip)("compares a province's communes valid in the year, by code: the same cells as the list of them", async () => {
    const res = await within({ w: 'thai-nguyen', l: 'COMMUNE' });
    expect(res.errors).toBeUndefined();
    const cells = res.data!.compare;
    // The communes the ranking finds under the province for the year, listed by code.
    const communes = (await page({ w: 'thai-nguyen', y: 2023 })).entries.map((e) => e.orgUnitCode).sort();
    expect(communes).toHaveLength(23);
    expect(cells.map((c) => `${c.orgUnitCode} ${c.year}`)).toEqual(communes.flatMap((code) => [`${code} 2022`, `${code} 2023`]));
    const listed = await within({ o: communes });
    expect(listed.errors).toBeUndefined();
    expect(cells).toEqual(listed.data!.compare);
    const cell = (org: string, year: number) => cells.find((c) => c.orgUnitCode === org && c.year === year)!;
    expect(cell('binh-thanh', 2023)).toMatchObject({ value: 89.75, raw: '89,75', previousValue: 80.5, synthetic: false, change: { absoluteChange: 9.25, trend: 'IMPROVED' } });
    expect(cell('cho-chu', 2023)).toMatchObject({ value: 89.75, synthetic: true, previousValue: null, change: { trend: 'NO_DATA' } });
    // Blank stays blank: no figure is null, never 0.
    expect(cell('phu-dinh', 2023)).toMatchObject({ value: null, raw: null, synthetic: null, previousValue: null, change: { trend: 'NO_DATA' } });
    // level defaults to COMMUNE.
    expect((await within({ w: 'thai-nguyen' })).data!.compare).toEqual(cells);
  });

  it.skipIf(skip)('leaves out a unit in the years it did not exist, and compares other levels on request', async () => {
    const em = t.server.orm.em.fork();
    const district = await em.findOneOrFail(OrgUnitEntity, { code: 't-district' });
    em.create(OrgUnitEntity, { code: 't-commune-0', name: 'Test ended', level: 'COMMUNE', kind: 'xã', parent: district, validTo: '2022-06-30' });
    em.create(OrgUnitEntity, { code: 't-commune-z', name: 'Test new', level: 'COMMUNE', kind: 'xã', parent: district, validFrom: '2023-03-01' });
    await em.flush();
    em.create(ObservationEntity, {
      indicatorCode: 'N.PAR.SCORE', orgUnitCode: 't-commune-0', periodKey: '2022', periodKind: 'YEAR', year: 2022, endYear: 2022, value: 40, raw: '40',
      rankOf: null, note: null, sourceSectionId: null, sourceTable: null, sourceRow: null, sourceQuote: 'test fixture', synthetic: true, reportId: null,
    });
    await em.flush();
    // Written outside the API (the triggers move the data version); a write through it makes this process read the
    // version at once, so the units kept by earlier tests (the country's communes) are read again.
    const saved = await t.gql('mutation { saveQuery(input: { name: "units moved", query: "{ me { id } }" }) { id } }', {}, await t.login('analyst@demo.cchc'));
    expect(saved.errors).toBeUndefined();
    const res = await within({ w: 't-province', y: [2022, 2023] });
    expect(res.errors).toBeUndefined();
    expect(res.data!.compare.map((c) => [c.orgUnitCode, c.year, c.value, c.previousValue])).toEqual([
      ['t-commune-0', 2022, 40, null],
      ['t-commune-a', 2022, null, null],
      ['t-commune-a', 2023, 95, null],
      ['t-commune-b', 2022, null, null],
      ['t-commune-b', 2023, 60, null],
      ['t-commune-z', 2023, null, null],
    ]);
    // Ended before the year or begun after it: no cell at all.
    expect((await within({ w: 't-province', y: [2023] })).data!.compare.map((c) => c.orgUnitCode)).toEqual(['t-commune-a', 't-commune-b', 't-commune-z']);
    expect((await within({ w: 't-province', y: [2021] })).data!.compare.map((c) => c.orgUnitCode)).toEqual(['t-commune-0', 't-commune-a', 't-commune-b']);
    // The within unit itself counts when it is of the level; a commune under itself is itself.
    expect((await within({ w: 't-province', l: 'DISTRICT', y: [2023] })).data!.compare.map((c) => [c.orgUnitCode, c.value])).toEqual([['t-district', 80]]);
    expect((await within({ w: 't-commune-a', y: [2023] })).data!.compare.map((c) => [c.orgUnitCode, c.value])).toEqual([['t-commune-a', 95]]);
    // A unit with none of the level under it: no cells, not an error.
    const none = await within({ w: 't-commune-a', l: 'PROVINCE', y: [2023] });
    expect(none.errors).toBeUndefined();
    expect(none.data!.compare).toEqual([]);
     // A ranking takes the same units: those valid in its year, within the scope or across the country.
    const ranked = async (w: string | null, y: number) => (await page({ w, y })).entries.filter((e) => e.orgUnitCode.startsWith('t-')).map((e) => [e.orgUnitCode, e.value, e.rank]);
    expect(await ranked('t-province', 2022)).toEqual([['t-commune-0', 40, 1], ['t-commune-a', null, null], ['t-commune-b', null, null]]);
    expect(await ranked('t-province', 2023)).toEqual([['t-commune-a', 95, 1], ['t-commune-b', 60, 2], ['t-commune-z', null, null]]);
    expect((await ranked(null, 2023)).map((e) => e[0])).toEqual(['t-commune-a', 't-commune-b', 't-commune-z']);
    expect((await page({ w: 't-province', y: 2023, l: 'DISTRICT' })).entries.map((e) => [e.orgUnitCode, e.value])).toEqual([['t-district', 80]]);
  });

  it.skipIf(skip)('takes exactly one of orgUnitCodes and withinOrgUnitCode, level only with the second; an unknown within is NOT_FOUND', async () => {
    const both = await within({ w: 'thai-nguyen', o: ['binh-thanh'] });
    expect(both.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'EXACTLY_ONE_OF',
      params: { field: 'orgUnitCodes', other: 'withinOrgUnitCode' },
    });
    expect(both.errors![0]!.message).toMatch(/not both/);
    const neither = await within({});
    expect(neither.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EXACTLY_ONE_OF', params: { field: 'orgUnitCodes', other: 'withinOrgUnitCode' } });
    const level = await within({ o: ['binh-thanh'], l: 'COMMUNE' });
    expect(level.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ONLY_WITH', params: { field: 'level', other: 'withinOrgUnitCode' } });
    const unknown = await within({ w: 'khong-co' });
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NOT_FOUND', params: { subject: 'ORG_UNIT', key: 'khong-co' } });
    for (const r of [both, neither, level, unknown]) {
      const { reason, params } = r.errors![0]!.extensions as { reason: ApiErrorReason; params: Record<string, unknown> };
      for (const name of API_ERROR_REASONS[reason]) expect(params).toHaveProperty(name);
    }
  });

  it.skipIf(skip)('refuses a within comparison over the cell limit before reading any figure', async () => {
    const listed = await t.gql<{ indicators: { edges: { node: { code: string } }[] } }>('{ indicators(first: 50) { edges { node { code } } } }');
    const codes = listed.data!.indicators.edges.map((e) => e.node.code);
    // 23 communes × 50 years = 1,150 cells per indicator: 18 indicators are over 20,000.
    expect(codes.length).toBeGreaterThanOrEqual(18);
    const years = Array.from({ length: 50 }, (_, i) => 1990 + i);
    await within({ w: 'thai-nguyen', c: codes.slice(0, 18), y: [2023] }); // the indicators' directions and the units kept
    t.statements.length = 0;
    const res = await within({ w: 'thai-nguyen', c: codes.slice(0, 18), y: years });
    expect(t.statements.filter((s) => /\b(select|with)\b/i.test(s) && !/data_version/.test(s))).toHaveLength(0);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_CELLS', params: { cells: 20_700, max: 20_000 } });
    expect(res.errors![0]!.message).toMatch(/at most 20000/);
    const under = await within({ w: 'thai-nguyen', c: codes.slice(0, 17), y: years });
    expect(under.errors).toBeUndefined();
    expect(under.data!.compare).toHaveLength(17 * 23 * 50);
  });

  it.skipIf(skip)('a within comparison reads its units once per data version, then one statement for the figures', async () => {
    const statements = () => t.statements.filter((s) => /\b(select|with)\b/i.test(s) && !/data_version/.test(s));
    await within({ w: 'thai-nguyen' });
    t.statements.length = 0;
    const res = await within({ w: 'thai-nguyen' });
    expect(res.errors).toBeUndefined();
    expect(statements()).toHaveLength(1);
    expect(statements()[0]).toMatch(/\bfrom observation\b/i);
    // An unknown unit is looked up once, then refused from the kept answer.
    t.statements.length = 0;
    expect((await within({ w: 'khong-co-lan-nao' })).errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(statements()).toHaveLength(1);
    t.statements.length = 0;
    expect((await within({ w: 'khong-co-lan-nao' })).errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(statements()).toHaveLength(0);
  });

  it.skipIf(skip)('a wide comparison (whole years kept in memory) gives the cells narrow ones read by their own statement give', async () => {
    // Every commune of the country and units that do not exist, listed: past KEEP_YEARS_FROM_UNITS units. The fixtures
    // hold ties, blanks, units without a figure, a unit with two figures for a year (2019), units ended or begun.
    const country = (await page({ w: null, y: 2023, l: 'COMMUNE' })).entries.map((e) => e.orgUnitCode);
    const units = [...country, ...Array.from({ length: KEEP_YEARS_FROM_UNITS }, (_, i) => `khong-co-${i}`)];
    const compareOf = async (o: string[], y: number[], c = ['N.PAR.SCORE']) => {
      t.statements.length = 0;
      const res = await within({ o, y, c });
      expect(res.errors).toBeUndefined();
      return { cells: res.data!.compare, statements: t.statements.filter((s) => /\bfrom observation\b/i.test(s)).length };
    };
    for (const [y, c] of [[[2019, 2020], ['N.PAR.SCORE']], [[2023], ['N.PAR.SCORE', 'N.PAR.RANK']], [[2022, 2023], ['N.PAR.RANK']]] as const) {
      const wide = await compareOf(units, [...y], [...c]);
      const narrow: Cell[] = [];
      // Fewer units than KEEP_YEARS_FROM_UNITS per request: each reads its own figures.
      for (let i = 0; i < units.length; i += 10) {
        const part = await compareOf(units.slice(i, i + 10), [...y], [...c]);
        expect(part.statements).toBe(1);
        narrow.push(...part.cells);
      }
      // The narrow ones come indicator by indicator within each part; the wide one indicator by indicator overall.
      const key = (cell: Cell) => `${cell.indicatorCode} ${cell.orgUnitCode} ${cell.year}`;
      expect(wide.cells.map(key).sort()).toEqual(narrow.map(key).sort());
      const byKey = new Map(narrow.map((cell) => [key(cell), cell]));
      for (const cell of wide.cells) expect(cell, key(cell)).toEqual(byKey.get(key(cell)));
      expect(wide.cells.length).toBe(units.length * y.length * c.length);
      // Read again, the wide one reads nothing.
      expect((await compareOf(units, [...y], [...c])).statements).toBe(0);
    }
    const twice = (await compareOf(units, [2019])).cells.filter((cell) => ['cho-chu', 'bao-cuong'].includes(cell.orgUnitCode));
    expect(twice.map((cell) => [cell.orgUnitCode, cell.value, cell.raw])).toEqual([['cho-chu', 50, '50'], ['bao-cuong', null, 'không có']]);
    // Too many indicator-years to keep (5 indicators × 2 years): one statement of its own.
    const listed = await t.gql<{ indicators: { edges: { node: { code: string } }[] } }>('{ indicators(first: 5) { edges { node { code } } } }');
    expect((await compareOf(units, [2023], listed.data!.indicators.edges.map((e) => e.node.code))).statements).toBe(1);
  });

  it.skipIf(skip)("a wide within comparison reads its scope's figures once and gives the cells of narrow listed ones", async () => {
    // Enough communes under the test province for the kept years (the last test: the country's counts above stay).
    const em = t.server.orm.em.fork();
    const district = await em.findOneOrFail(OrgUnitEntity, { code: 't-district' });
    for (let i = 0; i < KEEP_YEARS_FROM_UNITS; i++) {
      em.create(OrgUnitEntity, { code: `t-many-${String(i).padStart(2, '0')}`, name: `Test many ${i}`, level: 'COMMUNE', kind: 'xã', parent: district });
    }
    await em.flush();
    for (let i = 0; i < KEEP_YEARS_FROM_UNITS; i += 7) {
      em.create(ObservationEntity, {
        indicatorCode: 'N.PAR.SCORE', orgUnitCode: `t-many-${String(i).padStart(2, '0')}`, periodKey: '2023', periodKind: 'YEAR', year: 2023, endYear: 2023, value: i, raw: String(i),
        rankOf: null, note: null, sourceSectionId: null, sourceTable: null, sourceRow: null, sourceQuote: 'test fixture', synthetic: true, reportId: null,
      });
    }
    await em.flush();
    const saved = await t.gql('mutation { saveQuery(input: { name: "many communes", query: "{ me { id } }" }) { id } }', {}, await t.login('analyst@demo.cchc'));
    expect(saved.errors).toBeUndefined();
    t.statements.length = 0;
    const wide = await within({ w: 't-province', y: [2023] });
    expect(wide.errors).toBeUndefined();
    const figureReads = () => t.statements.filter((s) => /\bfrom observation\b/i.test(s));
    // One statement for the scope's year and one for the year before, each over the province's units only.
    expect(figureReads()).toHaveLength(2);
    const cells = wide.data!.compare;
    expect(cells.length).toBeGreaterThanOrEqual(KEEP_YEARS_FROM_UNITS + 2);
    const narrow: Cell[] = [];
    const codes = cells.map((c) => c.orgUnitCode);
    for (let i = 0; i < codes.length; i += 10) narrow.push(...(await within({ o: codes.slice(i, i + 10), y: [2023] })).data!.compare);
    expect(cells).toEqual(narrow);
    expect(cells.find((c) => c.orgUnitCode === 't-many-14')).toMatchObject({ value: 14, raw: '14' });
    // Read again: from memory; the province's ranking of the year shares the figures.
    t.statements.length = 0;
    expect((await within({ w: 't-province', y: [2023] })).data!.compare).toEqual(cells);
    expect((await page({ w: 't-province', y: 2023, f: 1 })).entries[0]).toMatchObject({ orgUnitCode: 't-commune-a', value: 95 });
    expect(figureReads()).toHaveLength(0);
  });

  it.skipIf(skip)('a figure written through the API shows in the next wide comparison and ranking', async () => {
    const country = (await page({ w: null, y: 2023, l: 'COMMUNE' })).entries.map((e) => e.orgUnitCode);
    const units = [...country, ...Array.from({ length: KEEP_YEARS_FROM_UNITS }, (_, i) => `khong-co-${i}`)];
    const before = await within({ o: units, y: [2023] });
    expect(before.data!.compare.find((c) => c.orgUnitCode === 'phu-dinh')).toMatchObject({ value: null });
    const em = t.server.orm.em.fork();
    em.create(ObservationEntity, {
      indicatorCode: 'N.PAR.SCORE', orgUnitCode: 'phu-dinh', periodKey: '2023', periodKind: 'YEAR', year: 2023, endYear: 2023, value: 99.5, raw: '99,5',
      rankOf: null, note: null, sourceSectionId: null, sourceTable: null, sourceRow: null, sourceQuote: 'test fixture', synthetic: true, reportId: null,
    });
    await em.flush();
    try {
      const saved = await t.gql('mutation { saveQuery(input: { name: "a new figure", query: "{ me { id } }" }) { id } }', {}, await t.login('analyst@demo.cchc'));
      expect(saved.errors).toBeUndefined();
      const after = await within({ o: units, y: [2023] });
      expect(after.data!.compare.find((c) => c.orgUnitCode === 'phu-dinh')).toMatchObject({ value: 99.5, raw: '99,5', synthetic: true });
      expect((await page({ w: null, y: 2023, f: 1 })).entries[0]).toMatchObject({ orgUnitCode: 'phu-dinh', rank: 1, value: 99.5 });
    } finally {
      await em.getConnection().execute("delete from observation where org_unit_code = 'phu-dinh' and indicator_code = 'N.PAR.SCORE' and year = 2023 and raw = '99,5'");
      await t.gql('mutation { saveQuery(input: { name: "figure gone", query: "{ me { id } }" }) { id } }', {}, await t.login('analyst@demo.cchc'));
    }
    expect((await page({ w: null, y: 2023, f: 1 })).entries[0]).toMatchObject({ orgUnitCode: 't-commune-a' });
  });
});
