// Input validation at the GraphQL boundary: a zod failure becomes BAD_USER_INPUT naming the field path.
import type { z } from 'zod';
import { badInput } from './errors.js';

export function parseArgs<S extends z.ZodType>(schema: S, value: unknown, prefix: string[] = []): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: [...prefix, ...i.path.map(String)].join('.'), message: i.message }));
  const first = issues[0]!;
  throw badInput(
    issues.map((i) => `${i.path || '(input)'}: ${i.message}`).join('; '),
    first.path,
    { issues },
  );
}
