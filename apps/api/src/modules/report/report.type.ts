import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Programme', { description: 'A five-year reform programme; code "2021-2025".' })
export class ProgrammeType {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  startYear!: number;

  @Field(() => Int)
  endYear!: number;
}

@ObjectType('LegalBasis')
export class LegalBasisType {
  @Field(() => String)
  kind!: string;

  @Field(() => String)
  number!: string;

  @Field(() => String)
  date!: string;

  @Field(() => String)
  issuer!: string;

  @Field(() => String)
  title!: string;
}

@ObjectType('Report', { description: "One commune's report for one programme." })
export class ReportType {
  @Field(() => ID)
  id!: number;

  @Field(() => String)
  title!: string;

  @Field(() => [String])
  addressees!: string[];

  @Field(() => [LegalBasisType])
  legalBases!: LegalBasisType[];

  @Field(() => String, { nullable: true })
  signedBy!: string | null;

  orgUnitCode!: string;
  programmeCode!: string;
}

@ObjectType('Section', { description: 'A node of the report: PHẦN I–IV, numbered subsections, PHỤ LỤC I, DANH MỤC.' })
export class SectionType {
  @Field(() => ID)
  id!: number;

  @Field(() => String, { description: 'The id of the section within its report ("II.6.4", "PL1").' })
  key!: string;

  @Field(() => String, { description: 'The number as printed: "PHẦN II", "6.4.", "PHỤ LỤC I".' })
  number!: string;

  @Field(() => String, { description: 'The title as printed (Vietnamese).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The title in English; null where no translation was given (show `title`).' })
  titleEn!: string | null;

  @Field(() => String, { description: "The section's own narrative text as in the source." })
  body!: string;

  @Field(() => Int)
  order!: number;

  reportId!: number;
  parentId!: number | null;
}
