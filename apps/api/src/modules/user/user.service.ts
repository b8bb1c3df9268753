// Sign-in, sign-out, passwords, personal API tokens and (for admins) users. Every sign-in path goes through the
// rate limits and costs one bcrypt comparison whether or not the e-mail exists.
import type { SqlEntityManager } from '@mikro-orm/knex';
import { z } from 'zod';
import { hashPassword, MAX_PASSWORD_BYTES, passwordBytes, verifyPassword, type AuthUser } from '../../auth.js';
import type { Context } from '../../context.js';
import { appError, badInput, notFound } from '../../errors.js';
import { asBool, asDate, asJson, rows } from '../../graphql/rows.js';
import { createSession, endSession, endSessionsOf, SESSION_LIFETIME_MS } from '../../security/sessions.js';
import { parseArgs } from '../../validation.js';
import { ROLES, UserEntity, type Role } from './user.entity.js';
import { assertMayManageUsers, assertSignedIn } from './user.permissions.js';
import type { ApiTokenType, AuthPayloadType, NewApiTokenType, UserType } from './user.type.js';

const email = z.string().trim().toLowerCase().email().max(200);
const newPassword = z
  .string()
  .min(8, 'a password has at least 8 characters')
  .refine((p) => passwordBytes(p) <= MAX_PASSWORD_BYTES, `a password has at most ${MAX_PASSWORD_BYTES} bytes (UTF-8)`);
const orgUnitCodes = z.array(z.string().min(1).max(64)).max(50);
const displayName = z.string().trim().min(1).max(200);

const LoginSchema = z.object({ email: z.string().trim().toLowerCase().min(1).max(200), password: z.string().min(1).max(1000) });

interface StoredUser extends Omit<AuthUser, 'sessionId'> {
  passwordHash: string;
  disabled: boolean;
}

const USER_COLUMNS = {
  id: 'id',
  email: 'email',
  name: 'name',
  role: 'role',
  orgUnitCodes: 'org_unit_codes',
  passwordHash: 'password_hash',
  disabled: 'disabled',
  createdAt: 'created_at',
};

const toStoredUser = (r: Record<string, unknown>): StoredUser & { createdAt: Date } => ({
  id: Number(r['id']),
  email: String(r['email']),
  name: (r['name'] as string | null) ?? null,
  role: r['role'] as Role,
  orgUnitCodes: asJson<string[]>(r['orgUnitCodes']) ?? [],
  passwordHash: String(r['passwordHash']),
  disabled: asBool(r['disabled']),
  createdAt: asDate(r['createdAt']),
});

export async function findUserByEmail(em: SqlEntityManager, address: string): Promise<StoredUser | null> {
  const found = await rows(em, em.getKnex()('app_user').select(USER_COLUMNS).where('email', address.toLowerCase()));
  return found[0] ? toStoredUser(found[0]) : null;
}

async function findUserById(em: SqlEntityManager, id: number) {
  const found = await rows(em, em.getKnex()('app_user').select(USER_COLUMNS).where('id', id));
  return found[0] ? toStoredUser(found[0]) : null;
}

const publicUser = (u: StoredUser & { createdAt?: Date }): UserType => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  orgUnitCodes: u.orgUnitCodes,
  disabled: u.disabled,
});

/** Checks the password under the rate limits; the user on success. One message for every failure. */
async function checkCredentials(ctx: Context, rawEmail: string, password: string): Promise<StoredUser> {
  const input = parseArgs(LoginSchema, { email: rawEmail, password });
  await ctx.limits.beforeSignIn(input.email, ctx.http.ip);
  const user = await findUserByEmail(ctx.em, input.email);
  // Unknown e-mails are compared against a dummy hash: the answer takes as long as for a real account.
  const matches = await verifyPassword(input.password, user?.passwordHash ?? null);
  if (!user || !matches || user.disabled) {
    await ctx.limits.signInFailed(input.email, ctx.http.ip);
    throw appError('UNAUTHENTICATED', 'Wrong e-mail or password', { reason: 'WRONG_CREDENTIALS' });
  }
  await ctx.limits.signInSucceeded(input.email);
  return user;
}

/** Bearer sign-in for scripts and tests: the token goes in "Authorization: Bearer". */
export async function login(ctx: Context, rawEmail: string, password: string): Promise<AuthPayloadType> {
  const user = await checkCredentials(ctx, rawEmail, password);
  const session = await createSession(ctx.em, ctx.secret, user.id, 'BEARER');
  return { token: session.token, expiresAt: session.expiresAt!, user: publicUser(user) };
}

