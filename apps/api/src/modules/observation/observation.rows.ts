// The observation table's columns as the GraphQL type names them, and the row mapper.
import { parsePeriodKey, type Observation } from '@cchc/domain';
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
  importId: 'import_id',
  importRow: 'import_row',
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
    importId: asNum(r['importId']),
    importRow: asNum(r['importRow']),
  }) as ObservationType;

/** A row as the domain's Observation (for validation), its source section named by key through `sectionKey`. */
export function toObservationFact(r: Row, sectionKey: (sectionId: number) => string | undefined): Observation {
  const sourceSectionId = asNum(r['sourceSectionId']);
  const table = r['sourceTable'] as string | null;
  const row = r['sourceRow'] as string | null;
  return {
    indicatorCode: r['indicatorCode'] as string,
    orgUnitCode: r['orgUnitCode'] as string,
    period: parsePeriodKey(r['periodKey'] as string),
    value: asNum(r['value']),
    raw: r['raw'] as string,
    rankOf: asNum(r['rankOf']),
    note: r['note'] as string | null,
    source: {
      sectionId: sourceSectionId === null ? '' : (sectionKey(sourceSectionId) ?? ''),
      ...(table ? { table } : {}),
      ...(row ? { row } : {}),
      quote: (r['sourceQuote'] as string | null) ?? '',
    },
    synthetic: asBool(r['synthetic']),
  };
}
