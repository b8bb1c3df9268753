import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { COMPARATORS, type Comparator } from '@cchc/domain';
import { IndicatorEntity } from '../indicator/indicator.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { ProgrammeEntity } from '../report/programme.entity.js';


@Entity({ tableName: 'target' })
@Index({ properties: ['orgUnit', 'programme'] })
export class TargetEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  /**
   * Optimistic lock, compared and bumped by a conditional UPDATE (… WHERE id = ? AND version = ?) so that exactly one
   * of several concurrent writers wins, across processes.
   */
  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'string', length: 64, nullable: true })
  code: string | null = null;

  @Property({ type: 'text' })
  text!: string;

  @Enum({ items: [...COMPARATORS] })
  comparator!: Comparator;

  @Property({ type: 'double' })
  value!: number;

  @Property({ type: 'string', length: 100 })
  unit!: string;

  @ManyToOne(() => IndicatorEntity, { fieldName: 'indicator_code' })
  indicator!: IndicatorEntity;

  @ManyToOne(() => OrgUnitEntity, { fieldName: 'org_unit_code' })
  orgUnit!: OrgUnitEntity;

  @ManyToOne(() => ProgrammeEntity, { fieldName: 'programme_code' })
  programme!: ProgrammeEntity;

  @Property({ type: 'integer', nullable: true })
  baselineYear: number | null = null;

  @Property({ type: 'double', nullable: true })
  baselineValue: number | null = null;

  /** The responsible department (Bộ phận thực hiện). */
  @Property({ type: 'string', length: 200, nullable: true })
  owner: string | null = null;

  @Property({ type: 'text', nullable: true })
  sourceQuote: string | null = null;
}

@Entity({ tableName: 'target_milestone' })
@Unique({ properties: ['target', 'year'] })
export class TargetMilestoneEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => TargetEntity, { deleteRule: 'cascade' })
  target!: TargetEntity;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'double' })
  value!: number;
}

/** One changed field of a target. Kept after the target is deleted, so the target id is a plain column. */
@Entity({ tableName: 'target_history' })
@Index({ properties: ['targetId', 'at'] })
export class TargetHistoryEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'integer' })
  targetId!: number;

  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ type: 'integer', nullable: true })
  byUserId: number | null = null;

  /** The user's e-mail at the time, or "seed" for the dataset load. */
  @Property({ type: 'string', length: 200 })
  by!: string;

  @Property({ type: 'string', length: 40 })
  field!: string;

  /** JSON text of the value before the change; null for a created field. */
  @Property({ type: 'text', nullable: true })
  before: string | null = null;

  @Property({ type: 'text', nullable: true })
  after: string | null = null;

  /** The version the target reached with this change. */
  @Property({ type: 'integer' })
  version!: number;
}
