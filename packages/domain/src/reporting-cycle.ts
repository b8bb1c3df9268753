// The reporting cycle (DHIS2's data approval): a commune's figures of a year, or its 2026–2030 plan, are saved as a
// draft, submitted, then approved or returned by the level above; approved data is locked until unlocked. This file
// is the single source of the states, the transitions, who may make them, which unit reviews a commune for a given
// year and which findings still need an explanation before a submission, so the server and the web app agree.
import type { Finding, OrgUnit } from './model.js';

/** Roles of the people who use CCHC. A REVIEWER works for the level above the commune (district, later province). */
export const USER_ROLES = ['ADMIN', 'ANALYST', 'PLANNER', 'REVIEWER'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** What is submitted: one year's PHỤ LỤC I figures of a commune, or its plan of targets for a programme. */
export const SUBMISSION_KINDS = ['YEAR_DATA', 'PLAN'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

export const SUBMISSION_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/**
 * EDIT changes the data (save a draft, import a file, change a target of the plan) and keeps the status; the others
 * move the submission: SUBMIT (gửi), APPROVE (phê duyệt), RETURN (trả lại, with a comment), UNLOCK (mở khóa, with a
 * comment: an approved submission becomes a draft again).
 */
export const SUBMISSION_ACTIONS = ['EDIT', 'SUBMIT', 'APPROVE', 'RETURN', 'UNLOCK'] as const;
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];

/** The status each action leads to, from each status it may start from. EDIT keeps the status. */
const TRANSITIONS: Record<SubmissionAction, Partial<Record<SubmissionStatus, SubmissionStatus>>> = {
  EDIT: { DRAFT: 'DRAFT', RETURNED: 'RETURNED' },
  SUBMIT: { DRAFT: 'SUBMITTED', RETURNED: 'SUBMITTED' },
  APPROVE: { SUBMITTED: 'APPROVED' },
  RETURN: { SUBMITTED: 'RETURNED' },
  UNLOCK: { APPROVED: 'DRAFT' },
};

/** Actions done by the commune (its planner) and by the level above (its reviewer). Admins may do both. */
const COMMUNE_ACTIONS: readonly SubmissionAction[] = ['EDIT', 'SUBMIT'];
const REVIEW_ACTIONS: readonly SubmissionAction[] = ['APPROVE', 'RETURN', 'UNLOCK'];
/** Actions that must say why. */
const COMMENT_REQUIRED: readonly SubmissionAction[] = ['RETURN', 'UNLOCK'];

export const MAX_COMMENT_LENGTH = 2000;

/** Why a transition is refused: a code the clients word in their language, with parameters. */
export type TransitionRefusal =
  | { code: 'UNAUTHENTICATED' }
  | { code: 'FORBIDDEN_ROLE'; role: UserRole; action: SubmissionAction }
  | { code: 'FORBIDDEN_UNIT'; role: UserRole; action: SubmissionAction; orgUnitCode: string; reviewerUnitCode: string | null }
  | { code: 'LOCKED'; status: 'APPROVED' }
  | { code: 'AWAITING_REVIEW'; status: 'SUBMITTED' }
  | { code: 'INVALID_TRANSITION'; action: SubmissionAction; status: SubmissionStatus }
  | { code: 'COMMENT_REQUIRED'; action: SubmissionAction }
  | { code: 'COMMENT_TOO_LONG'; max: number }
  | { code: 'EXPLANATION_REQUIRED'; findingKeys: string[] };

export interface Actor {
  role: UserRole;
  /** A planner's communes; a reviewer's reviewing units (a district, a province). */
  orgUnitCodes: readonly string[];
}

export interface TransitionRequest {
  actor: Actor | null;
  action: SubmissionAction;
  /** The current status; a submission that does not exist yet is a DRAFT. */
  status: SubmissionStatus;
  /** The commune the data belongs to. */
  orgUnitCode: string;
  /** The unit that reviews this commune for the data's time (reviewingUnit), null when none is known. */
  reviewerUnitCode: string | null;
  comment?: string | null;
  /** For SUBMIT: the keys (findingKey) of ERROR findings that have no explanation yet. */
  unexplainedErrorKeys?: readonly string[];
}

/** The status an action leads to from `status`, or null when the action cannot start from it. */
export function nextStatus(action: SubmissionAction, status: SubmissionStatus): SubmissionStatus | null {
  return TRANSITIONS[action][status] ?? null;
}

/** Whether the actor's role and units allow the action on a commune's data, whatever its status. */
export function mayAct(
  actor: Actor | null,
  action: SubmissionAction,
  orgUnitCode: string,
  reviewerUnitCode: string | null,
): TransitionRefusal | null {
  if (actor === null) return { code: 'UNAUTHENTICATED' };
  if (actor.role === 'ADMIN') return null;
  if (actor.role === 'PLANNER' && COMMUNE_ACTIONS.includes(action)) {
    return actor.orgUnitCodes.includes(orgUnitCode)
      ? null
      : { code: 'FORBIDDEN_UNIT', role: actor.role, action, orgUnitCode, reviewerUnitCode };
  }
  if (actor.role === 'REVIEWER' && REVIEW_ACTIONS.includes(action)) {
    return reviewerUnitCode !== null && actor.orgUnitCodes.includes(reviewerUnitCode)
      ? null
      : { code: 'FORBIDDEN_UNIT', role: actor.role, action, orgUnitCode, reviewerUnitCode };
  }
  return { code: 'FORBIDDEN_ROLE', role: actor.role, action };
}

/**
 * Whether the actor may change a commune's data at all (enter figures, import a PHỤ LỤC I, change targets): an admin,
 * or a planner of that commune. The one rule the API enforces and the web app asks before offering the action; the
 * data's status (locked, awaiting review) is checked separately.
 */
export function mayEditCommuneData(actor: Actor | null, orgUnitCode: string): boolean {
  return mayAct(actor, 'EDIT', orgUnitCode, null) === null;
}

/**
 * Checks a transition in this order: who (role, then unit), then the state (locked, awaiting review, or not a
 * transition from this status), then the comment, then the explanations of ERROR findings. Returns the status it
 * leads to, or why it is refused.
 */
export function checkTransition(
  request: TransitionRequest,
): { ok: true; status: SubmissionStatus } | { ok: false; refusal: TransitionRefusal } {
  const { action, status } = request;
  const who = mayAct(request.actor, action, request.orgUnitCode, request.reviewerUnitCode);
  if (who) return { ok: false, refusal: who };
  const next = nextStatus(action, status);
  if (next === null) {
    if (action === 'EDIT' && status === 'APPROVED') return { ok: false, refusal: { code: 'LOCKED', status } };
    if (action === 'EDIT' && status === 'SUBMITTED') return { ok: false, refusal: { code: 'AWAITING_REVIEW', status } };
    return { ok: false, refusal: { code: 'INVALID_TRANSITION', action, status } };
  }
  const comment = request.comment?.trim() ?? '';
  if (COMMENT_REQUIRED.includes(action) && comment === '') return { ok: false, refusal: { code: 'COMMENT_REQUIRED', action } };
  if (comment.length > MAX_COMMENT_LENGTH) return { ok: false, refusal: { code: 'COMMENT_TOO_LONG', max: MAX_COMMENT_LENGTH } };
  if (action === 'SUBMIT' && (request.unexplainedErrorKeys?.length ?? 0) > 0) {
    return { ok: false, refusal: { code: 'EXPLANATION_REQUIRED', findingKeys: [...(request.unexplainedErrorKeys ?? [])] } };
  }
  return { ok: true, status: next };
}

/** Whether data in this status may be changed at all (by anyone allowed to EDIT). */
export function isEditable(status: SubmissionStatus): boolean {
  return nextStatus('EDIT', status) !== null;
}

// ---- Findings that need an explanation ----

/** A stable key of a finding, to attach an explanation to it: rule, indicators and period. */
export function findingKey(finding: Pick<Finding, 'rule' | 'indicatorCodes' | 'period'>): string {
  return [finding.rule, finding.indicatorCodes.join('+'), finding.period ?? ''].join('|');
}

/** How the commune answers a finding: an explanation, or "the figure is as in the source document". */
export const EXPLANATION_KINDS = ['EXPLAINED', 'AS_IN_SOURCE'] as const;
export type ExplanationKind = (typeof EXPLANATION_KINDS)[number];

/** What the reviewer made of the answer. */
export const EXPLANATION_REVIEWS = ['PENDING', 'ACCEPTED', 'QUESTIONED'] as const;
export type ExplanationReview = (typeof EXPLANATION_REVIEWS)[number];

export interface FindingExplanation {
  findingKey: string;
  kind: ExplanationKind;
  text: string;
  review: ExplanationReview;
}

/**
 * The ERROR findings a submission still has to explain: every ERROR finding without an answer, or whose answer the
 * reviewer questioned (a questioned answer must be answered again). An AS_IN_SOURCE answer needs no text; an
 * EXPLAINED one needs some.
 */
export function unexplainedErrors(findings: readonly Finding[], explanations: readonly FindingExplanation[]): string[] {
  const answered = new Set(
    explanations
      .filter((e) => e.review !== 'QUESTIONED' && (e.kind === 'AS_IN_SOURCE' || e.text.trim() !== ''))
      .map((e) => e.findingKey),
  );
  const keys = findings.filter((f) => f.severity === 'ERROR').map(findingKey);
  return [...new Set(keys)].filter((key) => !answered.has(key));
}

// ---- Who reviews a commune ----

/** The date the figures of a year or a programme are judged at: the last day of the year, the programme's first day. */
export function referenceDate(kind: SubmissionKind, year: number): string {
  return kind === 'YEAR_DATA' ? `${year}-12-31` : `${year}-01-01`;
}

function validAt(unit: OrgUnit, date: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= date) && (unit.validTo === null || unit.validTo >= date);
}

/**
 * The unit one level above the commune at `date` (ISO): its parent when the parent still existed then (the district
 * until 2025-06-30), else the parent's successor, else the next ancestor that existed (the province once the district
 * level was abolished). Null when the commune is unknown or no ancestor existed at that date.
 */
export function reviewingUnit(communeCode: string, date: string, units: readonly OrgUnit[]): OrgUnit | null {
  return reviewingUnitIn(new Map(units.map((u) => [u.code, u])), communeCode, date);
}

/** reviewingUnit over units already indexed by code (for many communes at once). */
export function reviewingUnitIn(byCode: ReadonlyMap<string, OrgUnit>, communeCode: string, date: string): OrgUnit | null {
  const seen = new Set<string>();
  let current = byCode.get(communeCode)?.parentCode ?? null;
  while (current !== null && !seen.has(current)) {
    seen.add(current);
    const unit = byCode.get(current);
    if (!unit) return null;
    if (validAt(unit, date)) return unit;
    const successor = unit.successorCode ? byCode.get(unit.successorCode) : undefined;
    if (successor && validAt(successor, date)) return successor;
    current = unit.parentCode;
  }
  return null;
}
