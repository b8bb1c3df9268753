import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { ReportEntity } from '../report/report.entity.js';

@Entity({ tableName: 'programme_task' })
export class ProgrammeTaskEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => ReportEntity)
  report!: ReportEntity;

  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'string', length: 20, fieldName: 'task_group' })
  group!: string;

  @Property({ type: 'text' })
  groupTitle!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  department!: string;

  /** true = Hoàn thành, false = Không hoàn thành, null = not marked. */
  @Property({ type: 'boolean', nullable: true })
  completed: boolean | null = null;

  @Property({ type: 'text' })
  evidence!: string;

  @Property({ type: 'integer', nullable: true })
  sourceSectionId: number | null = null;

  @Property({ type: 'text', nullable: true })
  sourceQuote: string | null = null;
}
