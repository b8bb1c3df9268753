import { describe, expect, it } from 'vitest';
import type { Finding, OrgUnit } from './model.js';
import {
  mayEditCommuneData,
  checkTransition,
  findingKey,
  isEditable,
  mayAct,
  nextStatus,
  referenceDate,
  reviewingUnit,
  SUBMISSION_ACTIONS,
  SUBMISSION_STATUSES,
  unexplainedErrors,
  type Actor,
  type SubmissionAction,
  type SubmissionStatus,
} from './reporting-cycle.js';

const planner: Actor = { role: 'PLANNER', orgUnitCodes: ['binh-thanh'] };
const otherPlanner: Actor = { role: 'PLANNER', orgUnitCodes: ['phu-dinh'] };
const reviewer: Actor = { role: 'REVIEWER', orgUnitCodes: ['thai-nguyen'] };
const districtReviewer: Actor = { role: 'REVIEWER', orgUnitCodes: ['dinh-hoa'] };
const admin: Actor = { role: 'ADMIN', orgUnitCodes: [] };
const analyst: Actor = { role: 'ANALYST', orgUnitCodes: [] };

const request = (actor: Actor | null, action: SubmissionAction, status: SubmissionStatus, extra = {}) => ({
  actor,
  action,
  status,
  orgUnitCode: 'binh-thanh',
  reviewerUnitCode: 'thai-nguyen',
  comment: action === 'RETURN' || action === 'UNLOCK' ? 'Xem lại 3.2.1' : null,
  ...extra,
});

describe('nextStatus', () => {
  it('follows DRAFT → SUBMITTED → APPROVED | RETURNED, RETURNED → SUBMITTED, APPROVED → DRAFT by UNLOCK', () => {
    expect(nextStatus('SUBMIT', 'DRAFT')).toBe('SUBMITTED');
    expect(nextStatus('APPROVE', 'SUBMITTED')).toBe('APPROVED');
    expect(nextStatus('RETURN', 'SUBMITTED')).toBe('RETURNED');
    expect(nextStatus('SUBMIT', 'RETURNED')).toBe('SUBMITTED');
    expect(nextStatus('UNLOCK', 'APPROVED')).toBe('DRAFT');
  });

  it('has no other transitions: 7 of the 20 action × status pairs exist', () => {
    const pairs = SUBMISSION_ACTIONS.flatMap((a) => SUBMISSION_STATUSES.map((s) => nextStatus(a, s))).filter((s) => s !== null);
    expect(pairs).toHaveLength(7);
    expect(nextStatus('APPROVE', 'DRAFT')).toBeNull();
    expect(nextStatus('RETURN', 'APPROVED')).toBeNull();
    expect(nextStatus('SUBMIT', 'SUBMITTED')).toBeNull();
  });

  it('keeps data editable only while a draft or returned', () => {
    expect(SUBMISSION_STATUSES.filter(isEditable)).toEqual(['DRAFT', 'RETURNED']);
  });
});

describe('mayAct', () => {
  it('lets a planner edit and submit the data of its own commune only', () => {
    expect(mayAct(planner, 'SUBMIT', 'binh-thanh', 'thai-nguyen')).toBeNull();
    expect(mayAct(otherPlanner, 'SUBMIT', 'binh-thanh', 'thai-nguyen')).toMatchObject({ code: 'FORBIDDEN_UNIT' });
    expect(mayAct(planner, 'APPROVE', 'binh-thanh', 'thai-nguyen')).toMatchObject({ code: 'FORBIDDEN_ROLE' });
  });

  it('lets a reviewer approve, return and unlock only for the unit that reviews the commune', () => {
    for (const action of ['APPROVE', 'RETURN', 'UNLOCK'] as const) {
      expect(mayAct(reviewer, action, 'binh-thanh', 'thai-nguyen')).toBeNull();
      expect(mayAct(districtReviewer, action, 'binh-thanh', 'thai-nguyen')).toMatchObject({ code: 'FORBIDDEN_UNIT' });
      expect(mayAct(reviewer, action, 'binh-thanh', null)).toMatchObject({ code: 'FORBIDDEN_UNIT' });
    }
    expect(mayAct(reviewer, 'EDIT', 'binh-thanh', 'thai-nguyen')).toMatchObject({ code: 'FORBIDDEN_ROLE' });
    expect(mayAct(reviewer, 'SUBMIT', 'binh-thanh', 'thai-nguyen')).toMatchObject({ code: 'FORBIDDEN_ROLE' });
  });

  it('lets an admin do everything, an analyst nothing, and asks an anonymous user to sign in', () => {
    for (const action of SUBMISSION_ACTIONS) {
      expect(mayAct(admin, action, 'binh-thanh', null)).toBeNull();
      expect(mayAct(analyst, action, 'binh-thanh', 'thai-nguyen')).toMatchObject({ code: 'FORBIDDEN_ROLE' });
      expect(mayAct(null, action, 'binh-thanh', 'thai-nguyen')).toEqual({ code: 'UNAUTHENTICATED' });
    }
  });
});

