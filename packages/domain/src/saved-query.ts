// The name of an analyst's saved query: the one rule the explorer and the API share. A user's names are unique
// after this normalisation, so "Xếp hạng" and " Xếp  hạng " (or the same letters typed in another Unicode form) name
// the same query.

export const SAVED_QUERY_NAME_MAX_LENGTH = 200;

/** The name as stored: Unicode NFC, spaces collapsed, trimmed. */
export function normaliseSavedQueryName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export type SavedQueryNameProblem = { code: 'SAVED_QUERY_NAME_BLANK' } | { code: 'SAVED_QUERY_NAME_TOO_LONG'; max: number };

/** What is wrong with a name, or null when it can be saved. */
export function savedQueryNameProblem(text: string): SavedQueryNameProblem | null {
  const name = normaliseSavedQueryName(text);
  if (name === '') return { code: 'SAVED_QUERY_NAME_BLANK' };
  if (name.length > SAVED_QUERY_NAME_MAX_LENGTH) return { code: 'SAVED_QUERY_NAME_TOO_LONG', max: SAVED_QUERY_NAME_MAX_LENGTH };
  return null;
}

/** The saved query among `existing` that `text` would overwrite, if any. */
export function savedQueryNamed<T extends { name: string }>(existing: readonly T[], text: string): T | undefined {
  const name = normaliseSavedQueryName(text);
  return existing.find((q) => normaliseSavedQueryName(q.name) === name);
}
