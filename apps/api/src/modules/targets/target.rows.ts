// The target, target_milestone and target_history tables' columns as the GraphQL types name them, and the row mappers.
import { asDate, asJson, asNum, type Row } from '../../graphql/rows.js';
import type { TargetChangeType, TargetType, YearValueType } from './target.type.js';

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
