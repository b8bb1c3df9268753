// Submissions of the reporting cycle: the status of a commune's year of figures or of its plan, the transitions
// (submit, approve, return, unlock) with their audit log, the edit lock every writer goes through, and the findings'
// explanations. Who may do what, and which unit reviews which commune, come from @cchc/domain (reporting-cycle.ts).
import {
  checkTransition,
  findingKey,
  referenceDate,
  reviewingUnitIn,
  unexplainedErrors,
  validateYearEntry,
  YEAR_ENTRY_TABLE,
  type Actor,
  type ExplanationKind,
  type Finding,
  type FindingExplanation,
  type OrgUnit,
  type SubmissionAction,
  type SubmissionKind,
  type SubmissionStatus,
  type TransitionRefusal,
} from '@cchc/domain';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { AuthUser } from '../../auth.js';
import type { Context } from '../../context.js';
import { appError, badInput, forbidden, forbiddenRole, forbiddenUnit, notFound, unauthenticated } from '../../errors.js';
import { asDate, rows } from '../../graphql/rows.js';
import { OBSERVATION_COLUMNS, toObservation } from '../observation/observation.rows.js';
import { ORG_UNIT_COLUMNS, toOrgUnit } from '../org-unit/org-unit.rows.js';
import { parseArgs } from '../../validation.js';
import { loadIndicatorDefs } from '../indicator/indicator.repository.js';
import { FindingExplanationEntity, SubmissionEntity, SubmissionEventEntity } from './submission.entity.js';

export interface SubmissionKey {
  kind: SubmissionKind;
  orgUnitCode: string;
  /** The year of the figures; for a PLAN, the programme's first year. */
  year: number;
  programme: string | null;
}

export interface SubmissionRow {
  id: number | null;
  kind: SubmissionKind;
  orgUnitCode: string;
  year: number;
  programme: string | null;
  status: SubmissionStatus;
  reviewerUnitCode: string | null;
  version: number;
  updatedAt: Date | null;
  updatedBy: string | null;
}

const KeySchema = z.object({
  kind: z.enum(['YEAR_DATA', 'PLAN']),
  orgUnitCode: z.string().min(1).max(64),
  year: z.number().int().min(1990).max(2100).nullish(),
  programme: z.string().min(1).max(20).nullish(),
});

const SUBMISSION_COLUMNS = {
  id: 'id',
  kind: 'kind',
  orgUnitCode: 'org_unit_code',
  year: 'year',
  programme: 'programme_code',
  status: 'status',
  reviewerUnitCode: 'reviewer_unit_code',
  version: 'version',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
};

function toSubmission(r: Record<string, unknown>): SubmissionRow {
  return {
    id: Number(r['id']),
    kind: r['kind'] as SubmissionKind,
    orgUnitCode: String(r['orgUnitCode']),
    year: Number(r['year']),
    programme: (r['programme'] as string | null) ?? null,
    status: r['status'] as SubmissionStatus,
    reviewerUnitCode: (r['reviewerUnitCode'] as string | null) ?? null,
    version: Number(r['version']),
    updatedAt: asDate(r['updatedAt']),
    updatedBy: String(r['updatedBy']),
  };
}

/** Validates a key given by a client: YEAR_DATA needs a year, PLAN a known programme (its first year is the key). */
export async function resolveKey(
  ctx: Context,
  raw: { kind: SubmissionKind; orgUnitCode: string; year?: number | null; programme?: string | null },
  path = 'key',
): Promise<SubmissionKey> {
  const input = parseArgs(KeySchema, raw, [path]);
  const unit = await ctx.loaders.orgUnit.load(input.orgUnitCode);
  if (!unit) throw notFound('ORG_UNIT', input.orgUnitCode);
  if (unit.level !== 'COMMUNE') throw badInput(`${path}.orgUnitCode: "${input.orgUnitCode}" is not a commune`, `${path}.orgUnitCode`, {
      reason: 'NOT_A_COMMUNE',
      params: { orgUnitCode: input.orgUnitCode },
    });
  if (input.kind === 'PLAN') {
    if (!input.programme) throw badInput(`${path}.programme: a plan is submitted for a programme ("2026-2030")`, `${path}.programme`, { reason: 'PROGRAMME_REQUIRED' });
    const programme = await ctx.loaders.programme.load(input.programme);
    if (!programme) throw notFound('PROGRAMME', input.programme);
    return { kind: 'PLAN', orgUnitCode: input.orgUnitCode, year: programme.startYear, programme: programme.code };
  }
  if (input.year == null) throw badInput(`${path}.year: the figures of which year?`, `${path}.year`, { reason: 'YEAR_REQUIRED' });
  return { kind: 'YEAR_DATA', orgUnitCode: input.orgUnitCode, year: input.year, programme: null };
}

