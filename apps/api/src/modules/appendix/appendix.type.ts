import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';

@ObjectType('AppendixFile', { description: 'An exported PHỤ LỤC I, base64-encoded.' })
export class AppendixFileType {
  @Field(() => String)
  filename!: string;

  @Field(() => String)
  mimeType!: string;

  @Field(() => String)
  contentBase64!: string;
}

@ObjectType('ProblemParam', { description: 'One parameter of a problem code: clients word the code with these.' })
export class ProblemParamType {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  value!: string;
}

@ObjectType('AppendixProblem', { description: 'Why a row of an imported appendix was rejected (or is flagged).' })
export class AppendixProblemType {
  @Field(() => Int, { description: 'Row number in the file, 1 = the header row; 0 = the file as a whole.' })
  rowNumber!: number;

  @Field(() => String)
  column!: string;

  @Field(() => String, { description: 'The text as found in the cell.' })
  text!: string;

  @Field(() => String, {
    description:
      'The reason as a code (BAD_NUMBER, NAME_MISMATCH, COMPONENT_NAME, HEADER_WRONG, NOT_UTF8, …); clients word it in the reader\'s language with `params`.',
  })
  code!: string;

  @Field(() => [ProblemParamType])
  params!: ProblemParamType[];

  @Field(() => String, { description: 'The reason in English, for scripts and logs; readers get `code` and `params` worded.' })
  reason!: string;
}

export const AppendixChangeKindEnum = {
  NEW: 'NEW',
  CHANGED: 'CHANGED',
  UNCHANGED: 'UNCHANGED',
  BLANK: 'BLANK',
  CLEARED: 'CLEARED',
} as const;
export type ChangeKind = keyof typeof AppendixChangeKindEnum;
registerEnumType(
  AppendixChangeKindEnum,
  {
    name: 'AppendixChangeKind',
    description:
      'NEW: a value where none was held; CHANGED: a different value; UNCHANGED: the same; BLANK: blank in the file and not held; CLEARED: a held value the file leaves blank or omits (it will be removed).',
  },
);

@ObjectType('AppendixChange', { description: 'What an import does to one row: compared with the figures held now.' })
export class AppendixChangeType {
  @Field(() => String)
  indicatorCode!: string;

  @Field(() => String, { description: 'The row as the template names it.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'The row of the file; null for a held figure the file omits.' })
  rowNumber!: number | null;

  @Field(() => AppendixChangeKindEnum)
  kind!: ChangeKind;

  @Field(() => String, { nullable: true, description: 'The value held now, as written; null when none.' })
  oldRaw!: string | null;

  @Field(() => String, { nullable: true, description: 'The value in the file, as written; null when blank.' })
  newRaw!: string | null;

  @Field(() => String, { nullable: true, description: 'The note (Ghi chú) held now; null when none.' })
  oldNote!: string | null;

  @Field(() => String, { nullable: true, description: "The note (Ghi chú) in the file's row; null when blank or the row is not in the file." })
  newNote!: string | null;

  @Field(() => Boolean, { description: 'The import changes the note (a note written, changed or removed), whatever `kind` says of the value.' })
  noteChanged!: boolean;
}

@ObjectType('AppendixImport', { description: 'A committed PHỤ LỤC I import: who imported which file, when, and what it wrote.' })
export class AppendixImportType {
  @Field(() => Int)
  id!: number;

  @Field(() => String)
  orgUnitCode!: string;

  @Field(() => String)
  programmeCode!: string;

  @Field(() => Int, { nullable: true, description: 'The year of a year\'s file; null for the whole programme.' })
  year!: number | null;

  @Field(() => String)
  format!: string;

  @Field(() => String, { nullable: true })
  fileName!: string | null;

  @Field(() => String, { nullable: true, description: 'Who imported it (e-mail); null for readers who are not signed in.' })
  importedBy!: string | null;

  @Field(() => GraphQLISODateTime)
  importedAt!: Date;

  @Field(() => Int)
  valuesWritten!: number;

  @Field(() => Int)
  blanks!: number;
}

@ObjectType('AppendixImportResult', {
  description:
    'All or nothing: ok with the rows written, or not ok with every problem and nothing written. With dryRun, nothing is written: `changes` previews what a commit would do.',
})
export class AppendixImportResultType {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => Boolean, { description: 'True when nothing was written: the answer is a preview.' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Rows stored (values and blank rows kept blank); 0 for a preview or a refused file.' })
  rowsWritten!: number;

  @Field(() => Int, { description: 'Figures with a value the import writes (or, in a preview, would write).' })
  valuesWritten!: number;

  @Field(() => Int, { description: 'Rows the file leaves blank: kept blank ("not reported"), never counted as figures.' })
  blanks!: number;

  @Field(() => [AppendixChangeType], { description: 'Each row compared with the figures held now (empty for a refused file).' })
  changes!: AppendixChangeType[];

  @Field(() => AppendixImportType, { nullable: true, description: 'The import recorded by a commit.' })
  recorded!: AppendixImportType | null;

  @Field(() => [AppendixProblemType], { description: 'The first 100 problems, in file order (problemCount has them all).' })
  problems!: AppendixProblemType[];

  @Field(() => Int, { description: 'How many problems the file has in all.' })
  problemCount!: number;

  @Field(() => [AppendixProblemType], {
    description:
      'Values kept as written but flagged (an answer outside its legend, a percentage outside 0–100): they do not reject the file; validation reports them as findings. The first 100 (warningCount has them all).',
  })
  warnings!: AppendixProblemType[];

  @Field(() => Int)
  warningCount!: number;
}
