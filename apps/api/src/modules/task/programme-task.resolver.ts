import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ProgrammeTaskType } from './programme-task.type.js';
import { tasksOf } from './programme-task.repository.js';

@Resolver(() => ProgrammeTaskType)
export class ProgrammeTaskResolver {
  @Query(() => [ProgrammeTaskType], { description: 'The programme tasks (DANH MỤC) of a report.' })
  tasks(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('programme', () => String) programme: string,
    @Ctx() ctx: Context,
  ): Promise<ProgrammeTaskType[]> {
    return tasksOf(ctx.em, orgUnitCode, programme);
  }
}
