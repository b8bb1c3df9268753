// GraphQL shapes of a report document's reading: proposals with their source lines, and the reviewer's decisions.
import { PROPOSAL_ISSUES } from '@cchc/report-reader';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ComparatorEnum } from '../../graphql/enums.js';

function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const ReportDocumentFormatEnum = enumOf(['PDF', 'DOCX', 'TEXT'] as const);
export const ProposalConfidenceEnum = enumOf(['HIGH', 'MEDIUM', 'LOW'] as const);
export const ProposalIssueEnum = enumOf(PROPOSAL_ISSUES);
export const ProposalDecisionEnum = enumOf(['ACCEPT', 'CORRECT', 'REJECT'] as const);

registerEnumType(ReportDocumentFormatEnum, {
  name: 'ReportDocumentFormat',
  description: 'PDF with a text layer, Word (DOCX), or text pasted from the report (UTF-8).',
});
registerEnumType(ProposalConfidenceEnum, {
  name: 'ProposalConfidence',
  description: 'HIGH only when the row, its unit and its number are unambiguous.',
});
registerEnumType(ProposalIssueEnum, { name: 'ProposalIssue', description: 'Why a proposal is not HIGH.' });
registerEnumType(ProposalDecisionEnum, {
  name: 'ProposalDecision',
  description: 'ACCEPT the value as read, CORRECT it (raw says the value), or REJECT it (the row stays not reported).',
});

@ObjectType('SourceQuote', { description: 'The exact text a proposal was read from and its 1-based line numbers.' })
export class SourceQuoteType {
  @Field(() => [Int])
  lines!: number[];

  @Field(() => String)
  text!: string;
}

@ObjectType('AppendixRowProposal', { description: 'A PHỤ LỤC I row as read from the document.' })
export class AppendixRowProposalType {
  @Field(() => String)
  code!: string;

  @Field(() => String, { description: "The template's name of the row." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The template's unit." })
  unit!: string | null;

  @Field(() => String, { nullable: true })
  unitAsWritten!: string | null;

  @Field(() => String, { description: 'The value cell as written; "" when blank.' })
  raw!: string;

  @Field(() => Float, { nullable: true, description: 'null when blank (not reported) or unreadable.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'false: raw does not read as a Vietnamese number (never guessed).' })
  readable!: boolean;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => ProposalConfidenceEnum)
  confidence!: string;

  @Field(() => [ProposalIssueEnum])
  issues!: string[];

  @Field(() => SourceQuoteType)
  source!: SourceQuoteType;
}

@ObjectType('SeriesPointProposal', { description: 'A point of a yearly series stated in the narrative.' })
export class SeriesPointProposalType {
  @Field(() => String, { nullable: true, description: 'The narrative indicator ("N.PAR.SCORE"), null if unrecognised.' })
  indicatorCode!: string | null;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String)
  raw!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Boolean)
  readable!: boolean;

  @Field(() => Int, { nullable: true, description: 'For a rank "k/N": N.' })
  rankOf!: number | null;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => ProposalConfidenceEnum)
  confidence!: string;

  @Field(() => SourceQuoteType)
  source!: SourceQuoteType;
}

@ObjectType('TaskProposal', { description: 'A programme task of the DANH MỤC as read from the document.' })
export class TaskProposalType {
  @Field(() => Int)
  number!: number;

  @Field(() => String)
  group!: string;

  @Field(() => String)
  groupTitle!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  department!: string | null;

  @Field(() => Boolean, { nullable: true })
  completed!: boolean | null;

  @Field(() => String)
  evidence!: string;

  @Field(() => ProposalConfidenceEnum)
  confidence!: string;

  @Field(() => SourceQuoteType)
  source!: SourceQuoteType;
}

@ObjectType('TargetProposal', { description: 'A target for the next programme as read from the document.' })
export class TargetProposalType {
  @Field(() => Int)
  number!: number;

  @Field(() => String)
  text!: string;

  @Field(() => ComparatorEnum)
  comparator!: string;

  @Field(() => String)
  raw!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => ProposalConfidenceEnum)
  confidence!: string;

  @Field(() => SourceQuoteType)
  source!: SourceQuoteType;
}

@ObjectType('ReportReading', { description: "Everything read from a commune's report document, for review." })
export class ReportReadingType {
  @Field(() => Int, { nullable: true, description: 'Pages of a PDF; null for DOCX and text.' })
  pages!: number | null;

  @Field(() => [String], { description: "The document's text, line by line (line n is lines[n - 1])." })
  lines!: string[];

  @Field(() => [AppendixRowProposalType], { description: 'In template order.' })
  appendix!: AppendixRowProposalType[];

  @Field(() => [String], { description: 'Template rows (headings aside) not found in the document.' })
  missingRows!: string[];

  @Field(() => [SeriesPointProposalType])
  series!: SeriesPointProposalType[];

  @Field(() => [TaskProposalType])
  tasks!: TaskProposalType[];

  @Field(() => [TargetProposalType])
  targets!: TargetProposalType[];
}

@InputType('ProposalDecisionInput', { description: "A reviewer's decision on one PHỤ LỤC I row proposal." })
export class ProposalDecisionInput {
  @Field(() => String)
  code!: string;

  @Field(() => ProposalDecisionEnum)
  decision!: 'ACCEPT' | 'CORRECT' | 'REJECT';

  @Field(() => String, { nullable: true, description: 'For CORRECT: the value as it should read ("98,37"); "" = blank.' })
  raw?: string | null;

  @Field(() => String, { nullable: true, description: 'For CORRECT: the note; omitted = the note as read.' })
  note?: string | null;
}
