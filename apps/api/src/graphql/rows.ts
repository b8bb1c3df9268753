// Plain-row reads shared by the loaders and services: raw knex queries run through the EntityManager (so the ORM's
// query log sees them) and mapped to the GraphQL types' shapes. Both dialects: booleans may be 0/1, JSON may be text.
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Knex } from '@mikro-orm/knex';
import type { TargetType, TargetChangeType, YearValueType } from '../modules/target/target.type.js';
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

export const TARGET_COLUMNS = {
  id: 'id',
  version: 'version',
  code: 'code',
  text: 'text',
  comparator: 'comparator',
  value: 'value',
  unit: 'unit',
  indicatorCode: 'indicator_code',
  orgUnitCode: 'org_unit_code',
  programme: 'programme_code',
  baselineYear: 'baseline_year',
  baselineValue: 'baseline_value',
  owner: 'owner',
};
export function toTarget(r: Row): TargetType {
  const baselineYear = asNum(r['baselineYear']);
  const baselineValue = asNum(r['baselineValue']);
  return {
    id: Number(r['id']),
    version: Number(r['version']),
    code: (r['code'] as string | null) ?? null,
    text: String(r['text']),
    comparator: r['comparator'] as TargetType['comparator'],
    value: Number(r['value']),
    unit: String(r['unit']),
    indicatorCode: String(r['indicatorCode']),
    orgUnitCode: String(r['orgUnitCode']),
    programme: String(r['programme']),
    baseline: baselineYear !== null && baselineValue !== null ? { year: baselineYear, value: baselineValue } : null,
    owner: (r['owner'] as string | null) ?? null,
  };
}

export const toYearValue = (r: Row): YearValueType => ({ year: Number(r['year']), value: Number(r['value']) });

export const HISTORY_COLUMNS = {
  targetId: 'target_id',
  at: 'at',
  by: 'by',
  field: 'field',
  before: 'before',
  after: 'after',
  version: 'version',
};
export const toChange = (r: Row): TargetChangeType => ({
  at: asDate(r['at']),
  by: String(r['by']),
  field: String(r['field']),
  before: (r['before'] as string | null) ?? null,
  after: (r['after'] as string | null) ?? null,
  version: Number(r['version']),
});

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
