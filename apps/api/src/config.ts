// The server's configuration: the only module that reads process.env. A bad value stops start-up naming it.
import { existsSync } from 'node:fs';
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
  JWT_SECRET: z.string().min(32).optional(),
  CCHC_DISABLE_BATCHING: booleanFlag.optional(),
});

export interface Config {
  database: DatabaseTarget;
  port: number;
  nodeEnv: 'development' | 'production' | 'test';
  demoMode: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  webDist: string | null;
  /** Signs bearer tokens. Every API process on one database must share it (issue 5 runs two). */
  jwtSecret: string;
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
  const demoMode = e.DEMO_MODE ?? (database.dialect === 'sqlite' && e.NODE_ENV !== 'production');
  if (e.NODE_ENV === 'production' && !e.JWT_SECRET) {
    throw new ConfigError('Invalid configuration — JWT_SECRET: required (at least 32 characters) when NODE_ENV=production');
  }
  return {
    database,
    port: e.PORT,
    nodeEnv: e.NODE_ENV,
    demoMode,
    logLevel: e.LOG_LEVEL,
    webDist: existsSync(path.join(e.WEB_DIST, 'index.html')) ? e.WEB_DIST : null,
    // Outside production a fixed development secret keeps tokens valid across restarts and processes.
    jwtSecret: e.JWT_SECRET ?? 'cchc-development-secret-not-for-production-use',
    disableBatching: e.CCHC_DISABLE_BATCHING ?? false,
  };
}
