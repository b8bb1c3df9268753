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
    description:
      'One cell per indicator × org unit × year, with the value and the change from the year before (blank cells have value null). The units: orgUnitCodes as listed, or every unit of `level` under withinOrgUnitCode (the unit itself and all its descendants) that was valid in the year, ordered by code — exactly one of the two. Cells by indicator, then unit, then year as asked.',
  })
  compare(
    @Arg('indicatorCodes', () => [String]) indicatorCodes: string[],
    @Arg('orgUnitCodes', () => [String], { nullable: true, description: 'The units, in this order. Not with withinOrgUnitCode.' })
    orgUnitCodes: string[] | null,
    @Arg('years', () => [Int]) years: number[],
    @Arg('withinOrgUnitCode', () => String, {
      nullable: true,
      description: 'Every unit of `level` under this one (itself included), valid in the year, by code. Not with orgUnitCodes.',
    })
    withinOrgUnitCode: string | null,
    @Arg('level', () => OrgLevelEnum, { nullable: true, description: 'With withinOrgUnitCode only; COMMUNE when not given.' })
    level: OrgLevel | null,
    @Ctx() ctx: Context,
  ): Promise<CompareCellType[]> {
    return compare(ctx, { indicatorCodes, orgUnitCodes, withinOrgUnitCode, level, years });
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
