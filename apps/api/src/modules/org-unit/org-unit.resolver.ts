import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ReportType } from '../report/report.type.js';
import { OrgUnitType } from './org-unit.type.js';
import { findOrgUnits } from './org-unit.repository.js';

@Resolver(() => OrgUnitType)
export class OrgUnitResolver {
  @Query(() => [OrgUnitType], {
    description: 'Org units, by name; under a parent when parentCode is given; search matches name or code.',
  })
  orgUnits(
    @Arg('parentCode', () => String, { nullable: true }) parentCode: string | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Ctx() ctx: Context,
  ): Promise<OrgUnitType[]> {
    return findOrgUnits(ctx.em, { parentCode, search });
  }

  @Query(() => OrgUnitType, { nullable: true })
  orgUnit(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<OrgUnitType | null> {
    return ctx.loaders.orgUnit.load(code);
  }

  @FieldResolver(() => OrgUnitType, { nullable: true })
  parent(@Root() o: OrgUnitType, @Ctx() ctx: Context): Promise<OrgUnitType | null> | null {
    return o.parentCode ? ctx.loaders.orgUnit.load(o.parentCode) : null;
  }

  @FieldResolver(() => [OrgUnitType])
  children(@Root() o: OrgUnitType, @Ctx() ctx: Context): Promise<OrgUnitType[]> {
    return ctx.loaders.orgUnitChildren.load(o.code);
  }

  @FieldResolver(() => OrgUnitType, { nullable: true, description: 'The unit that took this one over.' })
  successor(@Root() o: OrgUnitType, @Ctx() ctx: Context): Promise<OrgUnitType | null> | null {
    return o.successorCode ? ctx.loaders.orgUnit.load(o.successorCode) : null;
  }

  @FieldResolver(() => [ReportType])
  reports(@Root() o: OrgUnitType, @Ctx() ctx: Context): Promise<ReportType[]> {
    return ctx.loaders.orgUnitReports.load(o.code);
  }
}