describe('checkTransition', () => {
  it('refuses edits of approved data as LOCKED and of submitted data as AWAITING_REVIEW', () => {
    expect(checkTransition(request(planner, 'EDIT', 'APPROVED'))).toEqual({ ok: false, refusal: { code: 'LOCKED', status: 'APPROVED' } });
    expect(checkTransition(request(planner, 'EDIT', 'SUBMITTED'))).toMatchObject({ ok: false, refusal: { code: 'AWAITING_REVIEW' } });
    expect(checkTransition(request(admin, 'EDIT', 'APPROVED'))).toMatchObject({ ok: false, refusal: { code: 'LOCKED' } });
  });

  it('checks who before the state: another commune’s planner hears FORBIDDEN, not LOCKED', () => {
    expect(checkTransition(request(otherPlanner, 'EDIT', 'APPROVED'))).toMatchObject({ ok: false, refusal: { code: 'FORBIDDEN_UNIT' } });
  });

  it('requires a comment to return or unlock, and none to approve', () => {
    expect(checkTransition(request(reviewer, 'RETURN', 'SUBMITTED', { comment: '  ' }))).toMatchObject({
      ok: false,
      refusal: { code: 'COMMENT_REQUIRED', action: 'RETURN' },
    });
    expect(checkTransition(request(reviewer, 'UNLOCK', 'APPROVED', { comment: null }))).toMatchObject({ ok: false });
    expect(checkTransition(request(reviewer, 'APPROVE', 'SUBMITTED'))).toEqual({ ok: true, status: 'APPROVED' });
    expect(checkTransition(request(reviewer, 'RETURN', 'SUBMITTED'))).toEqual({ ok: true, status: 'RETURNED' });
  });

  it('refuses a submission while ERROR findings lack an explanation, naming them', () => {
    expect(checkTransition(request(planner, 'SUBMIT', 'DRAFT', { unexplainedErrorKeys: ['RATIO_MISMATCH|3.2|2026'] }))).toEqual({
      ok: false,
      refusal: { code: 'EXPLANATION_REQUIRED', findingKeys: ['RATIO_MISMATCH|3.2|2026'] },
    });
    expect(checkTransition(request(planner, 'SUBMIT', 'RETURNED', { unexplainedErrorKeys: [] }))).toEqual({ ok: true, status: 'SUBMITTED' });
  });

  it('refuses a comment longer than 2000 characters', () => {
    expect(checkTransition(request(reviewer, 'RETURN', 'SUBMITTED', { comment: 'x'.repeat(2001) }))).toMatchObject({
      ok: false,
      refusal: { code: 'COMMENT_TOO_LONG', max: 2000 },
    });
  });
});

const finding = (rule: string, severity: Finding['severity'], codes: string[]): Finding => ({
  rule,
  severity,
  indicatorCodes: codes,
  orgUnitCode: 'binh-thanh',
  period: '2026',
  values: [],
  message: { vi: '', en: '' },
});

