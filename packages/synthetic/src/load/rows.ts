// The mapping from a generated row to the API's flat `observation` table (apps/api observation.entity.ts), shared by
// both loaders so SQLite and PostgreSQL receive the same columns.
import { searchKey, type OrgUnit } from '@cchc/domain';
import type { Plan, SyntheticRow } from '../generate.js';

/** Columns written for each synthetic row; the others (note, source section and row, report) stay null. */
export const OBSERVATION_COLUMNS = [
  'indicator_code',
  'org_unit_code',
  'period_key',
  'period_kind',
  'year',
  'value',
  'raw',
  'rank_of',
  'source_table',
  'synthetic',
] as const;

/** Marks the source of a synthetic figure: there is no report section or quote behind it. */
export const SYNTHETIC_SOURCE_TABLE = 'SYNTHETIC';

export const ORG_UNIT_COLUMNS = [
  'code',
  'name',
  'level',
  'kind',
  'parent_code',
  'valid_from',
  'valid_to',
  'successor_code',
  'search_name',
] as const;

export function orgUnitValues(u: OrgUnit): (string | null)[] {
  return [u.code, u.name, u.level, u.kind, u.parentCode, u.validFrom, u.validTo, u.successorCode, searchKey(u.name)];
}

export interface LoadProgress {
  /** Called every few thousand rows with the rows written so far. */
  (rowsWritten: number): void;
}

export interface LoadResult {
  rows: number;
  deleted: number;
  units: number;
  seconds: number;
  rowsPerSecond: number;
}

export interface Loader {
  load(plan: Plan, progress?: LoadProgress): Promise<LoadResult>;
  close(): Promise<void>;
}

/**
 * Real figures stay real: a commune that holds any real figure in the database (a seeded report, an imported
 * appendix, a year entered in the app) gets no synthetic row, whatever the generator planned for it.
 */
export function* withoutRealCommunes(rows: Iterable<SyntheticRow>, realCommunes: ReadonlySet<string>): Generator<SyntheticRow> {
  for (const row of rows) if (!realCommunes.has(row.orgUnitCode)) yield row;
}

export type { SyntheticRow };
