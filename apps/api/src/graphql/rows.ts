// Plain-row reads shared by the loaders and services: raw knex queries run through the EntityManager (so the ORM's
// query log sees them) and mapped to the GraphQL types' shapes. Both dialects: booleans may be 0/1, JSON may be text.
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Knex } from '@mikro-orm/knex';
import type { IndicatorType, IndicatorComponentType } from '../modules/indicator/indicator.type.js';
import type { ObservationType } from '../modules/observation/observation.type.js';
import type { OrgUnitType } from '../modules/org-unit/org-unit.type.js';
import type { ReportType, SectionType, ProgrammeType } from '../modules/report/report.type.js';
import type { TargetType, TargetChangeType, YearValueType } from '../modules/target/target.type.js';
import type { ProgrammeTaskType } from '../modules/task/programme-task.type.js';

type Row = Record<string, unknown>;

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

export const ORG_UNIT_COLUMNS = {
  code: 'code',
  name: 'name',
  level: 'level',
  kind: 'kind',
  validFrom: 'valid_from',
  validTo: 'valid_to',
  parentCode: 'parent_code',
  successorCode: 'successor_code',
};
export const toOrgUnit = (r: Row): OrgUnitType => r as unknown as OrgUnitType;

export const INDICATOR_COLUMNS = {
  code: 'code',
  codeAsWritten: 'code_as_written',
  name: 'name',
  unit: 'unit',
  valueType: 'value_type',
  direction: 'direction',
  area: 'area',
  parentCode: 'parent_code',
  isComponentRow: 'is_component_row',
  legend: 'legend',
  origin: 'origin',
  order: 'sort_order',
};
export const toIndicator = (r: Row): IndicatorType =>
  ({ ...r, isComponentRow: asBool(r['isComponentRow']), legend: asJson(r['legend']), order: Number(r['order']) }) as IndicatorType;

export const COMPONENT_COLUMNS = {
  indicatorCode: 'indicator_code',
  componentCode: 'component_code',
  role: 'role',
  order: 'sort_order',
};
export const toComponent = (r: Row): IndicatorComponentType => r as unknown as IndicatorComponentType;

export const OBSERVATION_COLUMNS = {
  id: 'id',
  indicatorCode: 'indicator_code',
  orgUnitCode: 'org_unit_code',
  periodKey: 'period_key',
  periodKind: 'period_kind',
  year: 'year',
  value: 'value',
  raw: 'raw',
  rankOf: 'rank_of',
  note: 'note',
  sourceSectionId: 'source_section_id',
  sourceTable: 'source_table',
  sourceRow: 'source_row',
  sourceQuote: 'source_quote',
  synthetic: 'synthetic',
};
export const toObservation = (r: Row): ObservationType =>
  ({
    ...r,
    id: Number(r['id']),
    value: asNum(r['value']),
    year: asNum(r['year']),
    rankOf: asNum(r['rankOf']),
    sourceSectionId: asNum(r['sourceSectionId']),
    synthetic: asBool(r['synthetic']),
  }) as ObservationType;

export const SECTION_COLUMNS = {
  id: 'id',
  key: 'key',
  number: 'number',
  title: 'title',
  body: 'body',
  order: 'sort_order',
  reportId: 'report_id',
  parentId: 'parent_id',
};
export const toSection = (r: Row): SectionType =>
  ({ ...r, id: Number(r['id']), reportId: Number(r['reportId']), parentId: asNum(r['parentId']), order: Number(r['order']) }) as SectionType;

export const REPORT_COLUMNS = {
  id: 'id',
  title: 'title',
  header: 'header',
  orgUnitCode: 'org_unit_code',
  programmeCode: 'programme_code',
};
export function toReport(r: Row): ReportType {
  const header = asJson<{ addressees?: string[]; legalBases?: ReportType['legalBases']; signedBy?: string | null }>(
    r['header'],
  );
  return {
    id: Number(r['id']),
    title: String(r['title']),
    addressees: header?.addressees ?? [],
    legalBases: header?.legalBases ?? [],
    signedBy: header?.signedBy ?? null,
    orgUnitCode: String(r['orgUnitCode']),
    programmeCode: String(r['programmeCode']),
  };
}

export const PROGRAMME_COLUMNS = { code: 'code', name: 'name', startYear: 'start_year', endYear: 'end_year' };
export const toProgramme = (r: Row): ProgrammeType =>
  ({ ...r, startYear: Number(r['startYear']), endYear: Number(r['endYear']) }) as ProgrammeType;

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

/** target_history as h, left-joined to app_user as u: who made a change is described by their current role and unit. */
export const HISTORY_COLUMNS = {
  targetId: 'h.target_id',
  at: 'h.at',
  by: 'h.by',
  byUserId: 'h.by_user_id',
  byName: 'u.name',
  byRole: 'u.role',
  byOrgUnitCodes: 'u.org_unit_codes',
  field: 'h.field',
  before: 'h.before',
  after: 'h.after',
  version: 'h.version',
};
export const toChange = (r: Row): TargetChangeType => ({
  at: asDate(r['at']),
  by: String(r['by']),
  byUserId: asNum(r['byUserId']),
  byName: (r['byName'] as string | null) ?? null,
  byRole: (r['byRole'] as TargetChangeType['byRole']) ?? null,
  byOrgUnitCode: asJson<string[]>(r['byOrgUnitCodes'])?.[0] ?? null,
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
