import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One committed PHỤ LỤC I import: who imported which file into which commune and when, and what it wrote. The
 * figures it wrote point here (observation.import_id, with the file's row in observation.import_row), so a figure's
 * source says "imported from <file>, row N, by <who> on <date>" in the reader's language.
 */
@Entity({ tableName: 'appendix_import' })
@Index({ name: 'appendix_import_org_unit_idx', properties: ['orgUnitCode', 'programmeCode', 'importedAt'] })
export class AppendixImportEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 64 })
  orgUnitCode!: string;

  @Property({ type: 'string', length: 20 })
  programmeCode!: string;

  /** The reporting year of a year's file; null for the whole programme. */
  @Property({ type: 'integer', nullable: true })
  year: number | null = null;

  /** CSV or XLSX. */
  @Property({ type: 'string', length: 8 })
  format!: string;

  /** The uploaded file's name as the browser gave it; null when not given. */
  @Property({ type: 'string', length: 255, nullable: true })
  fileName: string | null = null;

  @Property({ type: 'integer', nullable: true })
  importedByUserId: number | null = null;

  /** The importer's e-mail at the time (kept when the user is later removed). */
  @Property({ type: 'string', length: 200 })
  importedBy!: string;

  @Property({ type: 'datetime' })
  importedAt!: Date;

  /** Figures written with a value. */
  @Property({ type: 'integer' })
  valuesWritten!: number;

  /** Rows of the file left blank (kept blank: not reported, never 0). */
  @Property({ type: 'integer' })
  blanks!: number;
}
