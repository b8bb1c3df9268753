// GraphQL types of the reporting cycle: submissions, their audit log, explanations of findings, a year's entry and
// the reviewer's queue.
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
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FindingType, LocalizedTextType } from '../analysis/analysis.type.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const SubmissionKindEnum = enumOf(SUBMISSION_KINDS);
export const SubmissionStatusEnum = enumOf(SUBMISSION_STATUSES);
export const ReviewActionEnum = enumOf(['APPROVE', 'RETURN', 'UNLOCK'] as const);
export type ReviewAction = keyof typeof ReviewActionEnum;
export const ExplanationKindEnum = enumOf(EXPLANATION_KINDS);
export const ExplanationReviewEnum = enumOf(EXPLANATION_REVIEWS);
export const ExplanationVerdictEnum = enumOf(['ACCEPTED', 'QUESTIONED'] as const);

registerEnumType(SubmissionKindEnum, { name: 'SubmissionKind', description: "YEAR_DATA: a commune's PHỤ LỤC I figures of one year; PLAN: its targets for a programme." });
registerEnumType(SubmissionStatusEnum, { name: 'SubmissionStatus', description: 'DRAFT → SUBMITTED → APPROVED | RETURNED; UNLOCK makes an approved one a draft again.' });
registerEnumType(ReviewActionEnum, { name: 'ReviewAction' });
registerEnumType(ExplanationKindEnum, { name: 'ExplanationKind', description: 'EXPLAINED: with a text; AS_IN_SOURCE: the figure is as in the source document.' });
registerEnumType(ExplanationReviewEnum, { name: 'ExplanationReview' });
registerEnumType(ExplanationVerdictEnum, { name: 'ExplanationVerdict' });

@InputType('SubmissionKeyInput', { description: 'YEAR_DATA needs year; PLAN needs programme ("2026-2030").' })
export class SubmissionKeyInput {
  @Field(() => SubmissionKindEnum)
  kind!: SubmissionKind;

  @Field(() => String)
  orgUnitCode!: string;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => String, { nullable: true })
  programme?: string | null;
}

@InputType('EntryCellInput', { description: 'One row of the year form: the text as typed ("98,37", "16.807"; "" = blank).' })
export class EntryCellInput {
  @Field(() => String)
  indicatorCode!: string;

  @Field(() => String)
  raw!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('SubmissionEvent', { description: 'One step in the audit log: who, when, what, why.' })
export class SubmissionEventType {
  @Field(() => String, { description: 'SAVE, IMPORT, TARGET, SUBMIT, APPROVE, RETURN, UNLOCK, EXPLAIN, AS_IN_SOURCE, ACCEPT, QUESTION.' })
  action!: string;

  @Field(() => SubmissionStatusEnum, { nullable: true })
  fromStatus!: string | null;

  @Field(() => SubmissionStatusEnum, { nullable: true })
  toStatus!: string | null;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { description: 'E-mail of the user.' })
  by!: string;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => String, { nullable: true, description: 'The finding an explanation or verdict is about.' })
  findingKey!: string | null;
}

@ObjectType('FindingExplanation', { description: "The commune's answer to a finding and the reviewer's verdict." })
export class FindingExplanationType {
  @Field(() => String)
  findingKey!: string;

  @Field(() => ExplanationKindEnum)
  kind!: ExplanationKind;

  @Field(() => String)
  text!: string;

  @Field(() => ExplanationReviewEnum)
  review!: ExplanationReview;

  @Field(() => String, { nullable: true })
  reviewComment!: string | null;

  @Field(() => String)
  explainedBy!: string;

  @Field(() => Date)
  explainedAt!: Date;

  @Field(() => String, { nullable: true })
  reviewedBy!: string | null;

  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;
}

@ObjectType('Submission', { description: "A commune's year of figures, or its plan, on its way to approval." })
export class SubmissionType {
  @Field(() => ID, { nullable: true, description: 'Null while nothing has been saved: a DRAFT.' })
  id!: number | null;

  @Field(() => SubmissionKindEnum)
  kind!: SubmissionKind;

  @Field(() => String)
  orgUnitCode!: string;

  @Field(() => Int, { description: 'The year of the figures; for a plan, the programme’s first year.' })
  year!: number;

