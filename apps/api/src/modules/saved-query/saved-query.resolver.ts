import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { parseId } from '../../validation.js';
import { SaveQueryInput, SavedQueryType } from './saved-query.type.js';
import { deleteSavedQuery, listSavedQueries, renameSavedQuery, saveQuery } from './saved-query.service.js';

@Resolver(() => SavedQueryType)
export class SavedQueryResolver {
  @Query(() => [SavedQueryType], { description: "The signed-in user's saved queries, by name." })
  savedQueries(@Ctx() ctx: Context): Promise<SavedQueryType[]> {
    return listSavedQueries(ctx);
  }

  @Mutation(() => SavedQueryType, {
    description: 'Saves a new query, or overwrites the one of the same name when replace is true; CONFLICT (SAVED_QUERY_NAME_TAKEN) otherwise.',
  })
  saveQuery(@Arg('input', () => SaveQueryInput) input: SaveQueryInput, @Ctx() ctx: Context): Promise<SavedQueryType> {
    return saveQuery(ctx, input);
  }

  @Mutation(() => SavedQueryType, { description: 'Renames one of your saved queries; CONFLICT (SAVED_QUERY_NAME_TAKEN) when you have another of that name.' })
  renameSavedQuery(@Arg('id', () => ID) id: string, @Arg('name', () => String) name: string, @Ctx() ctx: Context): Promise<SavedQueryType> {
    return renameSavedQuery(ctx, parseId(id), name);
  }

  @Mutation(() => Boolean, { description: 'True when deleted; NOT_FOUND when it is not yours or does not exist.' })
  deleteSavedQuery(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteSavedQuery(ctx, parseId(id));
  }
}
