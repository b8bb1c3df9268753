// Passwords (bcrypt) and session tokens: an HS256 JWT naming a row of app_session, so any API process sharing the
// secret accepts it, and ending the row (sign-out, password change, disable, delete) ends the token on the next
// request. Who the user is and what they may do is read from the database, never from the token.
import bcrypt from 'bcrypt';
import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import type { Role } from './modules/user/user.entity.js';

export interface AuthUser {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  orgUnitCodes: string[];
  /** The app_session row this request was authenticated with (hashed id). */
  sessionId: string;
}

const BCRYPT_ROUNDS = 10;
/** bcrypt reads only the first 72 bytes of a password: longer ones are refused when set and never match. */
export const MAX_PASSWORD_BYTES = 72;

export const passwordBytes = (password: string) => Buffer.byteLength(password, 'utf8');

export const hashPassword = (password: string) => {
  if (passwordBytes(password) > MAX_PASSWORD_BYTES) throw new Error(`a password has at most ${MAX_PASSWORD_BYTES} bytes`);
  return bcrypt.hash(password, BCRYPT_ROUNDS);
};

// Compared against when the e-mail is unknown, so that an unknown account costs the same bcrypt work as a known one.
let dummyHash: Promise<string> | null = null;
const dummy = () => (dummyHash ??= bcrypt.hash(randomBytes(18).toString('base64'), BCRYPT_ROUNDS));

/** True when the password matches; an unknown user (hash null) or an over-long password still costs one bcrypt. */
export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  const tooLong = passwordBytes(password) > MAX_PASSWORD_BYTES;
  const matches = await bcrypt.compare(tooLong ? password.slice(0, 72) : password, hash ?? (await dummy()));
  return matches && hash !== null && !tooLong;
}

/** Warms the dummy hash at start-up so that the first unknown-e-mail sign-in is not the slow one. */
export const warmPasswordHashing = () => dummy().then(() => undefined);

export async function signSessionToken(sessionKey: string, userId: number, expiresAt: Date | null, secret: string): Promise<string> {
  const jwt = new SignJWT({ sid: sessionKey }).setProtectedHeader({ alg: 'HS256' }).setSubject(String(userId)).setIssuedAt();
  if (expiresAt) jwt.setExpirationTime(Math.floor(expiresAt.getTime() / 1000));
  return jwt.sign(new TextEncoder().encode(secret));
}

/** The session key a token names, or null when the signature, algorithm or expiry is wrong. */
export async function verifySessionToken(token: string, secret: string): Promise<{ sessionKey: string; userId: number } | null> {
  if (token.length > 2000) return null;
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: ['HS256'] });
    const userId = Number(payload.sub);
    const sid = payload['sid'];
    if (!Number.isSafeInteger(userId) || typeof sid !== 'string' || sid.length > 100) return null;
    return { sessionKey: sid, userId };
  } catch {
    return null;
  }
}
