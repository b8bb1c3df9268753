// Plain-row reads shared by the loaders and services: raw knex queries run through the EntityManager (so the ORM's
// query log sees them) and mapped to the GraphQL types' shapes. Both dialects: booleans may be 0/1, JSON may be text.
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Knex } from '@mikro-orm/knex';
import type { ProgrammeTaskType } from '../modules/task/programme-task.type.js';

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

export const TASK_COLUMNS = {
  id: 'id',
  number: 'number',
  group: 'task_group',
  groupTitle: 'group_title',
  title: 'title',
  department: 'department',
  completed: 'completed',
  evidence: 'evidence',
  sourceSectionId: 'source_section_id',
  sourceQuote: 'source_quote',
};
export function toTask(r: Row): ProgrammeTaskType {
  return {
    id: Number(r['id']),
    number: Number(r['number']),
    group: String(r['group']),
    groupTitle: String(r['groupTitle']),
    title: String(r['title']),
    department: String(r['department']),
    completed: r['completed'] === null || r['completed'] === undefined ? null : asBool(r['completed']),
    evidence: String(r['evidence']),
    source:
      r['sourceQuote'] !== null && r['sourceQuote'] !== undefined
        ? { quote: String(r['sourceQuote']), table: null, row: null, sectionId: asNum(r['sourceSectionId']) }
        : null,
  };
}
