import { Field, Float, Int, ObjectType } from 'type-graphql';
import { YearOverYearType } from '../observation/observation.type.js';

@ObjectType('SeriesPoint', { description: "One year of an org unit's series, with the change from the year before." })
export class SeriesPointType {
  @Field(() => Int)
  year!: number;

  @Field(() => Float, { nullable: true, description: 'Null where nothing was reported (never 0).' })
  value!: number | null;

  @Field(() => String, { nullable: true, description: 'As written; null when nothing was reported.' })
  raw!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Generated data; null when nothing was reported.' })
  synthetic!: boolean | null;

  @Field(() => YearOverYearType, { description: 'From year − 1 to year, by the domain rules (a gap gives NO_DATA).' })
  change!: YearOverYearType;
}

@ObjectType('IndicatorSeries', { description: "One indicator's YEAR values for one org unit, year by year." })
export class IndicatorSeriesType {
  @Field(() => String)
  indicatorCode!: string;

  @Field(() => [SeriesPointType], {
    description: 'Every year from `from` to `to` (blank years included); without them, the span of the reported years.',
  })
  points!: SeriesPointType[];
}
