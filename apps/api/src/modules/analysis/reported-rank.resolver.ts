import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { reportedRanksOf } from './reported-rank.service.js';
import { ReportedRankType } from './reported-rank.type.js';

@Resolver()
export class ReportedRankResolver {
  @Query(() => [ReportedRankType], { description: "Each rank the commune's report states, beside the rank CCHC computes from the figures it holds." })
  reportedRanks(@Arg('orgUnitCode', () => String) orgUnitCode: string, @Ctx() ctx: Context): Promise<ReportedRankType[]> {
    return reportedRanksOf(ctx, orgUnitCode);
  }
}