export async function loadSubmission(em: SqlEntityManager, key: SubmissionKey): Promise<SubmissionRow | null> {
  const found = await rows(
    em,
    em.getKnex()('submission').select(SUBMISSION_COLUMNS).where({ kind: key.kind, org_unit_code: key.orgUnitCode, year: key.year }),
  );
  return found[0] ? toSubmission(found[0]) : null;
}

/** A submission as clients see it: a key nobody has written to yet is a DRAFT without an id. */
export function virtualSubmission(key: SubmissionKey, reviewerUnitCode: string | null): SubmissionRow {
  return { id: null, ...key, status: 'DRAFT', reviewerUnitCode, version: 0, updatedAt: null, updatedBy: null };
}

/** Every org unit, indexed by code: what domain reviewingUnit walks. */
export async function orgUnitIndex(em: SqlEntityManager): Promise<Map<string, OrgUnit>> {
  const all = (await rows(em, em.getKnex()('org_unit').select(ORG_UNIT_COLUMNS))).map(toOrgUnit);
  return new Map(all.map((u) => [u.code, { ...u, validFrom: u.validFrom ?? null, validTo: u.validTo ?? null }]));
}

/** The unit that reviews this key's commune at the data's date (district until mid-2025, the province after). */
export async function reviewerUnitOf(ctx: Context, key: SubmissionKey): Promise<string | null> {
  // Walk the ancestors through the request's loader instead of reading every unit of the country.
  const byCode = new Map<string, OrgUnit>();
  const pending = [key.orgUnitCode];
  while (pending.length > 0) {
    const code = pending.pop()!;
    if (byCode.has(code)) continue;
    const unit = await ctx.loaders.orgUnit.load(code);
    if (!unit) continue;
    byCode.set(code, unit as OrgUnit);
    if (unit.parentCode) pending.push(unit.parentCode);
    if (unit.successorCode) pending.push(unit.successorCode);
  }
  return reviewingUnitIn(byCode, key.orgUnitCode, referenceDate(key.kind, key.year))?.code ?? null;
}

export function actorOf(user: AuthUser | null): Actor | null {
  return user ? { role: user.role, orgUnitCodes: user.orgUnitCodes } : null;
}

const describeKey = (key: SubmissionKey) =>
  key.kind === 'PLAN' ? `the ${key.programme} plan of "${key.orgUnitCode}"` : `the ${key.year} figures of "${key.orgUnitCode}"`;

/** The refusal as a GraphQL error: a code clients branch on, with the refusal's parameters in extensions. */
export function refusalError(refusal: TransitionRefusal, key: SubmissionKey): GraphQLError {
  const what = describeKey(key);
  switch (refusal.code) {
    case 'UNAUTHENTICATED':
      return unauthenticated();
    case 'FORBIDDEN_ROLE':
      return forbiddenRole(refusal.role, refusal.action, `Role ${refusal.role} may not ${refusal.action} ${what}`);
    case 'FORBIDDEN_UNIT':
      return refusal.role === 'REVIEWER'
        ? forbidden(`${what} is reviewed by "${refusal.reviewerUnitCode ?? 'no unit'}", not by your unit`, {
            reason: 'NOT_YOUR_REVIEW_UNIT',
            params: { orgUnitCode: refusal.orgUnitCode, reviewerUnitCode: refusal.reviewerUnitCode },
          })
        : forbiddenUnit(refusal.orgUnitCode, refusal.action, `You may not ${refusal.action} ${what}: it is not your commune`);
    case 'LOCKED':
      return appError('LOCKED', `${what} is approved and locked; a reviewer must unlock it before any change`, {
        status: refusal.status,
        reason: 'APPROVED_LOCKED',
        params: { status: refusal.status },
      });
    case 'AWAITING_REVIEW':
      return appError('LOCKED', `${what} is submitted and awaits review; it cannot change until it is returned`, {
        status: refusal.status,
        reason: 'AWAITING_REVIEW',
        params: { status: refusal.status },
      });
    case 'INVALID_TRANSITION':
      return appError('INVALID_TRANSITION', `${refusal.action} is not possible while ${what} is ${refusal.status}`, {
        action: refusal.action,
        status: refusal.status,
        reason: 'INVALID_TRANSITION',
        params: { action: refusal.action, status: refusal.status },
      });
    case 'COMMENT_REQUIRED':
      return badInput(`comment: say why (${refusal.action} needs a comment)`, 'comment', { reason: 'COMMENT_REQUIRED', params: { action: refusal.action } });
    case 'COMMENT_TOO_LONG':
      return badInput(`comment: at most ${refusal.max} characters`, 'comment', { reason: 'COMMENT_TOO_LONG', params: { max: refusal.max } });
    case 'EXPLANATION_REQUIRED':
      return appError(
        'EXPLANATION_REQUIRED',
        `${what} has ${refusal.findingKeys.length} error finding(s) without an explanation: explain each, or mark it "as in the source"`,
        { findingKeys: refusal.findingKeys, reason: 'EXPLANATION_REQUIRED', params: { count: refusal.findingKeys.length } },
      );
  }
}

