import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import type { Period, Trend } from '@cchc/domain';
import { PeriodKindEnum, TrendEnum } from '../../graphql/enums.js';

@ObjectType('Period', { description: 'When a figure holds: a year, a programme span, a date range or a date.' })
export class PeriodType {
  @Field(() => String, { description: 'Stable key: "2024", "2021-2025", "2020-12-15..2025-04-15", "@2025-03".' })
  key!: string;

  @Field(() => PeriodKindEnum)
  kind!: Period['kind'];

  @Field(() => String, { description: 'Vietnamese label as shown to readers ("Năm 2024", "2021–2025").' })
  label!: string;

  @Field(() => String, { description: 'English label.' })
  labelEn!: string;

  @Field(() => Int, { nullable: true, description: 'The calendar year for a YEAR period, else null.' })
  year!: number | null;
}

@ObjectType('ImportedSource', { description: 'A figure imported from a PHỤ LỤC I file: structured, worded by the client.' })
export class ImportedSourceType {
  @Field(() => String, { description: 'CSV or XLSX.' })
  format!: string;

  @Field(() => String, { nullable: true })
  fileName!: string | null;

  @Field(() => Int, { nullable: true, description: 'The row of the file, 1 = the header row.' })
  rowNumber!: number | null;

  @Field(() => Int, { nullable: true, description: "A year's file: its year; null for the whole programme." })
  year!: number | null;

  @Field(() => GraphQLISODateTime)
  importedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who imported it; null for readers who are not signed in.' })
  importedBy!: string | null;
}

@ObjectType('Source', { description: 'Where a value was read in the report.' })
export class SourceType {
  @Field(() => String, { description: 'A verbatim excerpt of the report containing the value as written.' })
  quote!: string;

  @Field(() => String, { nullable: true })
  table!: string | null;

  @Field(() => String, { nullable: true })
  row!: string | null;

  sectionId!: number | null;
  /** The PHỤ LỤC I import that wrote the figure, and its row of the file (resolved to `imported`). */
  importId?: number | null;
  importRow?: number | null;
}

@ObjectType('Observation', { description: 'One figure of one indicator for one org unit and period.' })
export class ObservationType {
  @Field(() => ID)
  id!: number;

  @Field(() => String)
  indicatorCode!: string;

  @Field(() => String)
  orgUnitCode!: string;

  @Field(() => Float, { nullable: true, description: 'Null where the source is blank (not reported, never 0).' })
  value!: number | null;

  @Field(() => String, { description: 'The text as written ("80,5", "16.807", "5/23", "" for a blank cell).' })
  raw!: string;

  @Field(() => Int, { nullable: true, description: 'For a rank: the N of "k of N".' })
  rankOf!: number | null;

  @Field(() => String, { nullable: true, description: 'The Ghi chú column.' })
  note!: string | null;

  @Field(() => Boolean, { description: 'Generated data; a real report figure is never synthetic.' })
  synthetic!: boolean;

  periodKey!: string;
  periodKind!: Period['kind'];
  year!: number | null;
  sourceSectionId!: number | null;
  sourceTable!: string | null;
  sourceRow!: string | null;
  sourceQuote!: string | null;
  importId!: number | null;
  importRow!: number | null;
}

@ObjectType('YearOverYear', { description: 'Change between two years, by the domain rules (a gap gives NO_DATA).' })
export class YearOverYearType {
  @Field(() => Int)
  fromYear!: number;

  @Field(() => Int)
  toYear!: number;

  @Field(() => Float, { nullable: true })
  fromValue!: number | null;

  @Field(() => Float, { nullable: true })
  toValue!: number | null;

  @Field(() => Float, { nullable: true })
  absoluteChange!: number | null;

  @Field(() => Float, { nullable: true, description: '(to − from) ÷ |from| × 100; null when from is 0.' })
  relativeChange!: number | null;

  @Field(() => Float, { nullable: true, description: 'For percentages only.' })
  percentagePointChange!: number | null;

  @Field(() => Float, { nullable: true, description: 'Compound annual growth rate in %.' })
  annualRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'For ranks: places gained (positive) or lost.' })
  placesChange!: number | null;

  @Field(() => TrendEnum)
  trend!: Trend;
}