  @Field(() => String, { nullable: true })
  programme!: string | null;

  @Field(() => SubmissionStatusEnum)
  status!: SubmissionStatus;

  @Field(() => Boolean, { description: 'True while the data may change (DRAFT or RETURNED).' })
  editable!: boolean;

  @Field(() => String, { nullable: true, description: 'The unit that reviews it: the district until mid-2025, the province since.' })
  reviewerUnitCode!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;

  @Field(() => String, { nullable: true })
  updatedBy!: string | null;
}

@ObjectType('EntryProblem', { description: 'A cell that cannot be stored; nothing was written.' })
export class EntryProblemType {
  @Field(() => String)
  indicatorCode!: string;

  @Field(() => String)
  raw!: string;

  @Field(() => String, { description: 'UNKNOWN_INDICATOR, NOT_A_FIGURE, BAD_NUMBER, TEXT_TOO_LONG, DUPLICATE.' })
  code!: string;

  @Field(() => LocalizedTextType)
  message!: LocalizedTextType;
}

@ObjectType('YearSaveResult')
export class YearSaveResultType {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => [EntryProblemType])
  problems!: EntryProblemType[];

  @Field(() => SubmissionType, { nullable: true, description: 'The submission after the save; null when refused.' })
  submission!: SubmissionType | null;
}

@ObjectType('YearEntryValue')
export class YearEntryValueType {
  @Field(() => String)
  indicatorCode!: string;

  @Field(() => String)
  raw!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('YearEntry', { description: "A commune's stored figures of one year with its submission." })
export class YearEntryType {
  @Field(() => String)
  orgUnitCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => [YearEntryValueType])
  values!: YearEntryValueType[];

  @Field(() => SubmissionType)
  submission!: SubmissionType;
}

@ObjectType('TargetStatusCounts', { description: 'How many of a commune’s targets are in each status.' })
export class TargetStatusCountsType {
  @Field(() => Int) achieved!: number;
  @Field(() => Int) onTrack!: number;
  @Field(() => Int) atRisk!: number;
  @Field(() => Int) offTrack!: number;
  @Field(() => Int) noData!: number;
}

@ObjectType('ReviewQueueItem', { description: 'One commune in a reviewer’s queue.' })
export class ReviewQueueItemType {
  @Field(() => SubmissionType)
  submission!: SubmissionType;

  @Field(() => Int)
  findingsCount!: number;

  @Field(() => Int)
  errorCount!: number;

  @Field(() => Int)
  explanationsCount!: number;

  @Field(() => SubmissionEventType, { nullable: true })
  lastChange!: SubmissionEventType | null;

  @Field(() => TargetStatusCountsType, { description: 'Its targets of the programme containing the year, by status.' })
  targetStatusCounts!: TargetStatusCountsType;
}

export { FindingType };

@ObjectType('EntryLegendEntry')
export class EntryLegendEntryType {
  @Field(() => Float) value!: number;
  @Field(() => String) label!: string;
}

@ObjectType('EntryComponent')
export class EntryComponentType {
  @Field(() => String) role!: string;
  @Field(() => String) code!: string;
}

@ObjectType('EntryTemplateRow', {
  description: 'A row of PHỤ LỤC I as the year form lays it out: the domain IndicatorDef, so the browser validates as the server does.',
})
export class EntryTemplateRowType {
  @Field(() => String) code!: string;
  @Field(() => String) codeAsWritten!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'The name in English; null where no translation was given (show `name`).' })
  nameEn!: string | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => String, { nullable: true, description: 'The unit in English; a unit without a translation as written.' })
  unitEn!: string | null;
  @Field(() => String) valueType!: string;
  @Field(() => String) direction!: string;
  @Field(() => String) area!: string;
  @Field(() => String, { nullable: true }) parentCode!: string | null;
  @Field(() => Boolean) isComponentRow!: boolean;
  @Field(() => [EntryLegendEntryType], { nullable: true }) legend!: EntryLegendEntryType[] | null;
  @Field(() => [EntryComponentType]) components!: EntryComponentType[];
  @Field(() => String) origin!: string;
  @Field(() => Int) order!: number;
  @Field(() => Boolean, { description: 'False for a heading ("1.", "1.2."): structure, not a figure.' }) takesFigure!: boolean;
}
