// Who changed a target: signed-in users see a name (or e-mail); anonymous readers only the author's role and unit.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { OrgUnitType } from '../org-unit/org-unit.type.js';
import { TargetChangeType } from './target.type.js';

@Resolver(() => TargetChangeType)
export class TargetChangeResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who made the change: a name or e-mail for signed-in users, "seed" for the dataset load, null for anonymous readers (see byRole, byOrgUnit).',
  })
  by(@Root() change: TargetChangeType, @Ctx() ctx: Context): string | null {
    if (change.byUserId === null) return change.by;
    return ctx.user ? (change.byName ?? change.by) : null;
  }

  @FieldResolver(() => OrgUnitType, { nullable: true, description: "The author's (first) org unit, e.g. a planner's commune." })
  async byOrgUnit(@Root() change: TargetChangeType, @Ctx() ctx: Context): Promise<OrgUnitType | null> {
    return change.byOrgUnitCode ? ((await ctx.loaders.orgUnit.load(change.byOrgUnitCode)) ?? null) : null;
  }
}
