import { z } from 'zod';
import type { Context } from '../../context.js';
import { notFound, unauthenticated } from '../../errors.js';
import { asDate, asJson, rows } from '../../graphql/rows.js';
import { parseArgs } from '../../validation.js';
import { SavedQueryEntity } from './saved-query.entity.js';
import type { SaveQueryInput, SavedQueryType } from './saved-query.type.js';

const SaveSchema = z.object({
  name: z.string().trim().min(1).max(200),
  query: z.string().min(1).max(20_000),
  variables: z.record(z.string(), z.unknown()).nullish(),
});

function requireUser(ctx: Context) {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

export async function listSavedQueries(ctx: Context): Promise<SavedQueryType[]> {
  const user = requireUser(ctx);
  const found = await rows(
    ctx.em,
    ctx.em
      .getKnex()('saved_query')
      .select({ id: 'id', name: 'name', query: 'query', variables: 'variables', createdAt: 'created_at' })
      .where('user_id', user.id)
      .orderBy('id'),
  );
  return found.map((r) => ({
    id: Number(r['id']),
    name: String(r['name']),
    query: String(r['query']),
    variables: asJson<Record<string, unknown>>(r['variables']),
    createdAt: asDate(r['createdAt']),
  }));
}

export async function saveQuery(ctx: Context, raw: SaveQueryInput): Promise<SavedQueryType> {
  const user = requireUser(ctx);
  const input = parseArgs(SaveSchema, raw, ['input']);
  const em = ctx.em.fork();
  const saved = em.create(SavedQueryEntity, {
    user: user.id,
    name: input.name,
    query: input.query,
    variables: input.variables ?? null,
    createdAt: new Date(),
  });
  await em.flush();
  return { id: saved.id, name: saved.name, query: saved.query, variables: saved.variables, createdAt: saved.createdAt };
}

export async function deleteSavedQuery(ctx: Context, id: number): Promise<boolean> {
  const user = requireUser(ctx);
  const deleted = await ctx.em.fork().nativeDelete(SavedQueryEntity, { id, user: user.id });
  if (deleted === 0) throw notFound('SAVED_QUERY', String(id));
  return true;
}
