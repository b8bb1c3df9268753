// The only module of this package that reads the environment: where the default database is.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root, from dist/ or src/ alike. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The same default as the API: DATABASE_URL, else the embedded demo database data/cchc.sqlite. */
export function defaultDatabaseUrl(): string {
  return process.env.DATABASE_URL ?? `file:${path.join(REPO_ROOT, 'data', 'cchc.sqlite')}`;
}

/** The environment a child process (the API in tests) starts with: ours plus its own settings. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

/** A PostgreSQL server for the COPY encoding test (trust auth on the test machine), as the API's tests use. */
export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const IS_CI = process.env.CI === 'true';
