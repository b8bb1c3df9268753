// Input validation at the GraphQL boundary: a zod failure becomes BAD_USER_INPUT naming the field path.
import type { z } from 'zod';
import { badInput, type Why } from './errors.js';

export function parseArgs<S extends z.ZodType>(schema: S, value: unknown, prefix: string[] = []): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => {
    const path = [...prefix, ...i.path.map(String)].join('.');
    return { path, message: i.message, ...issueReason(i, path) };
  });
  const first = issues[0]!;
  throw badInput(
    issues.map((i) => `${i.path || '(input)'}: ${i.message}`).join('; '),
    first.path,
    { issues, reason: first.reason, params: first.params },
  );
}

/** A zod issue as a reason the client words (zod's own message stays English, for API users). */
function issueReason(issue: z.core.$ZodIssue, field: string): Why {
  if (issue.code === 'too_big') {
    return { reason: issue.origin === 'string' ? 'TOO_LONG' : 'TOO_BIG', params: { field, limit: Number(issue.maximum), maximum: Number(issue.maximum) } };
  }
  if (issue.code === 'too_small') return { reason: 'TOO_SMALL', params: { field, minimum: Number(issue.minimum) } };
  return { reason: 'INVALID_VALUE', params: { field } };
}

/** A numeric ID as GraphQL sends it: digits only ("1e3", " 1", "1.0", "0x1" are refused, not read as 1000 or 1). */
export function parseId(id: string, field = 'id'): number {
  if (!/^[1-9][0-9]{0,14}$/.test(id)) throw badInput(`${field}: "${id.slice(0, 40)}" is not an id (digits only)`, field, { reason: 'NOT_AN_ID' });
  return Number(id);
}
