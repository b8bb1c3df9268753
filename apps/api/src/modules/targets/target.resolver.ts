import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { TargetStatus } from '@cchc/domain';
import type { Context } from '../../context.js';
import { parseId } from '../../validation.js';
import { TargetStatusEnum } from '../../graphql/enums.js';
import { IndicatorType } from '../indicator/indicator.type.js';
import { OrgUnitType } from '../org-unit/org-unit.type.js';
import { CreateTargetInput, UpdateTargetInput } from './target.input.js';
import {
  createTarget,
  deleteTarget,
  listTargets,
  loadTarget,
  statusOf,
  updateTarget,
} from './target.service.js';
import { resolveTargetValue } from '@cchc/domain';
import { TargetChangeType, TargetSavedType, TargetStatusDetailType, TargetType, YearValueType } from './target.type.js';

const toId = (id: string) => parseId(id);

@Resolver(() => TargetType)
export class TargetResolver {
  @Query(() => [TargetType], { description: 'The targets of an org unit for a programme (e.g. "2026-2030").' })
  targets(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('programme', () => String) programme: string,
    @Ctx() ctx: Context,
  ): Promise<TargetType[]> {
    return listTargets(ctx, orgUnitCode, programme);
  }

  @Query(() => TargetType, { nullable: true })
  target(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TargetType | null> {
    return loadTarget(ctx.em, toId(id));
  }

  @Mutation(() => TargetType)
  createTarget(@Arg('input', () => CreateTargetInput) input: CreateTargetInput, @Ctx() ctx: Context): Promise<TargetType> {
    return createTarget(ctx, input);
  }

  @Mutation(() => TargetType, { description: 'A stale expectedVersion is a CONFLICT carrying the current version.' })
  updateTarget(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => UpdateTargetInput) input: UpdateTargetInput,
    @Ctx() ctx: Context,
  ): Promise<TargetType> {
    return updateTarget(ctx, toId(id), expectedVersion, input);
  }

  @Mutation(() => TargetType, { description: 'Returns the target as it was when deleted.' })
  deleteTarget(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<TargetType> {
    return deleteTarget(ctx, toId(id), expectedVersion);
  }

  @FieldResolver(() => IndicatorType)
  async indicator(@Root() t: TargetType, @Ctx() ctx: Context): Promise<IndicatorType> {
    return (await ctx.loaders.indicator.load(t.indicatorCode))!;
  }

  @FieldResolver(() => OrgUnitType)
  async orgUnit(@Root() t: TargetType, @Ctx() ctx: Context): Promise<OrgUnitType> {
    return (await ctx.loaders.orgUnit.load(t.orgUnitCode))!;
  }

  @FieldResolver(() => [YearValueType])
  async milestones(@Root() t: TargetType, @Ctx() ctx: Context): Promise<YearValueType[]> {
    return (await ctx.loaders.milestones.load(t.id)).map(({ year, value }) => ({ year, value }));
  }

  @FieldResolver(() => [TargetChangeType], { description: 'Every change, oldest first.' })
  history(@Root() t: TargetType, @Ctx() ctx: Context): Promise<TargetChangeType[]> {
    return ctx.loaders.history.load(t.id);
  }

  @FieldResolver(() => TargetSavedType, { description: 'The current version: who saved it and when (an open editor polls this).' })
  async lastSaved(@Root() t: TargetType, @Ctx() ctx: Context): Promise<TargetSavedType> {
    const change = (await ctx.loaders.history.load(t.id)).filter((h) => h.version === t.version).at(-1);
    if (!change) return { version: t.version, by: null, at: null };
    const by = change.byUserId === null ? change.by : ctx.user ? (change.byName ?? change.by) : null;
    return { version: t.version, by, at: change.at };
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'The absolute value the target means ("giảm 20%" from a baseline of 17 → 13.6); null without a baseline.',
  })
  resolvedValue(@Root() t: TargetType): number | null {
    return resolveTargetValue(t.comparator, t.value, t.baseline).value;
  }

  @FieldResolver(() => TargetStatusEnum, { description: 'From the latest actual value against the milestone.' })
  async status(@Root() t: TargetType, @Ctx() ctx: Context): Promise<TargetStatus> {
    return (await statusOf(ctx, t)).status;
  }

  @FieldResolver(() => TargetStatusDetailType)
  statusDetail(@Root() t: TargetType, @Ctx() ctx: Context): Promise<TargetStatusDetailType> {
    return statusOf(ctx, t);
  }
}