/** The stored figures of a commune's year, as domain observations. */
export async function yearObservations(em: SqlEntityManager, orgUnitCode: string, year: number) {
  const found = await rows(
    em,
    em
      .getKnex()('observation')
      .select(OBSERVATION_COLUMNS)
      .where({ org_unit_code: orgUnitCode, source_table: YEAR_ENTRY_TABLE, period_kind: 'YEAR', year })
      .orderBy('id'),
  );
  return found.map(toObservation);
}

/** The validation findings of what a submission holds: a year's figures; a plan has none here. */
export async function findingsOfKey(em: SqlEntityManager, key: SubmissionKey): Promise<Finding[]> {
  if (key.kind !== 'YEAR_DATA') return [];
  const [indicators, stored] = await Promise.all([loadIndicatorDefs(em), yearObservations(em, key.orgUnitCode, key.year)]);
  return validateYearEntry(
    indicators,
    key.orgUnitCode,
    key.year,
    stored.map((o) => ({
      indicatorCode: o.indicatorCode,
      orgUnitCode: o.orgUnitCode,
      period: { kind: 'YEAR' as const, year: key.year },
      value: o.value,
      raw: o.raw,
      note: o.note,
      source: { sectionId: '', table: YEAR_ENTRY_TABLE, row: o.indicatorCode, quote: '' },
    })),
  );
}

export interface ExplanationRow extends FindingExplanation {
  submissionId: number;
  reviewComment: string | null;
  explainedBy: string;
  explainedAt: Date;
  reviewedBy: string | null;
  reviewedAt: Date | null;
}

export async function explanationsOf(em: SqlEntityManager, submissionIds: number[]): Promise<ExplanationRow[]> {
  if (submissionIds.length === 0) return [];
  const found = await rows(
    em,
    em
      .getKnex()('finding_explanation')
      .select({
        submissionId: 'submission_id',
        findingKey: 'finding_key',
        kind: 'kind',
        text: 'text',
        review: 'review',
        reviewComment: 'review_comment',
        explainedBy: 'explained_by',
        explainedAt: 'explained_at',
        reviewedBy: 'reviewed_by',
        reviewedAt: 'reviewed_at',
      })
      .whereIn('submission_id', submissionIds)
      .orderBy('id'),
  );
  return found.map((r) => ({
    submissionId: Number(r['submissionId']),
    findingKey: String(r['findingKey']),
    kind: r['kind'] as ExplanationKind,
    text: String(r['text']),
    review: r['review'] as FindingExplanation['review'],
    reviewComment: (r['reviewComment'] as string | null) ?? null,
    explainedBy: String(r['explainedBy']),
    explainedAt: asDate(r['explainedAt']),
    reviewedBy: (r['reviewedBy'] as string | null) ?? null,
    reviewedAt: r['reviewedAt'] == null ? null : asDate(r['reviewedAt']),
  }));
}

