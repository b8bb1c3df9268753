// A commune's reported rank (6/22) beside the rank computed from the figures held, and the REPORTED_RANK_DIFFERS
// finding once every peer of the ranking has the figure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObservationEntity } from '../src/modules/observation/observation.entity.js';
import { DIALECTS, startTestServer, type TestServer } from './helpers/server.js';

type Rank = { indicatorCode: string; year: number; reportedRaw: string; computedRank: number | null; computedOf: number; peersKnown: number; complete: boolean; differs: boolean | null; onlyOwn: boolean };
const QUERY = '{ reportedRanks(orgUnitCode: "binh-thanh") { indicatorCode year reportedRaw computedRank computedOf peersKnown complete differs onlyOwn } }';

describe.each(DIALECTS)('reported and computed ranks ($dialect)', ({ dialect, skip }) => {
  let t: TestServer;
  beforeAll(async () => {
    if (!skip) t = await startTestServer(dialect);
  });
  afterAll(async () => t?.close());

  const ranks = async () => {
    const res = await t.gql<{ reportedRanks: Rank[] }>(QUERY);
    expect(res.errors).toBeUndefined();
    return res.data!.reportedRanks.filter((r) => r.indicatorCode === 'N.PAR.RANK' && r.year === 2025)[0]!;
  };
  const rankFindings = async () => {
    const res = await t.gql<{ findings: { rule: string; period: string | null; message: { en: string } }[] }>(
      '{ findings(orgUnitCode: "binh-thanh") { rule period message { en } } }',
    );
    return res.data!.findings.filter((f) => f.rule === 'REPORTED_RANK_DIFFERS');
  };

  it.skipIf(skip)('does not pretend without peers, agrees once every peer is held, and finds a difference', async () => {
    // Only Bình Thành's own report is held: 87,25 points ranks 1 of 1, which says nothing.
    const alone = await ranks();
    expect(alone).toMatchObject({ reportedRaw: '6/22', computedRank: 1, computedOf: 1, complete: false, differs: null, onlyOwn: true });
    expect(await rankFindings()).toEqual([]);

    // The 2025 figures of 21 peers (the report ranks 22 units): five above 87,25, sixteen below.
    const peers = (await t.gql<{ orgUnits: { code: string; level: string }[] }>('{ orgUnits(parentCode: "dinh-hoa") { code level } }')).data!.orgUnits
      .filter((u) => u.level === 'COMMUNE' && u.code !== 'binh-thanh')
      .map((u) => u.code);
    expect(alone.peersKnown).toBe(peers.length + 1);
    const em = t.server.orm.em.fork();
    const held = peers.slice(0, 21);
    const put = (orgUnitCode: string, value: number) =>
      em.create(ObservationEntity, {
        indicatorCode: 'N.PAR.SCORE', orgUnitCode, periodKey: '2025', periodKind: 'YEAR', year: 2025, endYear: 2025, value,
        raw: String(value).replace('.', ','), rankOf: null, note: null, sourceSectionId: null, sourceTable: null, sourceRow: null,
        sourceQuote: 'test fixture', synthetic: false, reportId: null,
      });
    const rows = held.map((code, i) => put(code, i < 5 ? 90 + i : 80 - i));
    await em.flush();
    // Định Hóa has 23 communes and townships; the 2025 report ranks 22 (after the mergers): 21 peers and Bình Thành.
    expect(await ranks()).toMatchObject({ computedRank: 6, computedOf: 22, complete: true, differs: false, onlyOwn: false });
    expect(await rankFindings()).toEqual([]);
    // A sixth peer above Bình Thành: computed 7/22 against the reported 6/22.
    rows[5]!.value = 88;
    await em.flush();
    expect(await ranks()).toMatchObject({ computedRank: 7, computedOf: 22, complete: true, differs: true });
    const [finding] = await rankFindings();
    expect(finding!.period).toBe('2025');
    expect(finding!.message.en).toMatch(/the report states 6\/22, but ranking .* of all 22 units gives 7\/22\./);
  });
});
