// Reading the API's error codes (BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT) and field paths.
import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface ApiError {
  code: string | null;
  message: string;
  /** The input path the error is about, as the API names it ("input.value", "input.milestones.0.year"), if any. */
  field: string | null;
  /** Everything else the error carries: e.g. the domain's field-coded `problems`, a document's `reason` and `params`. */
  extensions: Record<string, unknown>;
}

/**
 * One entry per problem: a BAD_USER_INPUT names its field in `extensions.field`, and an input that fails the API's
 * schema lists every problem in `extensions.issues` (`{ path, message }`, see apps/api/src/validation.ts).
 */
export function apiErrors(error: unknown): ApiError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const out: ApiError[] = [];
  for (const e of error.errors) {
    const extensions = (e.extensions ?? {}) as Record<string, unknown>;
    const code = typeof extensions.code === 'string' ? extensions.code : null;
    const issues = extensions.issues;
    if (Array.isArray(issues) && issues.length > 0) {
      for (const issue of issues as { path?: unknown; message?: unknown; reason?: unknown; params?: unknown }[]) {
        // Each problem says its own reason and parameters.
        const own = issue.reason === undefined ? extensions : { ...extensions, reason: issue.reason, params: issue.params };
        out.push({ code, message: String(issue.message ?? e.message), field: typeof issue.path === 'string' ? issue.path : null, extensions: own });
      }
    } else out.push({ code, message: e.message, field: typeof extensions.field === 'string' ? extensions.field : null, extensions });
  }
  return out;
}

export function hasCode(error: unknown, code: string): boolean {
  return apiErrors(error).some((e) => e.code === code);
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Parameters as the reader reads them: a role, an action, a subject or a status in the reader's language. */
function wordedParams(params: Record<string, unknown>, t: Translate): Record<string, unknown> {
  const out: Record<string, unknown> = { ...params };
  if (typeof params.role === 'string') out.role = t(`role.${params.role}`);
  if (typeof params.action === 'string') out.action = t(`apiError.action.${params.action}`);
  if (typeof params.subject === 'string') out.subject = t(`apiError.subject.${params.subject}`);
  if (typeof params.status === 'string') out.status = t(`submission.status.${params.status}`);
  return out;
}

/**
 * An API error in the reader's language, from its reason and parameters (or, without a reason, its code); the
 * server's English message only when the error carries neither (not one of @cchc/domain's API_ERROR_CODES).
 */
export function apiErrorText(error: ApiError, t: Translate, exists: (key: string) => boolean): string {
  const reason = typeof error.extensions.reason === 'string' ? error.extensions.reason : null;
  const params = (error.extensions.params ?? {}) as Record<string, unknown>;
  if (reason && exists(`apiError.reason.${reason}`)) return t(`apiError.reason.${reason}`, wordedParams(params, t));
  if (error.code && exists(`apiError.code.${error.code}`)) return t(`apiError.code.${error.code}`);
  return error.message;
}
