// The server's configuration: the only module that reads process.env. A bad value stops start-up naming it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(packageDir, '../..');

export type DatabaseTarget =
  | { dialect: 'sqlite'; file: string; url: string }
  | { dialect: 'postgresql'; url: string };

export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length);
    if (file === '') throw new Error('DATABASE_URL "file:" needs a path, e.g. file:/var/lib/cchc/cchc.sqlite');
    return { dialect: 'sqlite', file: path.resolve(file), url };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    new URL(url); // throws on a malformed URL
    return { dialect: 'postgresql', url };
  }
  throw new Error(`DATABASE_URL "${url}" must start with file: (SQLite) or postgres:// (PostgreSQL)`);
}

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'])
  .transform((v) => ['1', 'true', 'on', 'yes'].includes(v));

const EnvSchema = z.object({
  DATABASE_URL: z.string().default(`file:${path.join(repoRoot, 'data', 'cchc.sqlite')}`),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DEMO_MODE: booleanFlag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().default(path.resolve(packageDir, '../web/dist')),
  JWT_SECRET: z.string().optional(),
  /** A file holding the secret (Docker / systemd secrets); its surrounding white space is ignored. */
  JWT_SECRET_FILE: z.string().optional(),
  /** Secure cookies: "auto" marks them Secure when the request came over TLS (directly or via a trusted proxy). */
  COOKIE_SECURE: z.enum(['auto', '1', '0', 'true', 'false']).default('auto'),
  /** Express "trust proxy": hops of reverse proxies in front (the province's proxy terminates TLS), or false. */
  TRUST_PROXY: z.string().default('loopback'),
  /** Rate limits kept in Redis when set (several processes); else PostgreSQL, or memory for SQLite. */
  REDIS_URL: z.string().url().optional(),
  CCHC_DISABLE_BATCHING: booleanFlag.optional(),
});

/** The secret the code once carried: refused everywhere. */
const KNOWN_SECRETS = new Set(['cchc-development-secret-not-for-production-use']);

/** Why a secret is too weak to sign sessions with, or null: 32 characters or more, not repetitive, not a known one. */
export function weakSecretReason(secret: string): string | null {
  if (secret.length < 32) return `has ${secret.length} characters; at least 32 are needed (e.g. openssl rand -base64 48)`;
  if (new Set(secret).size < 10) return 'repeats too few different characters';
  if (KNOWN_SECRETS.has(secret)) return 'is a published development secret';
  return null;
}

export interface Config {
  database: DatabaseTarget;
  port: number;
  nodeEnv: 'development' | 'production' | 'test';
  demoMode: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  webDist: string | null;
  /**
   * Signs session tokens when given (JWT_SECRET or JWT_SECRET_FILE); null means the installation's own secret,
   * generated at first start and kept with the data (see security/secret.ts). Every API process on one database
   * shares it.
   */
  jwtSecret: string | null;
  /** true / false, or 'auto': Secure when the request arrived over TLS. */
  cookieSecure: boolean | 'auto';
  trustProxy: boolean | number | string;
  redisUrl: string | null;
  /**
   * Turns the per-request DataLoaders' batching off (one SQL statement per key). Only the benchmark sets it, to
   * show what batching buys; never set it in production.
   */
  disableBatching: boolean;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
// eslint-disable-next-line no-restricted-properties -- this is the one module that reads the environment
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration — ${problems.join('; ')}`);
  }
  const e = parsed.data;
  let database: DatabaseTarget;
  try {
    database = parseDatabaseUrl(e.DATABASE_URL);
  } catch (err) {
    throw new ConfigError(`Invalid configuration — DATABASE_URL: ${(err as Error).message}`);
  }
  // Demo accounts (published password) exist only when asked for; `pnpm start` asks and says so.
  const demoMode = e.DEMO_MODE ?? false;
  if (demoMode && e.NODE_ENV === 'production') {
    throw new ConfigError('Invalid configuration — DEMO_MODE: demo accounts have a published password; not allowed with NODE_ENV=production');
  }
  if (e.JWT_SECRET !== undefined && e.JWT_SECRET_FILE !== undefined) {
    throw new ConfigError('Invalid configuration — JWT_SECRET and JWT_SECRET_FILE: give one, not both');
  }
  let jwtSecret: string | null = e.JWT_SECRET ?? null;
  if (e.JWT_SECRET_FILE !== undefined) {
    try {
      jwtSecret = readFileSync(e.JWT_SECRET_FILE, 'utf8').trim();
    } catch (err) {
      throw new ConfigError(`Invalid configuration — JWT_SECRET_FILE: cannot read ${e.JWT_SECRET_FILE} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  if (jwtSecret !== null) {
    const weak = weakSecretReason(jwtSecret);
    if (weak) throw new ConfigError(`Invalid configuration — ${e.JWT_SECRET_FILE ? 'JWT_SECRET_FILE' : 'JWT_SECRET'}: the secret ${weak}`);
  }
  const trustProxy = /^\d+$/.test(e.TRUST_PROXY)
    ? Number(e.TRUST_PROXY)
    : e.TRUST_PROXY === 'true' || e.TRUST_PROXY === 'false'
      ? e.TRUST_PROXY === 'true'
      : e.TRUST_PROXY;
  return {
    database,
    port: e.PORT,
    nodeEnv: e.NODE_ENV,
    demoMode,
    logLevel: e.LOG_LEVEL,
    webDist: existsSync(path.join(e.WEB_DIST, 'index.html')) ? e.WEB_DIST : null,
    jwtSecret,
    cookieSecure: e.COOKIE_SECURE === 'auto' ? 'auto' : ['1', 'true'].includes(e.COOKIE_SECURE),
    trustProxy,
    redisUrl: e.REDIS_URL ?? null,
    disableBatching: e.CCHC_DISABLE_BATCHING ?? false,
  };
}