function recordEvent(
  tem: SqlEntityManager,
  submissionId: number,
  user: AuthUser,
  action: string,
  from: SubmissionStatus | null,
  to: SubmissionStatus | null,
  at: Date,
  comment: string | null = null,
  key: string | null = null,
) {
  tem.create(SubmissionEventEntity, {
    submission: submissionId,
    action,
    fromStatus: from,
    toStatus: to,
    at,
    byUserId: user.id,
    by: user.email,
    comment,
    findingKey: key,
  });
}

/** The stored submission of a key, created as a DRAFT (inside the caller's transaction) when there is none yet. */
async function ensureSubmission(tem: SqlEntityManager, key: SubmissionKey, reviewerUnitCode: string | null, user: AuthUser) {
  const existing = await loadSubmission(tem, key);
  if (existing) return existing;
  const created = tem.create(SubmissionEntity, {
    kind: key.kind,
    orgUnitCode: key.orgUnitCode,
    year: key.year,
    programmeCode: key.programme,
    status: 'DRAFT',
    reviewerUnitCode,
    version: 1,
    updatedAt: new Date(),
    updatedBy: user.email,
  });
  await tem.flush();
  const stored = await loadSubmission(tem, key);
  if (stored?.id !== created.id) throw new Error(`submission of ${describeKey(key)} was not stored`);
  return stored;
}

/**
 * Moves a submission under a conditional UPDATE (… WHERE id = ? AND version = ?): of two people acting on one version
 * (a save racing an approval, two reviewers) exactly one wins; the other is refused with the state it now has.
 */
async function moveTo(
  tem: SqlEntityManager,
  key: SubmissionKey,
  current: SubmissionRow,
  status: SubmissionStatus,
  user: AuthUser,
  at: Date,
): Promise<void> {
  const updated = await tem.nativeUpdate(
    SubmissionEntity,
    { id: current.id!, version: current.version },
    { status, version: current.version + 1, updatedAt: at, updatedBy: user.email },
  );
  if (updated !== 1) {
    const now = await loadSubmission(tem, key);
    throw appError('CONFLICT', `${describeKey(key)} changed meanwhile (now ${now?.status ?? 'gone'}); reload and try again`, {
      status: now?.status ?? null,
      reason: 'CHANGED_MEANWHILE',
      params: { status: now?.status ?? null },
    });
  }
}

/**
 * The lock every writer of a submission's data goes through, inside the writer's transaction: the user must be
 * allowed to EDIT this commune's data and it must be a draft or returned; the submission's version is bumped so a
 * concurrent approval of the version read here fails instead of approving data it did not see. Records the event.
 */
export async function guardEdit(
  ctx: Context,
  tem: SqlEntityManager,
  key: SubmissionKey,
  /** reviewerUnitOf(key), read before the transaction: inside it only `tem` may query (SQLite has one connection). */
  reviewer: string | null,
  /** What the audit log says; null when the caller records a more precise event itself. */
  event: { action: 'SAVE' | 'IMPORT' | 'TARGET'; comment?: string | null } | null,
): Promise<SubmissionRow> {
  const existing = await loadSubmission(tem, key);
  const check = checkTransition({
    actor: actorOf(ctx.user),
    action: 'EDIT',
    status: existing?.status ?? 'DRAFT',
    orgUnitCode: key.orgUnitCode,
    reviewerUnitCode: existing?.reviewerUnitCode ?? reviewer,
  });
  if (!check.ok) throw refusalError(check.refusal, key);
  const user = ctx.user!;
  const current = existing ?? (await ensureSubmission(tem, key, reviewer, user));
  const at = new Date();
  // Conditional on the status, not the version: edits do not conflict with each other, only with a transition that
  // got in first (the row stays locked until this transaction ends, then the condition sees the new status).
  const updated = await tem.nativeUpdate(
    SubmissionEntity,
    { id: current.id!, status: { $in: ['DRAFT', 'RETURNED'] } },
    { version: current.version + 1, updatedAt: at, updatedBy: user.email },
  );
  if (updated !== 1) {
    const now = await loadSubmission(tem, key);
    throw refusalError(now?.status === 'SUBMITTED' ? { code: 'AWAITING_REVIEW', status: 'SUBMITTED' } : { code: 'LOCKED', status: 'APPROVED' }, key);
  }
  if (event) recordEvent(tem, current.id!, user, event.action, current.status, current.status, at, event.comment ?? null);
  await tem.flush();
  return (await loadSubmission(tem, key))!;
}

