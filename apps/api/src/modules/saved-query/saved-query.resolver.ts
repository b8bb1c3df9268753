import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { parseId } from '../../validation.js';
import { SaveQueryInput, SavedQueryType } from './saved-query.type.js';
import { deleteSavedQuery, listSavedQueries, saveQuery } from './saved-query.service.js';

@Resolver(() => SavedQueryType)
export class SavedQueryResolver {
  @Query(() => [SavedQueryType], { description: "The signed-in user's saved queries." })
  savedQueries(@Ctx() ctx: Context): Promise<SavedQueryType[]> {
    return listSavedQueries(ctx);
  }

  @Mutation(() => SavedQueryType)
  saveQuery(@Arg('input', () => SaveQueryInput) input: SaveQueryInput, @Ctx() ctx: Context): Promise<SavedQueryType> {
    return saveQuery(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'True when deleted; NOT_FOUND when it is not yours or does not exist.' })
  deleteSavedQuery(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteSavedQuery(ctx, parseId(id));
  }
}
