import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { normaliseSavedQueryName, savedQueryNameProblem } from '@cchc/domain';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { appError, badInput, notFound, unauthenticated } from '../../errors.js';
import { asDate, asJson, rows } from '../../graphql/rows.js';
import { parseArgs } from '../../validation.js';
import { SavedQueryEntity } from './saved-query.entity.js';
import type { SaveQueryInput, SavedQueryType } from './saved-query.type.js';

const SaveSchema = z.object({
  name: z.string(),
  query: z.string().min(1).max(20_000),
  variables: z.record(z.string(), z.unknown()).nullish(),
  replace: z.boolean().nullish(),
});

function requireUser(ctx: Context) {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

/** The stored form of a name, or BAD_USER_INPUT with the domain's reason code (blank, too long). */
function checkedName(text: string, field: string): string {
  const problem = savedQueryNameProblem(text);
  if (problem?.code === 'SAVED_QUERY_NAME_BLANK') throw badInput(`${field}: a saved query needs a name`, field, { reason: problem.code });
  if (problem?.code === 'SAVED_QUERY_NAME_TOO_LONG')
    throw badInput(`${field}: at most ${problem.max} characters`, field, { reason: problem.code, max: problem.max, params: { max: problem.max } });
  return normaliseSavedQueryName(text);
}

const nameTaken = (name: string, id: number | null, field: string) =>
  appError('CONFLICT', `You already have a saved query named "${name}"`, {
    reason: 'SAVED_QUERY_NAME_TAKEN',
    name,
    field,
    params: { field, name },
    ...(id === null ? {} : { id: String(id) }),
  });

function toType(q: SavedQueryEntity): SavedQueryType {
  return { id: q.id, name: q.name, query: q.query, variables: q.variables, createdAt: q.createdAt, updatedAt: q.updatedAt };
}

/** Flushes; a save that lost a race for the name to a concurrent one (the unique index) is the same CONFLICT. */
async function flushNamed(em: Context['em'], name: string, field: string): Promise<void> {
  try {
    await em.flush();
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw nameTaken(name, null, field);
    throw e;
  }
}

export async function listSavedQueries(ctx: Context): Promise<SavedQueryType[]> {
  const user = requireUser(ctx);
  const found = await rows(
    ctx.em,
    ctx.em
      .getKnex()('saved_query')
      .select({ id: 'id', name: 'name', query: 'query', variables: 'variables', createdAt: 'created_at', updatedAt: 'updated_at' })
      .where('user_id', user.id)
      .orderBy([{ column: 'name' }, { column: 'id' }]),
  );
  return found.map((r) => ({
    id: Number(r['id']),
    name: String(r['name']),
    query: String(r['query']),
    variables: asJson<Record<string, unknown>>(r['variables']),
    createdAt: asDate(r['createdAt']),
    updatedAt: r['updatedAt'] === null || r['updatedAt'] === undefined ? null : asDate(r['updatedAt']),
  }));
}

export async function saveQuery(ctx: Context, raw: SaveQueryInput): Promise<SavedQueryType> {
  const user = requireUser(ctx);
  const input = parseArgs(SaveSchema, raw, ['input']);
  const name = checkedName(input.name, 'input.name');
  const em = ctx.em.fork();
  const existing = await em.findOne(SavedQueryEntity, { user: user.id, name });
  if (existing && !input.replace) throw nameTaken(name, existing.id, 'input.name');
  const saved =
    existing ??
    em.create(SavedQueryEntity, { user: user.id, name, query: input.query, variables: input.variables ?? null, createdAt: new Date() });
  if (existing) {
    existing.query = input.query;
    existing.variables = input.variables ?? null;
    existing.updatedAt = new Date();
  }
  await flushNamed(em, name, 'input.name');
  return toType(saved);
}

export async function renameSavedQuery(ctx: Context, id: number, rawName: string): Promise<SavedQueryType> {
  const user = requireUser(ctx);
  const name = checkedName(rawName, 'name');
  const em = ctx.em.fork();
  const query = await em.findOne(SavedQueryEntity, { id, user: user.id });
  if (!query) throw notFound('SAVED_QUERY', String(id));
  if (query.name === name) return toType(query);
  const other = await em.findOne(SavedQueryEntity, { user: user.id, name });
  if (other) throw nameTaken(name, other.id, 'name');
  query.name = name;
  query.updatedAt = new Date();
  await flushNamed(em, name, 'name');
  return toType(query);
}

export async function deleteSavedQuery(ctx: Context, id: number): Promise<boolean> {
  const user = requireUser(ctx);
  const deleted = await ctx.em.fork().nativeDelete(SavedQueryEntity, { id, user: user.id });
  if (deleted === 0) throw notFound('SAVED_QUERY', String(id));
  return true;
}
