// Sessions: one row per signed-in browser (WEB, cookie), bearer login (BEARER) or personal API token (API_TOKEN).
// The token carries a random key; the row is stored under its SHA-256, so a copy of the database holds no usable key.
// Every request reads its session and user in one statement: role, org units and disabled come from the database.
import { createHash, randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { signSessionToken, verifySessionToken, type AuthUser } from '../auth.js';
import { asDate, asJson, rows } from '../graphql/rows.js';
import type { Role } from '../modules/user/user.entity.js';

export type SessionKind = 'WEB' | 'BEARER' | 'API_TOKEN';

export const SESSION_LIFETIME_MS: Record<SessionKind, number> = {
  WEB: 12 * 60 * 60 * 1000,
  BEARER: 12 * 60 * 60 * 1000,
  API_TOKEN: 365 * 24 * 60 * 60 * 1000,
};

/** last_used_at is written at most this often per session (a write per request would cost every read). */
const LAST_USED_RESOLUTION_MS = 5 * 60 * 1000;

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

export interface NewSession {
  id: string;
  token: string;
  expiresAt: Date | null;
}

export async function createSession(
  em: SqlEntityManager,
  secret: string,
  userId: number,
  kind: SessionKind,
  options: { name?: string | null; lifetimeMs?: number } = {},
): Promise<NewSession> {
  const key = randomBytes(24).toString('base64url');
  const id = hashKey(key);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + (options.lifetimeMs ?? SESSION_LIFETIME_MS[kind]));
  await em.getKnex()('app_session').insert({
    id,
    user_id: userId,
    kind,
    name: options.name ?? null,
    created_at: now,
    expires_at: expiresAt,
    last_used_at: null,
  });
  return { id, token: await signSessionToken(key, userId, expiresAt, secret), expiresAt };
}

/** The user behind a token, read from the database, or null (bad token, ended session, disabled or deleted user). */
export async function authenticate(em: SqlEntityManager, secret: string, token: string): Promise<AuthUser | null> {
  const claims = await verifySessionToken(token, secret);
  if (!claims) return null;
  const id = hashKey(claims.sessionKey);
  const found = await rows(
    em,
    em
      .getKnex()('app_session as s')
      .join('app_user as u', 'u.id', 's.user_id')
      .select({
        userId: 'u.id',
        email: 'u.email',
        name: 'u.name',
        role: 'u.role',
        orgUnitCodes: 'u.org_unit_codes',
        disabled: 'u.disabled',
        expiresAt: 's.expires_at',
        lastUsedAt: 's.last_used_at',
      })
      .where('s.id', id),
  );
  const r = found[0];
  if (!r || Number(r['userId']) !== claims.userId || r['disabled'] === true || r['disabled'] === 1) return null;
  const now = Date.now();
  if (r['expiresAt'] !== null && asDate(r['expiresAt']).getTime() <= now) return null;
  if (r['lastUsedAt'] === null || asDate(r['lastUsedAt']).getTime() < now - LAST_USED_RESOLUTION_MS) {
    await em.getKnex()('app_session').update({ last_used_at: new Date(now) }).where('id', id);
  }
  return {
    id: Number(r['userId']),
    email: String(r['email']),
    name: (r['name'] as string | null) ?? null,
    role: r['role'] as Role,
    orgUnitCodes: asJson<string[]>(r['orgUnitCodes']) ?? [],
    sessionId: id,
  };
}

export async function endSession(em: SqlEntityManager, sessionId: string): Promise<void> {
  await em.getKnex()('app_session').where('id', sessionId).delete();
}

/** Ends every session of a user (password change keeps the one it was made in). */
export async function endSessionsOf(em: SqlEntityManager, userId: number, except: string | null = null): Promise<number> {
  const q = em.getKnex()('app_session').where('user_id', userId);
  if (except) q.whereNot('id', except);
  return Number(await q.delete());
}

/** Drops expired rows now and then (called at start-up). */
export async function pruneExpiredSessions(em: SqlEntityManager): Promise<void> {
  await em.getKnex()('app_session').where('expires_at', '<', new Date()).delete();
}
