// The observation table's columns as the GraphQL type names them, and the row mapper.
import { asBool, asNum, type Row } from '../../graphql/rows.js';
import type { ObservationType } from './observation.type.js';

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