/** Refuses early (before any parsing) when the user may not edit this data at all, or it is locked. */
export async function assertEditable(ctx: Context, key: SubmissionKey): Promise<void> {
  const existing = await loadSubmission(ctx.em, key);
  const check = checkTransition({
    actor: actorOf(ctx.user),
    action: 'EDIT',
    status: existing?.status ?? 'DRAFT',
    orgUnitCode: key.orgUnitCode,
    reviewerUnitCode: existing?.reviewerUnitCode ?? (await reviewerUnitOf(ctx, key)),
  });
  if (!check.ok) throw refusalError(check.refusal, key);
}

/** SUBMIT, APPROVE, RETURN or UNLOCK one submission, in the caller's transaction. */
async function transitionIn(
  ctx: Context,
  tem: SqlEntityManager,
  key: SubmissionKey,
  reviewerOfKey: string | null,
  action: Exclude<SubmissionAction, 'EDIT'>,
  comment: string | null,
): Promise<void> {
  const existing = await loadSubmission(tem, key);
  const reviewer = existing?.reviewerUnitCode ?? reviewerOfKey;
  let unexplained: string[] = [];
  if (action === 'SUBMIT') {
    const findings = await findingsOfKey(tem, key);
    unexplained = unexplainedErrors(findings, existing?.id ? await explanationsOf(tem, [existing.id]) : []);
  }
  const check = checkTransition({
    actor: actorOf(ctx.user),
    action,
    status: existing?.status ?? 'DRAFT',
    orgUnitCode: key.orgUnitCode,
    reviewerUnitCode: reviewer,
    comment,
    unexplainedErrorKeys: unexplained,
  });
  if (!check.ok) throw refusalError(check.refusal, key);
  const user = ctx.user!;
  const current = existing ?? (await ensureSubmission(tem, key, reviewer, user));
  const at = new Date();
  await moveTo(tem, key, current, check.status, user, at);
  recordEvent(tem, current.id!, user, action, current.status, check.status, at, comment?.trim() || null);
  await tem.flush();
}

export async function transition(
  ctx: Context,
  key: SubmissionKey,
  action: Exclude<SubmissionAction, 'EDIT'>,
  comment: string | null,
): Promise<SubmissionRow> {
  const reviewer = await reviewerUnitOf(ctx, key);
  const em = ctx.em.fork();
  await em.transactional((tem) => transitionIn(ctx, tem, key, reviewer, action, comment));
  return (await loadSubmission(em, key))!;
}

/** Approves or returns several submissions at once: all or none (the first refusal names the submission). */
export async function transitionMany(
  ctx: Context,
  keys: SubmissionKey[],
  action: 'APPROVE' | 'RETURN' | 'UNLOCK',
  comment: string | null,
): Promise<SubmissionRow[]> {
  if (keys.length === 0) throw badInput('keys: choose at least one submission', 'keys', { reason: 'NO_KEYS' });
  if (keys.length > 500) throw badInput('keys: at most 500 submissions at once', 'keys', { reason: 'TOO_MANY_KEYS', params: { max: 500 } });
  const reviewers = await Promise.all(keys.map((key) => reviewerUnitOf(ctx, key)));
  const em = ctx.em.fork();
  await em.transactional(async (tem) => {
    for (const [i, key] of keys.entries()) {
      try {
        await transitionIn(ctx, tem, key, reviewers[i] ?? null, action, comment);
      } catch (error) {
        const e = error as GraphQLError;
        if (e.extensions) e.extensions['index'] = i;
        throw error;
      }
    }
  });
  return Promise.all(keys.map(async (key) => (await loadSubmission(em, key))!));
}

const ExplainSchema = z.object({
  findingKey: z.string().min(1).max(400),
  kind: z.enum(['EXPLAINED', 'AS_IN_SOURCE']),
  text: z.string().trim().max(2000),
});