/** The web app's sign-in: the session goes in an httpOnly cookie, never to the page's script. */
export async function signIn(ctx: Context, rawEmail: string, password: string): Promise<UserType> {
  const user = await checkCredentials(ctx, rawEmail, password);
  const session = await createSession(ctx.em, ctx.secret, user.id, 'WEB');
  ctx.http.setSessionCookie(session.token, session.expiresAt);
  return publicUser(user);
}

export async function signOut(ctx: Context): Promise<boolean> {
  ctx.http.clearSessionCookie();
  if (!ctx.user) return false;
  await endSession(ctx.em, ctx.user.sessionId);
  return true;
}

const ChangePasswordSchema = z.object({ currentPassword: z.string().min(1).max(1000), newPassword });

/** Changes one's own password; every other session and API token of the user ends. */
export async function changePassword(ctx: Context, currentPassword: string, nextPassword: string): Promise<boolean> {
  const me = assertSignedIn(ctx.user);
  const input = parseArgs(ChangePasswordSchema, { currentPassword, newPassword: nextPassword });
  const stored = await findUserById(ctx.em, me.id);
  if (!stored || !(await verifyPassword(input.currentPassword, stored.passwordHash))) {
    throw badInput('currentPassword: wrong password', 'currentPassword', { reason: 'WRONG_PASSWORD' });
  }
  await ctx.em.getKnex()('app_user').update({ password_hash: await hashPassword(input.newPassword) }).where('id', me.id);
  await endSessionsOf(ctx.em, me.id, me.sessionId);
  return true;
}

// --- personal API tokens -----------------------------------------------------------------------------------------

const ApiTokenSchema = z.object({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(366).nullish(),
});

const API_TOKEN_COLUMNS = { id: 'id', name: 'name', createdAt: 'created_at', expiresAt: 'expires_at', lastUsedAt: 'last_used_at' };
const toApiToken = (r: Record<string, unknown>): ApiTokenType => ({
  id: String(r['id']).slice(0, 16),
  name: String(r['name'] ?? ''),
  createdAt: asDate(r['createdAt']),
  expiresAt: r['expiresAt'] === null ? null : asDate(r['expiresAt']),
  lastUsedAt: r['lastUsedAt'] === null ? null : asDate(r['lastUsedAt']),
});

export async function listApiTokens(ctx: Context): Promise<ApiTokenType[]> {
  const me = assertSignedIn(ctx.user);
  const found = await rows(
    ctx.em,
    ctx.em.getKnex()('app_session').select(API_TOKEN_COLUMNS).where({ user_id: me.id, kind: 'API_TOKEN' }).orderBy('created_at'),
  );
  return found.map(toApiToken);
}

export async function createApiToken(ctx: Context, name: string, expiresInDays: number | null | undefined): Promise<NewApiTokenType> {
  const me = assertSignedIn(ctx.user);
  const input = parseArgs(ApiTokenSchema, { name, expiresInDays });
  const count = await rows(ctx.em, ctx.em.getKnex()('app_session').count({ n: '*' }).where({ user_id: me.id, kind: 'API_TOKEN' }));
  if (Number(count[0]?.['n'] ?? 0) >= 20) throw badInput('A user has at most 20 API tokens; revoke one first', 'name', { limit: 20, reason: 'TOKEN_LIMIT', params: { limit: 20 } });
  const lifetimeMs = input.expiresInDays ? input.expiresInDays * 24 * 60 * 60 * 1000 : SESSION_LIFETIME_MS.API_TOKEN;
  const session = await createSession(ctx.em, ctx.secret, me.id, 'API_TOKEN', { name: input.name, lifetimeMs });
  return {
    token: session.token,
    apiToken: { id: session.id.slice(0, 16), name: input.name, createdAt: new Date(), expiresAt: session.expiresAt, lastUsedAt: null },
  };
}

export async function revokeApiToken(ctx: Context, id: string): Promise<boolean> {
  const me = assertSignedIn(ctx.user);
  if (!/^[0-9a-f]{16}$/.test(id)) throw badInput(`id: "${id.slice(0, 40)}" is not an API token id`, 'id');
  const deleted = await ctx.em
    .getKnex()('app_session')
    .where({ user_id: me.id, kind: 'API_TOKEN' })
    .andWhere('id', 'like', `${id}%`)
    .delete();
  if (Number(deleted) === 0) throw notFound('API_TOKEN', id);
  return true;
}

