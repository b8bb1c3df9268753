// Plain-row reads: raw knex queries run through the EntityManager (so the ORM's query log sees them), and the value
// readers every module's row mappers (modules/<module>/<module>.rows.ts) share. Both dialects: booleans may be 0/1,
// JSON may be text.
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Knex } from '@mikro-orm/knex';

export type Row = Record<string, unknown>;

export function asBool(v: unknown): boolean {
  return v === true || v === 1 || v === '1' || v === 't';
}
export function asJson<T>(v: unknown): T | null {
  if (v === null || v === undefined) return null;
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}
export function asNum(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}
export function asDate(v: unknown): Date {
  return v instanceof Date ? v : new Date(typeof v === 'number' ? v : String(v));
}

export async function rows(em: SqlEntityManager, qb: Knex.QueryBuilder | Knex.Raw): Promise<Row[]> {
  return (await em.execute(qb)) as Row[];
}
