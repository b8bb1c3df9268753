import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Severity } from '@cchc/domain';
import { SeverityEnum } from '../../graphql/enums.js';
import { PageInfoType } from '../indicator/indicator.type.js';
import { YearOverYearType } from '../observation/observation.type.js';

@ObjectType('CompareCell', { description: 'One indicator × org unit × year, with the change from the year before.' })
export class CompareCellType {
  @Field(() => String)
  indicatorCode!: string;

  @Field(() => String)
  orgUnitCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, { nullable: true, description: 'As written; null when nothing was reported.' })
  raw!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Generated data, never a reported figure; null for a blank cell.' })
  synthetic!: boolean | null;

  @Field(() => Float, { nullable: true })
  previousValue!: number | null;

  @Field(() => YearOverYearType, { description: 'From year − 1 to year.' })
  change!: YearOverYearType;
}

@ObjectType('RankingEntry', { description: 'One unit of the ranked set: ties share a rank; missing values are last and unranked.' })
export class RankingEntryType {
  @Field(() => String)
  orgUnitCode!: string;

  @Field(() => Int, { nullable: true })
  rank!: number | null;

  @Field(() => Int, { description: 'The number of units with a value.' })
  of!: number;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, { nullable: true })
  raw!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Generated data, never a reported figure; null for a unit without a value.' })
  synthetic!: boolean | null;
}

@ObjectType('RankingPage', { description: 'A page of a ranking with the size of the whole ranked set.' })
export class RankingPageType {
  @Field(() => [RankingEntryType])
  entries!: RankingEntryType[];

  @Field(() => Int, { description: 'Units in the ranked set (every page together), with or without a value.' })
  totalCount!: number;

  @Field(() => Int, { description: 'Units with a value: the `of` of every entry.' })
  rankedCount!: number;

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}

@ObjectType('FindingValue')
export class FindingValueType {
  @Field(() => String)
  label!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, { nullable: true })
  raw!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The report section the value was read in ("II.2.2"), the key of its section page, when the label names a place.',
  })
  sectionKey!: string | null;
}

@ObjectType('LocalizedText')
export class LocalizedTextType {
  @Field(() => String)
  vi!: string;

  @Field(() => String)
  en!: string;
}

@ObjectType('Finding', { description: 'A validation finding of the domain rules.' })
export class FindingType {
  @Field(() => String)
  rule!: string;

  @Field(() => SeverityEnum)
  severity!: Severity;

  @Field(() => [String])
  indicatorCodes!: string[];

  @Field(() => String)
  orgUnitCode!: string;

  @Field(() => String, { nullable: true })
  period!: string | null;

  @Field(() => [FindingValueType])
  values!: FindingValueType[];

  @Field(() => LocalizedTextType)
  message!: LocalizedTextType;
}
