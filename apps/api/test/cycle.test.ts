// The reporting cycle over HTTP, on both dialects: the permission matrix (transition × role × own/other unit), the
// lock (approved or submitted data refuses edits and imports), explanations, the reviewer's queue, the audit log and
// the target status that moves once figures are approved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/user/user.service.js';
import { DIALECTS, startTestServer, type GqlResponse, type TestServer } from './helpers/server.js';

type Who = 'anonymous' | 'analyst' | 'planner.binhthanh' | 'planner.other' | 'reviewer.thainguyen' | 'reviewer.dinhhoa' | 'admin';
const WHO: Who[] = ['anonymous', 'analyst', 'planner.binhthanh', 'planner.other', 'reviewer.thainguyen', 'reviewer.dinhhoa', 'admin'];
type Action = 'SAVE' | 'SUBMIT' | 'APPROVE' | 'RETURN' | 'UNLOCK';
const ACTIONS: Action[] = ['SAVE', 'SUBMIT', 'APPROVE', 'RETURN', 'UNLOCK'];
const COMMUNES = ['binh-thanh', 'phu-dinh'];
const OWN_COMMUNE: Partial<Record<Who, string>> = { 'planner.binhthanh': 'binh-thanh', 'planner.other': 'phu-dinh' };
/** The state each action starts from, and the state it leads to. */
const FROM: Record<Action, string> = { SAVE: 'DRAFT', SUBMIT: 'DRAFT', APPROVE: 'SUBMITTED', RETURN: 'SUBMITTED', UNLOCK: 'APPROVED' };
const TO: Record<Action, string> = { SAVE: 'DRAFT', SUBMIT: 'SUBMITTED', APPROVE: 'APPROVED', RETURN: 'RETURNED', UNLOCK: 'DRAFT' };

/** 2026 figures are reviewed by the province (the district level was abolished on 2025-07-01). */
function allowed(who: Who, action: Action, commune: string): boolean {
  if (who === 'admin') return true;
  if (action === 'SAVE' || action === 'SUBMIT') return OWN_COMMUNE[who] === commune;
  return who === 'reviewer.thainguyen';
}

const code = (res: GqlResponse) => res.errors?.[0]?.extensions?.['code'];
const SUBMISSION = 'status version editable reviewerUnitCode events { action fromStatus toStatus by comment findingKey }';

