import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { OrgLevel, Severity } from '@cchc/domain';
import type { Context } from '../../context.js';
import { OrgLevelEnum, SeverityEnum } from '../../graphql/enums.js';
import { CompareCellType, FindingType, RankingEntryType, RankingPageType } from './analysis.type.js';
import { compare, MAX_RANKING_PAGE, rankingPage } from './analysis.service.js';
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
    description:
      "The units of `level` under withinOrgUnitCode (all its descendants; null: the whole country) ranked on the indicator's value in that year, best first. The entries of rankingPage.",
  })
  async ranking(
    @Arg('indicatorCode', () => String) indicatorCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('withinOrgUnitCode', () => String, { nullable: true }) withinOrgUnitCode: string | null,
    @Arg('level', () => OrgLevelEnum, { defaultValue: 'COMMUNE' }) level: OrgLevel,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<RankingEntryType[]> {
    return (await rankingPage(ctx, { indicatorCode, year, withinOrgUnitCode: withinOrgUnitCode ?? null, level, first: first ?? null, after: after ?? null })).entries;
  }

  @Query(() => RankingPageType, {
    description: `As ranking, with the total count and cursors: first at most ${MAX_RANKING_PAGE}; null returns every unit.`,
  })
  rankingPage(
    @Arg('indicatorCode', () => String) indicatorCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('withinOrgUnitCode', () => String, { nullable: true }) withinOrgUnitCode: string | null,
    @Arg('level', () => OrgLevelEnum, { defaultValue: 'COMMUNE' }) level: OrgLevel,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<RankingPageType> {
    return rankingPage(ctx, { indicatorCode, year, withinOrgUnitCode: withinOrgUnitCode ?? null, level, first: first ?? null, after: after ?? null });
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
