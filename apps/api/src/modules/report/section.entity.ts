import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { IndicatorEntity } from '../indicator/indicator.entity.js';
import { ReportEntity } from './report.entity.js';

@Entity({ tableName: 'section' })
@Unique({ properties: ['report', 'key'] })
export class SectionEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => ReportEntity)
  report!: ReportEntity;

  /** The dataset's id of the section within its report ("II.6.4", "PL1"). */
  @Property({ type: 'string', length: 40 })
  key!: string;

  @ManyToOne(() => SectionEntity, { nullable: true })
  parent: SectionEntity | null = null;

  @Property({ type: 'string', length: 40 })
  number!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  titleEn: string | null = null;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'integer', fieldName: 'sort_order' })
  order!: number;
}

@Entity({ tableName: 'section_indicator' })
@Unique({ properties: ['section', 'indicator'] })
export class SectionIndicatorEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => SectionEntity)
  section!: SectionEntity;

  @ManyToOne(() => IndicatorEntity, { fieldName: 'indicator_code' })
  indicator!: IndicatorEntity;
}
