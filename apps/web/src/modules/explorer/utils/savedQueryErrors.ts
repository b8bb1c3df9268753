// The saved-query refusals the API sends as codes (extensions.reason), worded in the reader's language.
import { CombinedGraphQLErrors } from '@apollo/client/errors';

export type SavedQueryRefusal =
  | { reason: 'SAVED_QUERY_NAME_TAKEN'; name: string }
  | { reason: 'SAVED_QUERY_NAME_BLANK' }
  | { reason: 'SAVED_QUERY_NAME_TOO_LONG'; max: number };

/** The first saved-query refusal in a failed request, or null for any other error. */
export function savedQueryRefusal(error: unknown): SavedQueryRefusal | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const e of error.errors) {
    const ext = (e.extensions ?? {}) as Record<string, unknown>;
    if (ext['reason'] === 'SAVED_QUERY_NAME_TAKEN') return { reason: 'SAVED_QUERY_NAME_TAKEN', name: String(ext['name'] ?? '') };
    if (ext['reason'] === 'SAVED_QUERY_NAME_BLANK') return { reason: 'SAVED_QUERY_NAME_BLANK' };
    if (ext['reason'] === 'SAVED_QUERY_NAME_TOO_LONG') return { reason: 'SAVED_QUERY_NAME_TOO_LONG', max: Number(ext['max']) };
  }
  return null;
}
