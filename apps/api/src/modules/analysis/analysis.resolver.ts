import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Severity } from '@cchc/domain';
import type { Context } from '../../context.js';
import { SeverityEnum } from '../../graphql/enums.js';
import { CompareCellType, FindingType, RankingEntryType } from './analysis.type.js';
import { compare, ranking } from './analysis.service.js';
import { findingsFor } from './findings.service.js';

@Resolver()
export class AnalysisResolver {
  @Query(() => [CompareCellType], {
    description: 'One cell per indicator × org unit × year, with the value and the change from the year before.',
  })
  compare(
    @Arg('indicatorCodes', () => [String]) indicatorCodes: string[],
    @Arg('orgUnitCodes', () => [String]) orgUnitCodes: string[],
    @Arg('years', () => [Int]) years: number[],
    @Ctx() ctx: Context,
  ): Promise<CompareCellType[]> {
    return compare(ctx, { indicatorCodes, orgUnitCodes, years });
  }

  @Query(() => [RankingEntryType], {
    description: "The units under withinOrgUnitCode ranked on the indicator's value in that year, best first.",
  })
  ranking(
    @Arg('indicatorCode', () => String) indicatorCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('withinOrgUnitCode', () => String) withinOrgUnitCode: string,
    @Ctx() ctx: Context,
  ): Promise<RankingEntryType[]> {
    return ranking(ctx, indicatorCode, year, withinOrgUnitCode);
  }

  @Query(() => [FindingType], { description: "Validation findings on an org unit's reported figures." })
  findings(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('severity', () => SeverityEnum, { nullable: true }) severity: Severity | null,
    @Ctx() ctx: Context,
  ): Promise<FindingType[]> {
    return findingsFor(ctx, orgUnitCode, severity);
  }
}
