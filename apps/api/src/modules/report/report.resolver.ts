import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { FindingType } from '../analysis/analysis.type.js';
import { findingsFor } from '../analysis/findings.service.js';
import { IndicatorType } from '../indicator/indicator.type.js';
import { OrgUnitType } from '../org-unit/org-unit.type.js';
import { ProgrammeTaskType } from '../task/programme-task.type.js';
import { tasksOfReport } from '../task/programme-task.repository.js';
import { findProgrammes, findReports } from './report.repository.js';
import { ProgrammeType, ReportType, SectionType } from './report.type.js';

@Resolver(() => ReportType)
export class ReportResolver {
  @Query(() => [ReportType])
  reports(
    @Arg('orgUnitCode', () => String, { nullable: true }) orgUnitCode: string | null,
    @Arg('programme', () => String, { nullable: true }) programme: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReportType[]> {
    return findReports(ctx.em, { orgUnitCode, programme });
  }

  @Query(() => ReportType, { nullable: true, description: 'One report; programme as "2021-2025".' })
  async report(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('programme', () => String) programme: string,
    @Ctx() ctx: Context,
  ): Promise<ReportType | null> {
    return (await findReports(ctx.em, { orgUnitCode, programme }))[0] ?? null;
  }

  @Query(() => [ProgrammeType])
  programmes(@Ctx() ctx: Context): Promise<ProgrammeType[]> {
    return findProgrammes(ctx.em);
  }

  @FieldResolver(() => OrgUnitType)
  async orgUnit(@Root() r: ReportType, @Ctx() ctx: Context): Promise<OrgUnitType> {
    return (await ctx.loaders.orgUnit.load(r.orgUnitCode))!;
  }

  @FieldResolver(() => ProgrammeType)
  async programme(@Root() r: ReportType, @Ctx() ctx: Context): Promise<ProgrammeType> {
    return (await ctx.loaders.programme.load(r.programmeCode))!;
  }

  @FieldResolver(() => [SectionType], { description: 'The top-level sections; walk `children` for the tree.' })
  sections(@Root() r: ReportType, @Ctx() ctx: Context): Promise<SectionType[]> {
    return ctx.loaders.reportRootSections.load(r.id);
  }

  @FieldResolver(() => [ProgrammeTaskType], { description: 'The DANH MỤC task list.' })
  tasks(@Root() r: ReportType, @Ctx() ctx: Context): Promise<ProgrammeTaskType[]> {
    return tasksOfReport(ctx.em, r.id);
  }

  @FieldResolver(() => [FindingType], { description: "Validation findings on this report's figures." })
  findings(@Root() r: ReportType, @Ctx() ctx: Context): Promise<FindingType[]> {
    return findingsFor(ctx, r.orgUnitCode, null, r.programmeCode);
  }
}

@Resolver(() => SectionType)
export class SectionResolver {
  @FieldResolver(() => [SectionType])
  children(@Root() s: SectionType, @Ctx() ctx: Context): Promise<SectionType[]> {
    return ctx.loaders.sectionChildren.load(s.id);
  }

  @FieldResolver(() => SectionType, { nullable: true })
  parent(@Root() s: SectionType, @Ctx() ctx: Context): Promise<SectionType | null> | null {
    return s.parentId === null ? null : ctx.loaders.section.load(s.parentId);
  }

  @FieldResolver(() => [IndicatorType], { description: 'Indicators whose figures this section reports.' })
  indicators(@Root() s: SectionType, @Ctx() ctx: Context): Promise<IndicatorType[]> {
    return ctx.loaders.sectionIndicators.load(s.id);
  }

  @FieldResolver(() => ReportType)
  async report(@Root() s: SectionType, @Ctx() ctx: Context): Promise<ReportType> {
    return (await ctx.loaders.report.load(s.reportId))!;
  }
}