/** The commune explains a finding, or marks it "as in the source" (editing rights; the data must not be locked). */
export async function explainFinding(
  ctx: Context,
  key: SubmissionKey,
  raw: { findingKey: string; kind: ExplanationKind; text: string | null | undefined },
): Promise<void> {
  const input = parseArgs(ExplainSchema, { ...raw, text: raw.text ?? '' });
  if (input.kind === 'EXPLAINED' && input.text === '') throw badInput('text: write the explanation', 'text', { reason: 'EXPLANATION_TEXT_REQUIRED' });
  const reviewer = await reviewerUnitOf(ctx, key);
  const em = ctx.em.fork();
  await em.transactional(async (tem) => {
    const findings = await findingsOfKey(tem, key);
    if (key.kind === 'YEAR_DATA' && !findings.some((f) => findingKey(f) === input.findingKey)) {
      throw notFound('FINDING', input.findingKey);
    }
    const submission = await guardEdit(ctx, tem, key, reviewer, null);
    const at = new Date();
    const user = ctx.user!;
    const existing = await tem.findOne(FindingExplanationEntity, { submission: submission.id!, findingKey: input.findingKey });
    if (existing) {
      existing.kind = input.kind;
      existing.text = input.text;
      existing.review = 'PENDING';
      existing.explainedBy = user.email;
      existing.explainedAt = at;
    } else {
      tem.create(FindingExplanationEntity, {
        submission: submission.id!,
        findingKey: input.findingKey,
        kind: input.kind,
        text: input.text,
        review: 'PENDING',
        explainedBy: user.email,
        explainedAt: at,
      });
    }
    recordEvent(tem, submission.id!, user, input.kind === 'AS_IN_SOURCE' ? 'AS_IN_SOURCE' : 'EXPLAIN', submission.status, submission.status, at, input.text || null, input.findingKey);
    await tem.flush();
  });
}

/** The reviewer accepts or questions a commune's answer while the submission awaits review. */
export async function reviewExplanation(
  ctx: Context,
  key: SubmissionKey,
  raw: { findingKey: string; verdict: 'ACCEPTED' | 'QUESTIONED'; comment: string | null | undefined },
): Promise<void> {
  const input = parseArgs(
    z.object({ findingKey: z.string().min(1).max(400), verdict: z.enum(['ACCEPTED', 'QUESTIONED']), comment: z.string().trim().max(2000) }),
    { ...raw, comment: raw.comment ?? '' },
  );
  if (input.verdict === 'QUESTIONED' && input.comment === '') throw badInput('comment: say what is unclear', 'comment', { reason: 'QUESTION_COMMENT_REQUIRED' });
  const reviewerOfKey = await reviewerUnitOf(ctx, key);
  const em = ctx.em.fork();
  await em.transactional(async (tem) => {
    const submission = await loadSubmission(tem, key);
    const reviewer = submission?.reviewerUnitCode ?? reviewerOfKey;
    // Judging an answer is part of reviewing: the same rights as returning the submission.
    const check = checkTransition({
      actor: actorOf(ctx.user),
      action: 'RETURN',
      status: submission?.status ?? 'DRAFT',
      orgUnitCode: key.orgUnitCode,
      reviewerUnitCode: reviewer,
      comment: 'verdict',
    });
    if (!check.ok) throw refusalError(check.refusal, key);
    const explanation = await tem.findOne(FindingExplanationEntity, { submission: submission!.id!, findingKey: input.findingKey });
    if (!explanation) throw notFound('EXPLANATION', input.findingKey);
    const at = new Date();
    explanation.review = input.verdict;
    explanation.reviewComment = input.comment || null;
    explanation.reviewedBy = ctx.user!.email;
    explanation.reviewedAt = at;
    recordEvent(tem, submission!.id!, ctx.user!, input.verdict === 'ACCEPTED' ? 'ACCEPT' : 'QUESTION', submission!.status, submission!.status, at, input.comment || null, input.findingKey);
    await tem.flush();
  });
}

export interface SubmissionEventRow {
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  at: Date;
  by: string;
  comment: string | null;
  findingKey: string | null;
}

export async function eventsOf(em: SqlEntityManager, submissionId: number): Promise<SubmissionEventRow[]> {
  const found = await rows(
    em,
    em
      .getKnex()('submission_event')
      .select({ action: 'action', fromStatus: 'from_status', toStatus: 'to_status', at: 'at', by: 'by', comment: 'comment', findingKey: 'finding_key' })
      .where('submission_id', submissionId)
      .orderBy([{ column: 'at' }, { column: 'id' }]),
  );
  return found.map((r) => ({
    action: String(r['action']),
    fromStatus: (r['fromStatus'] as string | null) ?? null,
    toStatus: (r['toStatus'] as string | null) ?? null,
    at: asDate(r['at']),
    by: String(r['by']),
    comment: (r['comment'] as string | null) ?? null,
    findingKey: (r['findingKey'] as string | null) ?? null,
  }));
}

