// Reading the API's error codes (BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT) and field paths.
import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface ApiError {
  code: string | null;
  message: string;
  field: string | null;
  extensions: Record<string, unknown>;
}

function fieldOf(extensions: Record<string, unknown>): string | null {
  const candidate = extensions.field ?? extensions.fieldPath ?? extensions.path;
  if (typeof candidate === 'string') return candidate.replace(/^input\./, '');
  if (Array.isArray(candidate)) return candidate.filter((p) => p !== 'input').join('.');
  return null;
}

export function apiErrors(error: unknown): ApiError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const out: ApiError[] = [];
  for (const e of error.errors) {
    const extensions = (e.extensions ?? {}) as Record<string, unknown>;
    const code = typeof extensions.code === 'string' ? extensions.code : null;
    // Validation may report several fields at once.
    const many = extensions.fields ?? extensions.issues ?? extensions.errors;
    if (Array.isArray(many) && many.length > 0) {
      for (const item of many as Record<string, unknown>[]) {
        out.push({ code, message: String(item.message ?? e.message), field: fieldOf(item), extensions });
      }
    } else out.push({ code, message: e.message, field: fieldOf(extensions), extensions });
  }
  return out;
}

export function hasCode(error: unknown, code: string): boolean {
  return apiErrors(error).some((e) => e.code === code);
}
