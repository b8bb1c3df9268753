// Bearer tokens: HS256 JWTs, so any API process sharing the secret accepts them (issue 5 runs two processes).
import bcrypt from 'bcrypt';
import { SignJWT, jwtVerify } from 'jose';
import type { Role } from './modules/user/user.entity.js';

export interface AuthUser {
  id: number;
  email: string;
  role: Role;
  orgUnitCodes: string[];
}

const TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;
const BCRYPT_ROUNDS = 10;

export const hashPassword = (password: string) => bcrypt.hash(password, BCRYPT_ROUNDS);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);

export async function signToken(user: AuthUser, secret: string): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_SECONDS * 1000);
  const token = await new SignJWT({ email: user.email, role: user.role, orgUnitCodes: user.orgUnitCodes })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(user.id))
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(new TextEncoder().encode(secret));
  return { token, expiresAt };
}

/** The user a token was issued to, or null when the token is invalid or expired. */
export async function verifyToken(token: string, secret: string): Promise<AuthUser | null> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: ['HS256'] });
    const id = Number(payload.sub);
    if (!Number.isInteger(id)) return null;
    return {
      id,
      email: String(payload['email']),
      role: payload['role'] as Role,
      orgUnitCodes: Array.isArray(payload['orgUnitCodes']) ? (payload['orgUnitCodes'] as string[]) : [],
    };
  } catch {
    return null;
  }
}