/** Approved years of a commune's figures: what target status counts. */
export async function approvedYears(em: SqlEntityManager, orgUnitCode: string): Promise<Set<number>> {
  const found = await rows(
    em,
    em.getKnex()('submission').select('year').where({ kind: 'YEAR_DATA', org_unit_code: orgUnitCode, status: 'APPROVED' }),
  );
  return new Set(found.map((r) => Number(r['year'])));
}

/** The communes a reviewer's unit reviews for a key's date, among every commune. */
export function communesReviewedBy(byCode: Map<string, OrgUnit>, reviewerUnitCodes: Set<string> | null, kind: SubmissionKind, year: number) {
  const date = referenceDate(kind, year);
  const result: { unit: OrgUnit; reviewerUnitCode: string | null }[] = [];
  for (const unit of byCode.values()) {
    if (unit.level !== 'COMMUNE') continue;
    const reviewer = reviewingUnitIn(byCode, unit.code, date)?.code ?? null;
    if (reviewerUnitCodes !== null && (reviewer === null || !reviewerUnitCodes.has(reviewer))) continue;
    result.push({ unit, reviewerUnitCode: reviewer });
  }
  return result.sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'));
}

export async function submissionsFor(em: SqlEntityManager, kind: SubmissionKind, year: number, orgUnitCodes: string[]) {
  const map = new Map<string, SubmissionRow>();
  for (let i = 0; i < orgUnitCodes.length; i += 900) {
    const chunk = orgUnitCodes.slice(i, i + 900);
    const found = await rows(em, em.getKnex()('submission').select(SUBMISSION_COLUMNS).where({ kind, year }).whereIn('org_unit_code', chunk));
    for (const r of found) map.set(String(r['orgUnitCode']), toSubmission(r));
  }
  return map;
}

export async function lastEvents(em: SqlEntityManager, submissionIds: number[]) {
  const map = new Map<number, SubmissionEventRow>();
  for (let i = 0; i < submissionIds.length; i += 900) {
    const chunk = submissionIds.slice(i, i + 900);
    const found = await rows(
      em,
      em
        .getKnex()('submission_event')
        .select({ id: 'id', submissionId: 'submission_id', action: 'action', fromStatus: 'from_status', toStatus: 'to_status', at: 'at', by: 'by', comment: 'comment', findingKey: 'finding_key' })
        .whereIn('submission_id', chunk)
        .orderBy('id'),
    );
    for (const r of found) {
      map.set(Number(r['submissionId']), {
        action: String(r['action']),
        fromStatus: (r['fromStatus'] as string | null) ?? null,
        toStatus: (r['toStatus'] as string | null) ?? null,
        at: asDate(r['at']),
        by: String(r['by']),
        comment: (r['comment'] as string | null) ?? null,
        findingKey: (r['findingKey'] as string | null) ?? null,
      });
    }
  }
  return map;
}


/** The plan a target belongs to, with its reviewer: null for targets of units that file no plan (not communes). */
export async function planOf(ctx: Context, orgUnitCode: string, programmeCode: string): Promise<{ key: SubmissionKey; reviewer: string | null } | null> {
  const unit = await ctx.loaders.orgUnit.load(orgUnitCode);
  const programme = await ctx.loaders.programme.load(programmeCode);
  if (!unit || unit.level !== 'COMMUNE' || !programme) return null;
  const key: SubmissionKey = { kind: 'PLAN', orgUnitCode, year: programme.startYear, programme: programme.code };
  return { key, reviewer: await reviewerUnitOf(ctx, key) };
}

/**
 * The plan's lock for a change of one of its targets, in the change's transaction: a submitted or approved plan
 * refuses it (LOCKED). `plan` comes from planOf, read before the transaction.
 */
export async function guardPlanEdit(
  ctx: Context,
  tem: SqlEntityManager,
  plan: { key: SubmissionKey; reviewer: string | null } | null,
  comment: string,
): Promise<void> {
  if (plan) await guardEdit(ctx, tem, plan.key, plan.reviewer, { action: 'TARGET', comment });
}
