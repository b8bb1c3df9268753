import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ObservationType, YearOverYearType } from '../observation/observation.type.js';
import { SectionType } from '../report/report.type.js';
import { TargetType } from '../targets/target.type.js';
import { IndicatorFilterInput } from './indicator-filter.input.js';
import {
  DerivedValueType,
  IndicatorComponentType,
  IndicatorConnectionType,
  IndicatorType,
} from './indicator.type.js';
import { derivedValue, indicatorConnection, indicatorYearOverYear } from './indicator.service.js';

@Resolver(() => IndicatorType)
export class IndicatorResolver {
  @Query(() => IndicatorType, { nullable: true })
  indicator(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<IndicatorType | null> {
    return ctx.loaders.indicator.load(code);
  }

  @Query(() => IndicatorConnectionType, { description: 'Indicators in template order, paged (at most 100 a page).' })
  indicators(
    @Arg('filter', () => IndicatorFilterInput, { nullable: true }) filter: IndicatorFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<IndicatorConnectionType> {
    return indicatorConnection(ctx, filter, first, after);
  }

  @FieldResolver(() => IndicatorType, { nullable: true })
  parent(@Root() i: IndicatorType, @Ctx() ctx: Context): Promise<IndicatorType | null> | null {
    return i.parentCode ? ctx.loaders.indicator.load(i.parentCode) : null;
  }

  @FieldResolver(() => [IndicatorType])
  children(@Root() i: IndicatorType, @Ctx() ctx: Context): Promise<IndicatorType[]> {
    return ctx.loaders.indicatorChildren.load(i.code);
  }

  @FieldResolver(() => [IndicatorComponentType], { description: 'What this indicator is computed from.' })
  components(@Root() i: IndicatorType, @Ctx() ctx: Context): Promise<IndicatorComponentType[]> {
    return ctx.loaders.components.load(i.code);
  }

  @FieldResolver(() => [IndicatorType], { description: 'Indicators computed from this one.' })
  async dependents(@Root() i: IndicatorType, @Ctx() ctx: Context): Promise<IndicatorType[]> {
    const links = await ctx.loaders.dependents.load(i.code);
    const found = await ctx.loaders.indicator.loadMany(links.map((l) => l.indicatorCode));
    return found.filter((x): x is IndicatorType => x !== null && !(x instanceof Error));
  }

  @FieldResolver(() => [SectionType], { description: 'The report sections whose narrative or table reports it.' })
  sections(@Root() i: IndicatorType, @Ctx() ctx: Context): Promise<SectionType[]> {
    return ctx.loaders.indicatorSections.load(i.code);
  }

  @FieldResolver(() => [TargetType])
  async targets(
    @Root() i: IndicatorType,
    @Arg('orgUnitCode', () => String, { nullable: true }) orgUnitCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<TargetType[]> {
    const targets = await ctx.loaders.indicatorTargets.load(i.code);
    return orgUnitCode ? targets.filter((t) => t.orgUnitCode === orgUnitCode) : targets;
  }

  @FieldResolver(() => [ObservationType], {
    description: 'Figures for one org unit, oldest first; from/to bound the last year a period covers.',
  })
  observations(
    @Root() i: IndicatorType,
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('from', () => Int, { nullable: true }) from: number | null,
    @Arg('to', () => Int, { nullable: true }) to: number | null,
    @Ctx() ctx: Context,
  ): Promise<ObservationType[]> {
    return ctx.loaders.observations.load({ indicatorCode: i.code, orgUnitCode, from: from ?? null, to: to ?? null });
  }

  @FieldResolver(() => YearOverYearType, { nullable: true, description: 'Change between the YEAR values of two years.' })
  yoy(
    @Root() i: IndicatorType,
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int) to: number,
    @Ctx() ctx: Context,
  ): Promise<YearOverYearType> {
    return indicatorYearOverYear(ctx, i, orgUnitCode, from, to);
  }

  @FieldResolver(() => DerivedValueType, {
    description: 'The value computed from the components for a period key (e.g. "2021-2025"), beside the reported one.',
  })
  derived(
    @Root() i: IndicatorType,
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('period', () => String) period: string,
    @Ctx() ctx: Context,
  ): Promise<DerivedValueType> {
    return derivedValue(ctx, i, orgUnitCode, period);
  }
}

@Resolver(() => IndicatorComponentType)
export class IndicatorComponentResolver {
  @FieldResolver(() => IndicatorType)
  async indicator(@Root() c: IndicatorComponentType, @Ctx() ctx: Context): Promise<IndicatorType> {
    return (await ctx.loaders.indicator.load(c.componentCode))!;
  }
}