describe.each(DIALECTS)('reporting cycle ($dialect)', ({ dialect, skip }) => {
  let t: TestServer;
  const tokens: Partial<Record<Who, string | null>> = {};

  beforeAll(async () => {
    if (skip) return;
    t = await startTestServer(dialect);
    await createUser(t.server.orm.em.fork(), { email: 'reviewer.dinhhoa@demo.cchc', password: 'cchc-demo', role: 'REVIEWER', orgUnitCodes: ['dinh-hoa'] });
    tokens.anonymous = null;
    for (const who of WHO.filter((w) => w !== 'anonymous')) tokens[who] = await t.login(`${who}@demo.cchc`);
  });
  afterAll(async () => t?.close());

  const key = (orgUnitCode: string, year = 2026) => ({ kind: 'YEAR_DATA', orgUnitCode, year });
  const save = (org: string, cells: { indicatorCode: string; raw: string }[], token: string | null | undefined, year = 2026) =>
    t.gql<{ saveYearData: { ok: boolean; problems: { indicatorCode: string; code: string }[]; submission: { status: string } | null } }>(
      'mutation($org: String!, $y: Int!, $cells: [EntryCellInput!]!) { saveYearData(orgUnitCode: $org, year: $y, cells: $cells) { ok problems { indicatorCode code } submission { status } } }',
      { org, y: year, cells },
      token ?? null,
    );
  const submit = (org: string, token: string | null | undefined, year = 2026) =>
    t.gql<{ submit: { status: string } }>('mutation($k: SubmissionKeyInput!) { submit(key: $k) { status } }', { k: key(org, year) }, token ?? null);
  const review = (orgs: string[], action: string, token: string | null | undefined, comment: string | null = 'Đề nghị rà soát', year = 2026) =>
    t.gql<{ review: { status: string }[] }>(
      'mutation($k: [SubmissionKeyInput!]!, $a: ReviewAction!, $c: String) { review(keys: $k, action: $a, comment: $c) { status } }',
      { k: orgs.map((o) => key(o, year)), a: action, c: comment },
      token ?? null,
    );
  const submission = async (org: string, year = 2026) =>
    (await t.gql<{ submission: { status: string; version: number; editable: boolean; reviewerUnitCode: string; events: { action: string; fromStatus: string; toStatus: string; by: string; comment: string | null; findingKey: string | null }[] } }>(
      `query($k: SubmissionKeyInput!) { submission(key: $k) { ${SUBMISSION} } }`,
      { k: key(org, year) },
    )).data!.submission;

  /** Brings a commune's 2026 submission to `state` as the admin. */
  async function bringTo(org: string, state: string) {
    const now = (await submission(org)).status;
    if (now === state || (state === 'DRAFT' && now === 'RETURNED')) return;
    if (now === 'SUBMITTED') await review([org], 'RETURN', tokens.admin);
    if (now === 'APPROVED') await review([org], 'UNLOCK', tokens.admin);
    if (state === 'DRAFT') return;
    expect((await submit(org, tokens.admin)).errors).toBeUndefined();
    if (state === 'APPROVED') expect((await review([org], 'APPROVE', tokens.admin)).errors).toBeUndefined();
  }

  const run: Record<Action, (org: string, token: string | null | undefined) => Promise<GqlResponse>> = {
    SAVE: (org, token) => save(org, [{ indicatorCode: '3.1', raw: '120' }], token),
    SUBMIT: (org, token) => submit(org, token),
    APPROVE: (org, token) => review([org], 'APPROVE', token),
    RETURN: (org, token) => review([org], 'RETURN', token),
    UNLOCK: (org, token) => review([org], 'UNLOCK', token),
  };

  for (const action of ACTIONS) {
    for (const who of WHO) {
      for (const org of COMMUNES) {
        const verdict = allowed(who, action, org) ? 'may' : 'may not';
        it.skipIf(skip)(`${who} ${verdict} ${action} the 2026 figures of ${org}`, async () => {
          await bringTo(org, FROM[action]);
          const before = await submission(org);
          const res = await run[action](org, tokens[who]);
          const after = await submission(org);
          if (allowed(who, action, org)) {
            expect(res.errors).toBeUndefined();
            expect(after.status === 'RETURNED' && action === 'SAVE' ? 'DRAFT' : after.status).toBe(TO[action]);
            expect(after.events.at(-1)).toMatchObject({ action, by: `${who}@demo.cchc` });
          } else {
            expect(code(res)).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
            expect(after).toEqual(before);
          }
        });
      }
    }
  }

  // The same matrix for a commune's 2026–2030 plan of targets (reviewed by the province, the unit above communes in 2026).
  const planKey = (orgUnitCode: string) => ({ kind: 'PLAN', orgUnitCode, programme: '2026-2030' });
  const plan = async (org: string) =>
    (await t.gql<{ submission: { status: string; version: number; editable: boolean; reviewerUnitCode: string; events: { action: string; by: string }[] } }>(
      `query($k: SubmissionKeyInput!) { submission(key: $k) { ${SUBMISSION} } }`,
      { k: planKey(org) },
    )).data!.submission;
  const planRun: Record<Exclude<Action, 'SAVE'>, (org: string, token: string | null | undefined) => Promise<GqlResponse>> = {
    SUBMIT: (org, token) => t.gql('mutation($k: SubmissionKeyInput!) { submit(key: $k) { status } }', { k: planKey(org) }, token ?? null),
    APPROVE: (org, token) => t.gql('mutation($k: [SubmissionKeyInput!]!) { review(keys: $k, action: APPROVE) { status } }', { k: [planKey(org)] }, token ?? null),
    RETURN: (org, token) =>
      t.gql('mutation($k: [SubmissionKeyInput!]!) { review(keys: $k, action: RETURN, comment: "Mốc 2027 quá thấp") { status } }', { k: [planKey(org)] }, token ?? null),
    UNLOCK: (org, token) =>
      t.gql('mutation($k: [SubmissionKeyInput!]!) { review(keys: $k, action: UNLOCK, comment: "Điều chỉnh theo chỉ đạo") { status } }', { k: [planKey(org)] }, token ?? null),
  };
  async function bringPlanTo(org: string, state: string) {
    const now = (await plan(org)).status;
    if (now === state || (state === 'DRAFT' && now === 'RETURNED')) return;
    if (now === 'SUBMITTED') expect((await planRun.RETURN(org, tokens.admin)).errors).toBeUndefined();
    if (now === 'APPROVED') expect((await planRun.UNLOCK(org, tokens.admin)).errors).toBeUndefined();
    if (state === 'DRAFT') return;
    expect((await planRun.SUBMIT(org, tokens.admin)).errors).toBeUndefined();
    if (state === 'APPROVED') expect((await planRun.APPROVE(org, tokens.admin)).errors).toBeUndefined();
  }
  for (const action of ['SUBMIT', 'APPROVE', 'RETURN', 'UNLOCK'] as const) {
    for (const who of WHO) {
      for (const org of COMMUNES) {
        const verdict = allowed(who, action, org) ? 'may' : 'may not';
        it.skipIf(skip)(`${who} ${verdict} ${action} the 2026-2030 plan of ${org}`, async () => {
          await bringPlanTo(org, FROM[action]);
          const before = await plan(org);
          const res = await planRun[action](org, tokens[who]);
          const after = await plan(org);
          if (allowed(who, action, org)) {
            expect(res.errors).toBeUndefined();
            expect(after.status).toBe(TO[action]);
            expect(after.events.at(-1)).toMatchObject({ action, by: `${who}@demo.cchc` });
          } else {
            expect(code(res)).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
            expect(after).toEqual(before);
          }
        });
      }
    }
  }

  it.skipIf(skip)('sends 2024 figures to the district and 2025 ones to the province', async () => {
    expect((await submission('binh-thanh', 2024)).reviewerUnitCode).toBe('dinh-hoa');
    expect((await submission('binh-thanh', 2025)).reviewerUnitCode).toBe('thai-nguyen');
    await save('binh-thanh', [{ indicatorCode: '3.1', raw: '118' }], tokens['planner.binhthanh'], 2024);
    expect((await submit('binh-thanh', tokens['planner.binhthanh'], 2024)).errors).toBeUndefined();
    expect(code(await review(['binh-thanh'], 'APPROVE', tokens['reviewer.thainguyen'], null, 2024))).toBe('FORBIDDEN');
    expect((await review(['binh-thanh'], 'APPROVE', tokens['reviewer.dinhhoa'], null, 2024)).data?.review[0]?.status).toBe('APPROVED');
  });

  describe('the lock', () => {
    const YEAR = 2027;
    const observationCount = async () =>
      Number(
        ((await t.server.orm.em.fork().getConnection().execute(
          `select count(*) as n from observation where org_unit_code = 'binh-thanh' and year = ${YEAR}`,
        )) as { n: number }[])[0]!.n,
      );
    const importYear = async (token: string | null | undefined) => {
      const exported = await t.gql<{ exportAppendix: { contentBase64: string } }>(
        'query { exportAppendix(orgUnitCode: "binh-thanh", programme: "2021-2025", format: CSV) { contentBase64 } }',
      );
      return t.gql<{ importAppendix: { ok: boolean; rowsWritten: number } }>(
        `mutation($c: String!) { importAppendix(orgUnitCode: "binh-thanh", programme: "2026-2030", format: CSV, contentBase64: $c, year: ${YEAR}) { ok rowsWritten problems { reason } } }`,
        { c: exported.data!.exportAppendix.contentBase64 },
        token ?? null,
      );
    };

    it.skipIf(skip)('lands an imported year where the form saves, as a draft', async () => {
      const res = await importYear(tokens['planner.binhthanh']);
      expect(res.errors).toBeUndefined();
      expect(res.data!.importAppendix.ok).toBe(true);
      expect(await observationCount()).toBe(res.data!.importAppendix.rowsWritten);
      const entry = await t.gql<{ yearEntry: { values: { indicatorCode: string; raw: string }[]; submission: { status: string; events: { action: string }[] } } }>(
        `query { yearEntry(orgUnitCode: "binh-thanh", year: ${YEAR}) { values { indicatorCode raw } submission { status events { action } } } }`,
      );
      expect(entry.data!.yearEntry.values.find((v) => v.indicatorCode === '3.2.1')?.raw).toBe('100');
      expect(entry.data!.yearEntry.submission.events.map((e) => e.action)).toEqual(['IMPORT']);
      // The report's own slips come along; the commune confirms each error as in the source before submitting.
      const errors = await t.gql<{ submission: { findings: { key: string; severity: string }[] } }>(
        `query { submission(key: { kind: YEAR_DATA, orgUnitCode: "binh-thanh", year: ${YEAR} }) { findings { key severity } } }`,
      );
      const keys = errors.data!.submission.findings.filter((f) => f.severity === 'ERROR').map((f) => f.key);
      expect(keys.length).toBeGreaterThan(0);
      for (const f of keys) {
        const res = await t.gql(
          'mutation($f: String!) { explainFinding(key: { kind: YEAR_DATA, orgUnitCode: "binh-thanh", year: 2027 }, findingKey: $f, kind: AS_IN_SOURCE) { status } }',
          { f },
          tokens['planner.binhthanh'],
        );
        expect(res.errors).toBeUndefined();
      }
    });

    it.skipIf(skip)('refuses edits and imports of submitted and approved figures with LOCKED, writing nothing', async () => {
      const planner = tokens['planner.binhthanh'];
      expect((await submit('binh-thanh', planner, YEAR)).errors).toBeUndefined();
      const count = await observationCount();
      const whileSubmitted = await save('binh-thanh', [{ indicatorCode: '3.1', raw: '1' }], planner, YEAR);
      expect(code(whileSubmitted)).toBe('LOCKED');
      expect(whileSubmitted.errors![0]!.extensions!['status']).toBe('SUBMITTED');

      expect((await review(['binh-thanh'], 'APPROVE', tokens['reviewer.thainguyen'], null, YEAR)).errors).toBeUndefined();
      for (const token of [planner, tokens.admin]) {
        const edit = await save('binh-thanh', [{ indicatorCode: '3.1', raw: '1' }], token, YEAR);
        expect(code(edit)).toBe('LOCKED');
        expect(edit.errors![0]!.extensions!['status']).toBe('APPROVED');
        expect(code(await importYear(token))).toBe('LOCKED');
      }
      expect(await observationCount()).toBe(count);

      expect(code(await review(['binh-thanh'], 'UNLOCK', tokens['reviewer.thainguyen'], ' ', YEAR))).toBe('BAD_USER_INPUT');
      expect((await review(['binh-thanh'], 'UNLOCK', tokens['reviewer.thainguyen'], 'Sửa số liệu 3.1', YEAR)).data!.review[0]!.status).toBe('DRAFT');
      const again = await save('binh-thanh', [{ indicatorCode: '3.1', raw: '121' }], planner, YEAR);
      expect(again.data!.saveYearData.ok).toBe(true);
    });

    it.skipIf(skip)('locks an approved plan: its targets refuse changes', async () => {
      const plan = { kind: 'PLAN', orgUnitCode: 'binh-thanh', programme: '2026-2030' };
      const planner = tokens['planner.binhthanh'];
      expect((await t.gql('mutation($k: SubmissionKeyInput!) { submit(key: $k) { status } }', { k: plan }, planner)).errors).toBeUndefined();
      const approved = await t.gql<{ review: { status: string }[] }>(
        'mutation($k: [SubmissionKeyInput!]!) { review(keys: $k, action: APPROVE) { status } }',
        { k: [plan] },
        tokens['reviewer.thainguyen'],
      );
      expect(approved.data!.review[0]!.status).toBe('APPROVED');
      const targets = await t.gql<{ targets: { id: string; version: number }[] }>('query { targets(orgUnitCode: "binh-thanh", programme: "2026-2030") { id version } }');
      const target = targets.data!.targets[0]!;
      const res = await t.gql(
        'mutation($id: ID!, $v: Int!) { updateTarget(id: $id, expectedVersion: $v, input: { owner: "Văn phòng" }) { version } }',
        { id: target.id, v: target.version },
        planner,
      );
      expect(code(res)).toBe('LOCKED');
      await t.gql('mutation($k: [SubmissionKeyInput!]!) { review(keys: $k, action: UNLOCK, comment: "Điều chỉnh") { status } }', { k: [plan] }, tokens.admin);
    });

    it.skipIf(skip)('lets exactly one of two concurrent reviews of one submission win', async () => {
      await bringTo('phu-dinh', 'SUBMITTED');
      const [approve, giveBack] = await Promise.all([
        review(['phu-dinh'], 'APPROVE', tokens['reviewer.thainguyen']),
        review(['phu-dinh'], 'RETURN', tokens.admin),
      ]);
      const outcomes = [approve, giveBack].map((r) => (r.errors ? code(r) : 'ok'));
      expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
      expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(outcomes.find((o) => o !== 'ok'));
      const after = await submission('phu-dinh');
      expect(after.events.filter((e) => e.fromStatus === 'SUBMITTED' && e.toStatus !== 'SUBMITTED')).toHaveLength(
        after.events.filter((e) => e.action === 'SUBMIT').length,
      );
    });
  });

  it.skipIf(skip)('runs the whole loop: enter, explain, submit, return, resubmit, approve — and the target status moves', async () => {
    const planner = tokens['planner.binhthanh'];
    const reviewer = tokens['reviewer.thainguyen'];
    const YEAR = 2028;
    const targetQuery = `query { targets(orgUnitCode: "binh-thanh", programme: "2026-2030") { code measureUnit status statusDetail { reason { code year actual } } draftActual { year value wouldBe { status } } } }`;
    type Targets = { targets: { code: string; measureUnit: string; status: string; statusDetail: { reason: { code: string; year: number | null; actual: number | null } }; draftActual: { year: number; value: number; wouldBe: { status: string } } | null }[] };
    const first = async () => (await t.gql<Targets>(targetQuery)).data!.targets.find((x) => x.code === 'binh-thanh.2026-2030.1')!;

    // Bad input: every unreadable cell listed, nothing written.
    const bad = await save('binh-thanh', [{ indicatorCode: '3.2.1', raw: '95.5' }, { indicatorCode: '9.9.9', raw: '1' }], planner, YEAR);
    expect(bad.data!.saveYearData).toMatchObject({ ok: false, problems: [{ indicatorCode: '3.2.1', code: 'BAD_NUMBER' }, { indicatorCode: '9.9.9', code: 'UNKNOWN_INDICATOR' }] });

    // 95 % reported, but 36 of 40 is 90 %: a RATIO_MISMATCH error that needs an explanation.
    const cells = [
      { indicatorCode: '3.2.1', raw: '95' },
      { indicatorCode: '3.2.1.a', raw: '40' },
      { indicatorCode: '3.2.1.b', raw: '36' },
    ];
    expect((await save('binh-thanh', cells, planner, YEAR)).data!.saveYearData.ok).toBe(true);
    const drafted = await first();
    expect(drafted.draftActual).toMatchObject({ year: YEAR, value: 95, wouldBe: { status: 'ACHIEVED' } });

    const refused = await submit('binh-thanh', planner, YEAR);
    expect(code(refused)).toBe('EXPLANATION_REQUIRED');
    const findingKey = (refused.errors![0]!.extensions!['findingKeys'] as string[])[0]!;
    expect(findingKey).toBe(`RATIO_MISMATCH|3.2.1+3.2.1.b+3.2.1.a|${YEAR}`);

    const explain = (kind: string, text: string | null) =>
      t.gql(
        'mutation($k: SubmissionKeyInput!, $f: String!, $kind: ExplanationKind!, $text: String) { explainFinding(key: $k, findingKey: $f, kind: $kind, text: $text) { status } }',
        { k: key('binh-thanh', YEAR), f: findingKey, kind, text },
        planner,
      );
    expect(code(await explain('EXPLAINED', ' '))).toBe('BAD_USER_INPUT');
    expect((await explain('EXPLAINED', 'Tỷ lệ lấy theo Cổng DVCQG, số DVC theo danh mục của tỉnh')).errors).toBeUndefined();
    expect((await submit('binh-thanh', planner, YEAR)).data!.submit.status).toBe('SUBMITTED');

    // The reviewer's queue: the province's communes, this one submitted with one finding, one explanation.
    const queue = await t.gql<{ reviewQueue: { submission: { orgUnitCode: string; status: string }; errorCount: number; explanationsCount: number; lastChange: { action: string; by: string } | null }[] }>(
      `query { reviewQueue(kind: YEAR_DATA, year: ${YEAR}) { submission { orgUnitCode status } errorCount explanationsCount lastChange { action by } } }`,
      {},
      reviewer,
    );
    expect(queue.data!.reviewQueue).toHaveLength(23);
    expect(queue.data!.reviewQueue.find((q) => q.submission.orgUnitCode === 'binh-thanh')).toEqual({
      submission: { orgUnitCode: 'binh-thanh', status: 'SUBMITTED' },
      errorCount: 1,
      explanationsCount: 1,
      lastChange: { action: 'SUBMIT', by: 'planner.binhthanh@demo.cchc' },
    });
    expect(code(await t.gql('query { reviewQueue(kind: YEAR_DATA, year: 2028) { findingsCount } }', {}, planner))).toBe('FORBIDDEN');

    // Questioned, then returned with a comment.
    const verdict = await t.gql(
      'mutation($k: SubmissionKeyInput!, $f: String!) { reviewExplanation(key: $k, findingKey: $f, verdict: QUESTIONED, comment: "Số DVC theo Quyết định nào?") { status } }',
      { k: key('binh-thanh', YEAR), f: findingKey },
      reviewer,
    );
    expect(verdict.errors).toBeUndefined();
    expect(code(await review(['binh-thanh'], 'RETURN', reviewer, null, YEAR))).toBe('BAD_USER_INPUT');
    expect((await review(['binh-thanh'], 'RETURN', reviewer, 'Bổ sung căn cứ số DVC', YEAR)).data!.review[0]!.status).toBe('RETURNED');

    // A questioned answer must be answered again before resubmitting.
    expect(code(await submit('binh-thanh', planner, YEAR))).toBe('EXPLANATION_REQUIRED');
    expect((await explain('AS_IN_SOURCE', null)).errors).toBeUndefined();
    expect((await submit('binh-thanh', planner, YEAR)).data!.submit.status).toBe('SUBMITTED');
    expect((await first()).status).toBe('NO_DATA');
    expect((await review(['binh-thanh'], 'APPROVE', reviewer, null, YEAR)).data!.review[0]!.status).toBe('APPROVED');

    const approved = await first();
    expect(approved.status).toBe('ACHIEVED');
    expect(approved.statusDetail.reason).toEqual({ code: 'ACHIEVED', year: YEAR, actual: 95 });
    expect(approved.draftActual).toBeNull();

    const log = await submission('binh-thanh', YEAR);
    expect(log.events.map((e) => [e.action, e.toStatus, e.by.split('@')[0]])).toEqual([
      ['SAVE', 'DRAFT', 'planner.binhthanh'],
      ['EXPLAIN', 'DRAFT', 'planner.binhthanh'],
      ['SUBMIT', 'SUBMITTED', 'planner.binhthanh'],
      ['QUESTION', 'SUBMITTED', 'reviewer.thainguyen'],
      ['RETURN', 'RETURNED', 'reviewer.thainguyen'],
      ['AS_IN_SOURCE', 'RETURNED', 'planner.binhthanh'],
      ['SUBMIT', 'SUBMITTED', 'planner.binhthanh'],
      ['APPROVE', 'APPROVED', 'reviewer.thainguyen'],
    ]);
    expect(log.events.find((e) => e.action === 'RETURN')?.comment).toBe('Bổ sung căn cứ số DVC');

    // The explanation shows wherever the finding shows.
    const findings = await t.gql<{ findings: { key: string; explanation: { kind: string } | null }[] }>(
      'query { findings(orgUnitCode: "binh-thanh") { key explanation { kind } } }',
    );
    expect(findings.errors).toBeUndefined();
    expect(findings.data!.findings.find((f) => f.key === findingKey)?.explanation).toEqual({ kind: 'AS_IN_SOURCE' });
  });

  it.skipIf(skip)('measures the staff-reduction target in người and saves fields and milestones as one version', async () => {
    const targets = await t.gql<{ targets: { id: string; code: string; version: number; unit: string; measureUnit: string }[] }>(
      'query { targets(orgUnitCode: "binh-thanh", programme: "2026-2030") { id code version unit measureUnit } }',
    );
    const staff = targets.data!.targets.find((x) => x.code === 'binh-thanh.2026-2030.6')!;
    expect([staff.unit, staff.measureUnit]).toEqual(['%', 'Người']);
    const res = await t.gql<{ updateTarget: { version: number; milestones: { year: number; value: number }[]; history: { field: string; version: number }[] } }>(
      'mutation($id: ID!, $v: Int!) { updateTarget(id: $id, expectedVersion: $v, input: { owner: "Văn phòng", milestones: [{ year: 2026, value: 16 }, { year: 2028, value: 15 }] }) { version milestones { year value } history { field version } } }',
      { id: staff.id, v: staff.version },
      tokens['planner.binhthanh'],
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateTarget.version).toBe(staff.version + 1);
    expect(res.data!.updateTarget.milestones).toEqual([{ year: 2026, value: 16 }, { year: 2028, value: 15 }]);
    expect(res.data!.updateTarget.history.filter((h) => h.version === staff.version + 1).map((h) => h.field).sort()).toEqual(['milestones', 'owner']);
  });
});
