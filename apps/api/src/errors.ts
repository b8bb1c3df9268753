// GraphQL errors with the codes clients branch on. Anything else becomes INTERNAL_SERVER_ERROR without details.
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  // The reporting cycle: data submitted or approved refuses changes; a transition not possible from the status;
  // a submission whose error findings are not all explained.
  | 'LOCKED'
  | 'INVALID_TRANSITION'
  | 'EXPLANATION_REQUIRED';

export function appError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const badInput = (message: string, field?: string, extra: Record<string, unknown> = {}) =>
  appError('BAD_USER_INPUT', message, { ...(field ? { field } : {}), ...extra });
export const notFound = (what: string, key: string) => appError('NOT_FOUND', `${what} "${key}" does not exist`);
export const forbidden = (message: string) => appError('FORBIDDEN', message);
export const unauthenticated = () => appError('UNAUTHENTICATED', 'Sign in first (login, then send the bearer token)');