// --- users (admins) ------------------------------------------------------------------------------------------------

const NewUserSchema = z.object({
  email,
  name: displayName.nullish(),
  password: newPassword,
  role: z.enum(ROLES as [Role, ...Role[]]),
  orgUnitCodes: orgUnitCodes.default([]),
});

const UpdateUserSchema = z.object({
  name: displayName.nullish(),
  role: z.enum(ROLES as [Role, ...Role[]]).nullish(),
  orgUnitCodes: orgUnitCodes.nullish(),
  disabled: z.boolean().nullish(),
});

async function checkOrgUnits(em: SqlEntityManager, codes: string[], path: string): Promise<void> {
  if (codes.length === 0) return;
  const found = new Set((await rows(em, em.getKnex()('org_unit').select('code').whereIn('code', codes))).map((r) => String(r['code'])));
  const missing = codes.findIndex((c) => !found.has(c));
  if (missing >= 0) throw badInput(`${path}.${missing}: org unit "${codes[missing]}" does not exist`, `${path}.${missing}`, {
      reason: 'UNKNOWN_ORG_UNIT',
      params: { orgUnitCode: codes[missing]! },
    });
}

/** Creates a user; used by seeding and the create-admin command. Returns null when the e-mail is taken. */
export async function createUser(em: SqlEntityManager, input: z.input<typeof NewUserSchema>): Promise<UserEntity | null> {
  const data = NewUserSchema.parse(input);
  if (await findUserByEmail(em, data.email)) return null;
  const user = em.create(UserEntity, {
    email: data.email,
    name: data.name ?? null,
    passwordHash: await hashPassword(data.password),
    role: data.role,
    orgUnitCodes: data.orgUnitCodes,
    disabled: false,
    createdAt: new Date(),
  });
  await em.flush();
  return user;
}

export async function listUsers(ctx: Context): Promise<UserType[]> {
  assertMayManageUsers(ctx.user);
  const found = await rows(ctx.em, ctx.em.getKnex()('app_user').select(USER_COLUMNS).orderBy('id').limit(10_000));
  return found.map((r) => publicUser(toStoredUser(r)));
}

export async function createUserAsAdmin(ctx: Context, input: z.input<typeof NewUserSchema>): Promise<UserType> {
  assertMayManageUsers(ctx.user);
  const data = parseArgs(NewUserSchema, input, ['input']);
  await checkOrgUnits(ctx.em, data.orgUnitCodes, 'input.orgUnitCodes');
  const created = await createUser(ctx.em, data);
  if (!created) throw appError('CONFLICT', `A user with e-mail ${data.email} already exists`, { field: 'input.email', reason: 'EMAIL_TAKEN', params: { email: data.email } });
  return publicUser({ ...created, disabled: false, orgUnitCodes: created.orgUnitCodes });
}

/** Changes a user's role, org units, name or disabled flag; takes effect on their next request. */
export async function updateUser(ctx: Context, id: number, input: z.input<typeof UpdateUserSchema>): Promise<UserType> {
  const admin = assertMayManageUsers(ctx.user);
  const data = parseArgs(UpdateUserSchema, input, ['input']);
  const current = await findUserById(ctx.em, id);
  if (!current) throw notFound('USER', String(id));
  if (id === admin.id && ((data.role && data.role !== 'ADMIN') || data.disabled)) {
    throw badInput('An admin may not demote or disable themselves (ask another admin)', 'input', { reason: 'SELF_LOCKOUT' });
  }
  if (data.orgUnitCodes) await checkOrgUnits(ctx.em, data.orgUnitCodes, 'input.orgUnitCodes');
  const patch: Record<string, unknown> = {};
  if (data.name !== undefined) patch['name'] = data.name;
  if (data.role) patch['role'] = data.role;
  if (data.orgUnitCodes) patch['org_unit_codes'] = JSON.stringify(data.orgUnitCodes);
  if (data.disabled !== null && data.disabled !== undefined) patch['disabled'] = data.disabled;
  if (Object.keys(patch).length > 0) await ctx.em.getKnex()('app_user').update(patch).where('id', id);
  // A disabled user's sessions end now rather than linger until they expire.
  if (data.disabled) await endSessionsOf(ctx.em, id);
  return publicUser((await findUserById(ctx.em, id))!);
}
