import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import {
  EXPLANATION_KINDS,
  EXPLANATION_REVIEWS,
  SUBMISSION_KINDS,
  SUBMISSION_STATUSES,
  type ExplanationKind,
  type ExplanationReview,
  type SubmissionKind,
  type SubmissionStatus,
} from '@cchc/domain';

/**
 * A commune's figures of one year (YEAR_DATA) or its plan of targets for a programme (PLAN, keyed by the programme's
 * first year) on their way to approval. Flat codes like `observation`: the queue reads it by reviewer unit.
 */
@Entity({ tableName: 'submission' })
@Unique({ properties: ['kind', 'orgUnitCode', 'year'] })
@Index({ name: 'submission_reviewer_idx', properties: ['kind', 'year', 'reviewerUnitCode'] })
export class SubmissionEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Enum({ items: [...SUBMISSION_KINDS] })
  kind!: SubmissionKind;

  @Property({ type: 'string', length: 64 })
  orgUnitCode!: string;

  @Property({ type: 'integer' })
  year!: number;

  /** For a PLAN: the programme ("2026-2030"). */
  @Property({ type: 'string', length: 20, nullable: true })
  programmeCode: string | null = null;

  @Enum({ items: [...SUBMISSION_STATUSES] })
  status!: SubmissionStatus;

  /** The unit that reviews it (domain reviewingUnit at the data's date), kept so the queue is one indexed read. */
  @Property({ type: 'string', length: 64, nullable: true })
  reviewerUnitCode: string | null = null;

  /** Bumped by every change under a conditional UPDATE … WHERE status = ?, so a save cannot slip past an approval. */
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Property({ type: 'string', length: 200 })
  updatedBy!: string;
}

/** One step of a submission: a save, a transition, an explanation or its review — who, when, why. */
@Entity({ tableName: 'submission_event' })
@Index({ properties: ['submission', 'at'] })
export class SubmissionEventEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => SubmissionEntity, { deleteRule: 'cascade' })
  submission!: SubmissionEntity;

  /** SAVE, IMPORT, SUBMIT, APPROVE, RETURN, UNLOCK, EXPLAIN, ACCEPT, QUESTION. */
  @Property({ type: 'string', length: 40 })
  action!: string;

  @Property({ type: 'string', length: 20, nullable: true })
  fromStatus: string | null = null;

  @Property({ type: 'string', length: 20, nullable: true })
  toStatus: string | null = null;

  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ type: 'integer', nullable: true })
  byUserId: number | null = null;

  @Property({ type: 'string', length: 200 })
  by!: string;

  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @Property({ type: 'string', length: 400, nullable: true })
  findingKey: string | null = null;
}

/** The commune's answer to one finding of a submission, and the reviewer's verdict on it. */
@Entity({ tableName: 'finding_explanation' })
@Unique({ properties: ['submission', 'findingKey'] })
export class FindingExplanationEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => SubmissionEntity, { deleteRule: 'cascade' })
  submission!: SubmissionEntity;

  @Property({ type: 'string', length: 400 })
  findingKey!: string;

  @Enum({ items: [...EXPLANATION_KINDS] })
  kind!: ExplanationKind;

  @Property({ type: 'text' })
  text!: string;

  @Enum({ items: [...EXPLANATION_REVIEWS] })
  review!: ExplanationReview;

  @Property({ type: 'text', nullable: true })
  reviewComment: string | null = null;

  @Property({ type: 'string', length: 200 })
  explainedBy!: string;

  @Property({ type: 'datetime' })
  explainedAt!: Date;

  @Property({ type: 'string', length: 200, nullable: true })
  reviewedBy: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  reviewedAt: Date | null = null;
}
