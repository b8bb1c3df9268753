import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('ReportedRank', {
  description:
    "A rank the commune's report states (6/22) beside the rank computed from the figures CCHC holds for the commune and its peers (the other communes of its parent unit).",
})
export class ReportedRankType {
  @Field(() => String, { description: 'The rank indicator (N.PAR.RANK).' })
  indicatorCode!: string;

  @Field(() => String, { description: 'The indicator it ranks (N.PAR.SCORE).' })
  rankedIndicatorCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  reportedRank!: number;

  @Field(() => Int)
  reportedOf!: number;

  @Field(() => String, { description: 'As written ("6/22").' })
  reportedRaw!: string;

  @Field(() => Int, { nullable: true, description: "Null without the commune's own figure." })
  computedRank!: number | null;

  @Field(() => Int, { description: 'The units whose figure is held, the commune included.' })
  computedOf!: number;

  @Field(() => Int, { description: 'The commune and its peers as org units known to CCHC, figures held or not.' })
  peersKnown!: number;

  @Field(() => Boolean, { description: 'The figure is held for as many units as the report ranked, the commune included.' })
  complete!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Whether the ranks differ; null when not complete.' })
  differs!: boolean | null;

  @Field(() => Boolean, { description: "Only the commune's own figure is held (a computed 1/1 means nothing)." })
  onlyOwn!: boolean;
}
