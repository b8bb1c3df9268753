import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('AppendixFile', { description: 'An exported PHỤ LỤC I, base64-encoded.' })
export class AppendixFileType {
  @Field(() => String)
  filename!: string;

  @Field(() => String)
  mimeType!: string;

  @Field(() => String)
  contentBase64!: string;
}

@ObjectType('AppendixProblem', { description: 'Why a row of an imported appendix was rejected.' })
export class AppendixProblemType {
  @Field(() => Int, { description: 'Row number in the file, 1 = the header row.' })
  rowNumber!: number;

  @Field(() => String)
  column!: string;

  @Field(() => String, { description: 'The text as found in the cell.' })
  text!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType('AppendixImportResult', {
  description: 'All or nothing: ok with the rows written, or not ok with every problem and nothing written.',
})
export class AppendixImportResultType {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => Int)
  rowsWritten!: number;

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
