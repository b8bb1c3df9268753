import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Period } from '@cchc/domain';

export const PERIOD_KINDS: Period['kind'][] = ['YEAR', 'SPAN', 'RANGE', 'AS_OF'];

/**
 * One figure. Deliberately flat (codes, not foreign keys): the national-scale load bulk-inserts millions of rows
 * into this table, and every read path filters on the indexed codes. On PostgreSQL both indexes also carry the
 * columns the hot reads return (INCLUDE, Migration20261130120000), for index-only scans; the decorators name the key
 * columns only, which is what both dialects share.
 */
@Entity({ tableName: 'observation' })
@Index({ name: 'observation_indicator_year_org_idx', properties: ['indicatorCode', 'year', 'orgUnitCode'] })
@Index({ name: 'observation_org_indicator_idx', properties: ['orgUnitCode', 'indicatorCode', 'endYear'] })
export class ObservationEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 64 })
  indicatorCode!: string;

  @Property({ type: 'string', length: 64 })
  orgUnitCode!: string;

  /** Domain periodKey(): "2024", "2021-2025", "2020-12-15..2025-04-15", "@2025-03". */
  @Property({ type: 'string', length: 40 })
  periodKey!: string;

  @Enum({ items: PERIOD_KINDS })
  periodKind!: Period['kind'];

  /** The calendar year for YEAR periods, null otherwise. */
  @Property({ type: 'integer', nullable: true })
  year: number | null = null;

  /** The last year the period covers (domain periodEndYear): what from/to filters compare. */
  @Property({ type: 'integer', nullable: true })
  endYear: number | null = null;

  /** Null where the source is blank: not reported, never 0. */
  @Property({ type: 'double', nullable: true })
  value: number | null = null;

  @Property({ type: 'text' })
  raw!: string;

  @Property({ type: 'integer', nullable: true })
  rankOf: number | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'integer', nullable: true })
  sourceSectionId: number | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  sourceTable: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  sourceRow: string | null = null;

  @Property({ type: 'text', nullable: true })
  sourceQuote: string | null = null;

  @Property({ type: 'boolean' })
  synthetic: boolean = false;

  @Property({ type: 'integer', nullable: true })
  reportId: number | null = null;

  /** The PHỤ LỤC I import that wrote this figure (appendix_import.id); null for figures of a report or the form. */
  @Property({ type: 'integer', nullable: true })
  importId: number | null = null;

  /** The row of the imported file the figure was read from (1 = the header row). */
  @Property({ type: 'integer', nullable: true })
  importRow: number | null = null;
}
