// Words what the server sends as codes and parameters (an import problem, a refusal) in the reader's language.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

export interface CodedProblem {
  code: string;
  params: readonly { name: string; value: string }[];
  /** The server's English, shown only for a code this client does not know yet. */
  reason: string;
}

export function wordProblem(t: TFunction, problem: CodedProblem): string {
  const params: Record<string, string> = Object.fromEntries(problem.params.map((p) => [p.name, p.value]));
  const key = `importer.problem.${problem.code}`;
  if (problem.code === 'BAD_NUMBER') {
    const why = t(`importer.numberReason.${params['reason'] ?? ''}`, { defaultValue: '' });
    return t(key, { ...params, why: why || problem.reason, interpolation: { escapeValue: false } });
  }
  return t(key, { ...params, defaultValue: problem.reason, interpolation: { escapeValue: false } });
}

/** A refused import request (the lock, another commune's data) worded; null when it is not one of these. */
export function wordImportError(t: TFunction, error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  const ext = (first?.extensions ?? {}) as Record<string, unknown>;
  const code = String(ext['code'] ?? '');
  if (code === 'LOCKED') return t(ext['status'] === 'SUBMITTED' ? 'importer.error.AWAITING_REVIEW' : 'importer.error.LOCKED');
  if (code === 'FORBIDDEN') return t('importer.error.FORBIDDEN');
  if (code === 'UNAUTHENTICATED') return t('importer.error.UNAUTHENTICATED');
  if (code === 'BAD_USER_INPUT' && ext['reason'] === 'YEAR_OUTSIDE_PROGRAMME') {
    const params = (ext['params'] ?? {}) as Record<string, unknown>;
    return t('importer.error.YEAR_OUTSIDE_PROGRAMME', { year: params['year'], from: params['startYear'], to: params['endYear'] });
  }
  return null;
}
