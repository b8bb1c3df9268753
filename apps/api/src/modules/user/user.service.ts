import { USER_ROLES } from '@cchc/domain';
import { z } from 'zod';
import { hashPassword, signToken, verifyPassword, type AuthUser } from '../../auth.js';
import type { Context } from '../../context.js';
import { appError } from '../../errors.js';
import { asJson, rows } from '../../graphql/rows.js';
import { parseArgs } from '../../validation.js';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { UserEntity, type Role } from './user.entity.js';
import type { AuthPayloadType } from './user.type.js';

const LoginSchema = z.object({ email: z.string().trim().toLowerCase().email().max(200), password: z.string().min(1).max(200) });

export async function findUserByEmail(em: SqlEntityManager, email: string): Promise<(AuthUser & { passwordHash: string }) | null> {
  const found = await rows(
    em,
    em
      .getKnex()('app_user')
      .select({ id: 'id', email: 'email', role: 'role', orgUnitCodes: 'org_unit_codes', passwordHash: 'password_hash' })
      .where('email', email.toLowerCase()),
  );
  const r = found[0];
  if (!r) return null;
  return {
    id: Number(r['id']),
    email: String(r['email']),
    role: r['role'] as Role,
    orgUnitCodes: asJson<string[]>(r['orgUnitCodes']) ?? [],
    passwordHash: String(r['passwordHash']),
  };
}

export async function login(ctx: Context, email: string, password: string): Promise<AuthPayloadType> {
  const input = parseArgs(LoginSchema, { email, password });
  const user = await findUserByEmail(ctx.em, input.email);
  // One message for an unknown e-mail and a wrong password: do not reveal which accounts exist.
  if (!user || !(await verifyPassword(input.password, user.passwordHash))) {
    throw appError('UNAUTHENTICATED', 'Wrong e-mail or password');
  }
  const { passwordHash: _hash, ...authUser } = user;
  const { token, expiresAt } = await signToken(authUser, ctx.config.jwtSecret);
  return { token, expiresAt, user: authUser };
}

const NewUserSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(8, 'a password has at least 8 characters').max(200),
  role: z.enum(USER_ROLES),
  orgUnitCodes: z.array(z.string().min(1)).default([]),
});

/** Creates a user; used by seeding and the create-admin command. Returns null when the e-mail is taken. */
export async function createUser(em: SqlEntityManager, input: z.input<typeof NewUserSchema>): Promise<UserEntity | null> {
  const data = NewUserSchema.parse(input);
  if (await findUserByEmail(em, data.email)) return null;
  const user = em.create(UserEntity, {
    email: data.email,
    passwordHash: await hashPassword(data.password),
    role: data.role,
    orgUnitCodes: data.orgUnitCodes,
    createdAt: new Date(),
  });
  await em.flush();
  return user;
}
