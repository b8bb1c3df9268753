// Every error the API can send, as codes and parameters: the API sends `extensions.code` (one of API_ERROR_CODES),
// and where it says why, `extensions.reason` (a key of API_ERROR_REASONS) with `extensions.params`; the web app words
// each in the reader's language. One list, so a test can check that every code and reason has words in vi and en.
import { SUBMISSION_ACTIONS } from './reporting-cycle.js';

export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  // The reporting cycle: data submitted or approved refuses changes; a transition not possible from the status;
  // a submission whose error findings are not all explained.
  'LOCKED',
  'INVALID_TRANSITION',
  'EXPLANATION_REQUIRED',
  // Sent by the server's guards rather than by a service: rate limits, query limits, anything unexpected.
  'TOO_MANY_REQUESTS',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** What a NOT_FOUND is about (`params.subject`), with the code or id asked for in `params.key`. */
export const NOT_FOUND_SUBJECTS = [
  'ORG_UNIT',
  'PROGRAMME',
  'PROGRAMME_OF_YEAR',
  'INDICATOR',
  'TARGET',
  'USER',
  'API_TOKEN',
  'SAVED_QUERY',
  'FINDING',
  'EXPLANATION',
] as const;
export type NotFoundSubject = (typeof NOT_FOUND_SUBJECTS)[number];

/** What a FORBIDDEN refused (`params.action`): the reporting cycle's actions and the other guarded ones. */
export const FORBIDDEN_ACTIONS = [...SUBMISSION_ACTIONS, 'CHANGE_DATA', 'MANAGE_USERS', 'REVIEW'] as const;
export type ForbiddenAction = (typeof FORBIDDEN_ACTIONS)[number];

/**
 * Each reason and the names of its parameters. `field` is the input path the API names ("input.email");
 * `role` a user role; `subject` a NOT_FOUND_SUBJECTS entry; `action` a FORBIDDEN_ACTIONS entry.
 */
export const API_ERROR_REASONS = {
  // Signing in and who may do what
  SIGN_IN_REQUIRED: [],
  WRONG_CREDENTIALS: [],
  WRONG_PASSWORD: [],
  /** A role that may never do the action. */
  ROLE_NOT_ALLOWED: ['role', 'action'],
  /** A planner acting on another commune's data. */
  NOT_YOUR_ORG_UNIT: ['orgUnitCode', 'action'],
  /** A reviewer acting for a unit that does not review this commune. */
  NOT_YOUR_REVIEW_UNIT: ['orgUnitCode', 'reviewerUnitCode'],
  SELF_LOCKOUT: [],
  // Something asked for that does not exist
  NOT_FOUND: ['subject', 'key'],
  UNKNOWN_ORG_UNIT: ['field', 'orgUnitCode'],
  NOT_A_COMMUNE: ['field', 'orgUnitCode'],
  // Input checks
  INVALID_VALUE: ['field'],
  TOO_SMALL: ['field', 'minimum'],
  TOO_BIG: ['field', 'maximum'],
  TOO_LONG: ['field', 'limit'],
  NUL_CHARACTER: ['field'],
  NOT_AN_ID: ['field'],
  INVALID_TARGET: ['count'],
  /** Two arguments of which exactly one must be given: both or neither were (`field` and `other` name them). */
  EXACTLY_ONE_OF: ['field', 'other'],
  /** An argument that means something only beside another, given without it. */
  ONLY_WITH: ['field', 'other'],
  BAD_CURSOR: ['field'],
  PAGE_SIZE: ['field', 'max'],
  FROM_AFTER_TO: ['from', 'to'],
  SERIES_TOO_LONG: ['max', 'asked'],
  TOO_MANY_CELLS: ['cells', 'max'],
  TOKEN_LIMIT: ['limit'],
  EMAIL_TAKEN: ['email'],
  EMPTY_FILE: ['field'],
  YEAR_OUTSIDE_PROGRAMME: ['year', 'startYear', 'endYear'],
  // Reading a report's document (@cchc/report-reader's REPORT_READ_ERRORS) and accepting what was read
  FILE_TOO_LARGE: ['bytes', 'maxBytes'],
  TOO_MANY_PAGES: ['pages', 'maxPages'],
  UNREADABLE_FILE: ['format'],
  NO_TEXT: [],
  NOT_PHU_LUC_I: ['rowsFound', 'rowsExpected'],
  NOT_PROPOSED: ['field', 'key'],
  DECIDED_TWICE: ['field', 'key'],
  CORRECTION_NEEDS_VALUE: ['field', 'key'],
  // The reporting cycle
  PROGRAMME_REQUIRED: ['field'],
  YEAR_REQUIRED: ['field'],
  APPROVED_LOCKED: ['status'],
  AWAITING_REVIEW: ['status'],
  INVALID_TRANSITION: ['action', 'status'],
  COMMENT_REQUIRED: ['action'],
  COMMENT_TOO_LONG: ['max'],
  QUESTION_COMMENT_REQUIRED: [],
  EXPLANATION_TEXT_REQUIRED: [],
  EXPLANATION_REQUIRED: ['count'],
  NO_KEYS: [],
  TOO_MANY_KEYS: ['max'],
  // Saved queries: a user's names are unique (`saved-query.ts`)
  SAVED_QUERY_NAME_BLANK: ['field'],
  SAVED_QUERY_NAME_TOO_LONG: ['field', 'max'],
  SAVED_QUERY_NAME_TAKEN: ['field', 'name'],
  // Concurrent changes
  CHANGED_MEANWHILE: ['status'],
  VERSION_CONFLICT: ['expectedVersion', 'currentVersion'],
  // Guards
  TOO_MANY_REQUESTS: ['retryAfterSeconds'],
} as const satisfies Record<string, readonly string[]>;
export type ApiErrorReason = keyof typeof API_ERROR_REASONS;

export type ApiErrorParams = Record<string, string | number | null>;
