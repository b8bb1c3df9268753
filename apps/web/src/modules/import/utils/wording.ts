// Words an import problem, which the server sends as a code and parameters, in the reader's language. A refused
// request (the lock, another commune, a year outside the programme) is an API error, worded by apiErrorText like any other.
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