describe('unexplainedErrors', () => {
  const error = finding('RATIO_MISMATCH', 'ERROR', ['3.2', '3.2.a', '3.2.b']);
  const warning = finding('RATIO_UNDEFINED', 'WARNING', ['3.3']);

  it('keys a finding by rule, indicators and period', () => {
    expect(findingKey(error)).toBe('RATIO_MISMATCH|3.2+3.2.a+3.2.b|2026');
  });

  it('lists ERROR findings without an answer; warnings never need one', () => {
    expect(unexplainedErrors([error, warning], [])).toEqual([findingKey(error)]);
  });

  it('counts an explanation with text, or "as in the source" without text, as an answer', () => {
    const key = findingKey(error);
    expect(unexplainedErrors([error], [{ findingKey: key, kind: 'EXPLAINED', text: 'Số liệu từ Cổng DVCQG', review: 'PENDING' }])).toEqual([]);
    expect(unexplainedErrors([error], [{ findingKey: key, kind: 'AS_IN_SOURCE', text: '', review: 'PENDING' }])).toEqual([]);
    expect(unexplainedErrors([error], [{ findingKey: key, kind: 'EXPLAINED', text: ' ', review: 'PENDING' }])).toEqual([key]);
  });

  it('asks again for an answer the reviewer questioned', () => {
    const key = findingKey(error);
    expect(unexplainedErrors([error], [{ findingKey: key, kind: 'EXPLAINED', text: 'x', review: 'QUESTIONED' }])).toEqual([key]);
  });
});

describe('reviewingUnit', () => {
  const units: OrgUnit[] = [
    { code: 'thai-nguyen', name: 'Thái Nguyên', level: 'PROVINCE', kind: 'tỉnh', parentCode: null, validFrom: null, validTo: null, successorCode: null },
    { code: 'dinh-hoa', name: 'Định Hóa', level: 'DISTRICT', kind: 'huyện', parentCode: 'thai-nguyen', validFrom: null, validTo: '2025-06-30', successorCode: null },
    { code: 'binh-thanh', name: 'Bình Thành', level: 'COMMUNE', kind: 'xã', parentCode: 'dinh-hoa', validFrom: null, validTo: null, successorCode: null },
  ];

  it('is the district while it existed (figures of 2024)', () => {
    expect(reviewingUnit('binh-thanh', referenceDate('YEAR_DATA', 2024), units)?.code).toBe('dinh-hoa');
  });

  it('is the province once the district level was abolished on 2025-07-01 (figures of 2025 and later, the 2026–2030 plan)', () => {
    expect(reviewingUnit('binh-thanh', '2025-06-30', units)?.code).toBe('dinh-hoa');
    expect(reviewingUnit('binh-thanh', '2025-07-01', units)?.code).toBe('thai-nguyen');
    expect(reviewingUnit('binh-thanh', referenceDate('YEAR_DATA', 2026), units)?.code).toBe('thai-nguyen');
    expect(reviewingUnit('binh-thanh', referenceDate('PLAN', 2026), units)?.code).toBe('thai-nguyen');
  });

  it('takes a dissolved parent’s successor when it has one', () => {
    const merged: OrgUnit[] = [
      ...units.map((u) => (u.code === 'dinh-hoa' ? { ...u, successorCode: 'dinh-hoa-moi' } : u)),
      { code: 'dinh-hoa-moi', name: 'Định Hóa (mới)', level: 'DISTRICT', kind: 'huyện', parentCode: 'thai-nguyen', validFrom: '2025-07-01', validTo: null, successorCode: null },
    ];
    expect(reviewingUnit('binh-thanh', '2026-12-31', merged)?.code).toBe('dinh-hoa-moi');
  });

  it('is null for an unknown commune or a unit without parents', () => {
    expect(reviewingUnit('nowhere', '2026-12-31', units)).toBeNull();
    expect(reviewingUnit('thai-nguyen', '2026-12-31', units)).toBeNull();
  });
});

describe('mayEditCommuneData: who may change a commune’s data (import, entry, targets)', () => {
  it('allows an admin and the commune’s own planner, and nobody else', () => {
    expect(mayEditCommuneData({ role: 'ADMIN', orgUnitCodes: [] }, 'binh-thanh')).toBe(true);
    expect(mayEditCommuneData({ role: 'PLANNER', orgUnitCodes: ['binh-thanh'] }, 'binh-thanh')).toBe(true);
    expect(mayEditCommuneData({ role: 'PLANNER', orgUnitCodes: ['phu-dinh'] }, 'binh-thanh')).toBe(false);
    expect(mayEditCommuneData({ role: 'ANALYST', orgUnitCodes: ['binh-thanh'] }, 'binh-thanh')).toBe(false);
    expect(mayEditCommuneData({ role: 'REVIEWER', orgUnitCodes: ['dinh-hoa'] }, 'binh-thanh')).toBe(false);
    expect(mayEditCommuneData(null, 'binh-thanh')).toBe(false);
  });
});
