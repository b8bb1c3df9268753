// GraphQL errors with the codes clients branch on. Anything else becomes INTERNAL_SERVER_ERROR without details.
// The message is English for API users; the web app words `code`, `reason` and `params` in the reader's language
// (every code and reason is listed once in @cchc/domain's api-errors.ts).
import type { ApiErrorCode, ApiErrorParams, ApiErrorReason, ForbiddenAction, NotFoundSubject, UserRole } from '@cchc/domain';
import { GraphQLError } from 'graphql';

/** The codes a service throws (the others come from the server's guards and Apollo). */
export type ErrorCode = Extract<
  ApiErrorCode,
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'LOCKED' | 'INVALID_TRANSITION' | 'EXPLANATION_REQUIRED'
>;

/** Why, as a code the client words, with its parameters. */
export interface Why {
  reason: ApiErrorReason;
  params?: ApiErrorParams;
}

export function appError(code: ErrorCode, message: string, extensions: Record<string, unknown> & Partial<Why> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const badInput = (message: string, field?: string, extra: Record<string, unknown> & Partial<Why> = {}) =>
  appError('BAD_USER_INPUT', message, {
    ...(field ? { field } : {}),
    ...extra,
    ...(extra.reason ? { params: { ...(field ? { field } : {}), ...extra.params } } : {}),
  });

const SUBJECT_NAMES: Record<NotFoundSubject, string> = {
  ORG_UNIT: 'Org unit',
  PROGRAMME: 'Programme',
  PROGRAMME_OF_YEAR: 'Programme containing the year',
  INDICATOR: 'Indicator',
  TARGET: 'Target',
  USER: 'User',
  API_TOKEN: 'API token',
  SAVED_QUERY: 'Saved query',
  FINDING: 'Finding',
  EXPLANATION: 'Explanation of finding',
};

export const notFound = (subject: NotFoundSubject, key: string) =>
  appError('NOT_FOUND', `${SUBJECT_NAMES[subject]} "${key}" does not exist`, { reason: 'NOT_FOUND', params: { subject, key } });

/** A role that may never do the action. */
export const forbiddenRole = (role: UserRole, action: ForbiddenAction, message: string) =>
  appError('FORBIDDEN', message, { reason: 'ROLE_NOT_ALLOWED', params: { role, action } });

/** A user whose role may act, but not on this org unit. */
export const forbiddenUnit = (orgUnitCode: string, action: ForbiddenAction, message: string) =>
  appError('FORBIDDEN', message, { reason: 'NOT_YOUR_ORG_UNIT', params: { orgUnitCode, action } });

export const forbidden = (message: string, why: Why) => appError('FORBIDDEN', message, { ...why });

export const unauthenticated = () =>
  appError('UNAUTHENTICATED', 'Sign in first (login, then send the bearer token)', { reason: 'SIGN_IN_REQUIRED' });
