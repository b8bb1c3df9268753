// One language at a time: errors say why as a code and parameters (the web words them in vi and en), and indicators
// and sections carry English names and units beside the Vietnamese ones.
import { API_ERROR_REASONS, type ApiErrorReason } from '@cchc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureEnglishNames } from '../src/modules/seed/seed.service.js';
import { DIALECTS, startTestServer, type GqlResponse, type TestServer } from './helpers/server.js';

function why(res: GqlResponse) {
  const extensions = res.errors?.[0]?.extensions ?? {};
  return { code: extensions['code'], reason: extensions['reason'], params: extensions['params'] as Record<string, unknown> | undefined };
}

/** The reason is one the web words, and its parameters are the ones listed for it. */
function expectListed(res: GqlResponse) {
  const { reason, params } = why(res);
  expect(Object.keys(API_ERROR_REASONS)).toContain(reason);
  for (const name of API_ERROR_REASONS[reason as ApiErrorReason]) expect(params ?? {}).toHaveProperty(name);
}

const CREATE_TARGET = `mutation($input: CreateTargetInput!) { createTarget(input: $input) { id } }`;
const target = (orgUnitCode: string) => ({
  input: { orgUnitCode, programme: '2026-2030', indicatorCode: '3.2.3', text: 'x', comparator: 'AT_LEAST', value: 90, unit: '%' },
});

describe.each(DIALECTS)('error reasons ($dialect)', ({ dialect, skip }) => {
  let t: TestServer;
  beforeAll(async () => {
    if (skip) return;
    t = await startTestServer(dialect);
  });
  afterAll(async () => t?.close());

  it.skipIf(skip)('a failed sign-in is UNAUTHENTICATED / WRONG_CREDENTIALS', async () => {
    const res = await t.gql('mutation { login(email: "analyst@demo.cchc", password: "wrong-password") { token } }');
    expect(why(res)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' });
    expectListed(res);
  });

  it.skipIf(skip)('a signed-out change is UNAUTHENTICATED / SIGN_IN_REQUIRED', async () => {
    const res = await t.gql(CREATE_TARGET, target('binh-thanh'));
    expect(why(res)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' });
  });

  it.skipIf(skip)("FORBIDDEN says why: another commune's planner, a role that may not plan, a non-admin managing users", async () => {
    const other = await t.login('planner.other@demo.cchc');
    const notYours = await t.gql(CREATE_TARGET, target('binh-thanh'), other);
    expect(why(notYours)).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_YOUR_ORG_UNIT',
      params: { orgUnitCode: 'binh-thanh', action: 'CHANGE_DATA' },
    });
    expectListed(notYours);

    const analyst = await t.login('analyst@demo.cchc');
    const role = await t.gql(CREATE_TARGET, target('binh-thanh'), analyst);
    expect(why(role)).toEqual({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED', params: { role: 'ANALYST', action: 'CHANGE_DATA' } });
    const users = await t.gql('{ users { id } }', {}, analyst);
    expect(why(users)).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED', params: { action: 'MANAGE_USERS' } });
  });

  it.skipIf(skip)('an unknown commune is NOT_FOUND naming what and which code', async () => {
    const res = await t.gql('{ findings(orgUnitCode: "khong-co") { rule } }');
    expect(why(res)).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND', params: { subject: 'ORG_UNIT', key: 'khong-co' } });
    expectListed(res);
  });

  it.skipIf(skip)('an input failing its schema names the field and the limit', async () => {
    const admin = await t.login('admin@demo.cchc');
    const res = await t.gql(CREATE_TARGET, { input: { ...target('binh-thanh').input, text: 'x'.repeat(5000) } }, admin);
    expect(why(res)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', params: { field: 'input.text' } });
    expectListed(res);
  });

  it.skipIf(skip)('indicators and sections have English names and units; Vietnamese stays the default', async () => {
    const res = await t.gql<{ indicator: { name: string; nameEn: string; unit: string; unitEn: string; sections: { title: string; titleEn: string }[] } }>(
      '{ indicator(code: "N.PAR.SCORE") { name nameEn unit unitEn sections { title titleEn } } }',
    );
    expect(res.data?.indicator).toMatchObject({
      name: 'Chỉ số cải cách hành chính (PAR INDEX) của xã',
      nameEn: 'Administrative reform index (PAR INDEX) of the commune',
      unit: 'điểm',
      unitEn: 'points',
    });
    expect(res.data?.indicator.sections[0]).toEqual({ title: 'Xây dựng triển khai thực hiện kế hoạch cải cách hành chính', titleEn: 'Planning and implementing administrative reform' });
    const staff = await t.gql<{ indicator: { unitEn: string } }>('{ indicator(code: "4.2.1") { unitEn } }');
    expect(staff.data?.indicator.unitEn).toBe('people');
  });

  it.skipIf(skip)("the year form's template rows carry the English name and unit too", async () => {
    const res = await t.gql<{ entryTemplate: { code: string; name: string; nameEn: string | null; unit: string | null; unitEn: string | null }[] }>(
      '{ entryTemplate { code name nameEn unit unitEn } }',
    );
    const rows = res.data?.entryTemplate ?? [];
    expect(rows.length).toBeGreaterThan(90);
    expect(rows.find((r) => r.code === '1.1')?.nameEn).toBe('Completion rate of the administrative reform programme 2021–2025');
    expect(rows.find((r) => r.code === '4.2.1')?.unitEn).toBe('people');
    expect(rows.filter((r) => r.nameEn === null)).toEqual([]);
  });

  it.skipIf(skip)('a database seeded before English names gets them at start-up', async () => {
    const orm = t.server.orm;
    await orm.em.fork().getConnection().execute(`update indicator set name_en = null where code = '1.1'`);
    await orm.em.fork().getConnection().execute(`update section set title_en = null`);
    await ensureEnglishNames(orm, { info: () => undefined } as never);
    const res = await t.gql<{ indicator: { nameEn: string; sections: { titleEn: string }[] } }>('{ indicator(code: "1.1") { nameEn sections { titleEn } } }');
    expect(res.data?.indicator.nameEn).toBe('Completion rate of the administrative reform programme 2021–2025');
    expect(res.data?.indicator.sections.every((s) => s.titleEn)).toBe(true);
  });
});
