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
      for (const issue of issues as { path?: unknown; message?: unknown }[]) {
        out.push({ code, message: String(issue.message ?? e.message), field: typeof issue.path === 'string' ? issue.path : null, extensions });
      }
    } else out.push({ code, message: e.message, field: typeof extensions.field === 'string' ? extensions.field : null, extensions });
  }
  return out;
}

export function hasCode(error: unknown, code: string): boolean {
  return apiErrors(error).some((e) => e.code === code);
}
