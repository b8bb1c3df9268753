// Picks the loader for a database URL: postgres://… → COPY, file:/path (or a plain path) → SQLite.
import { PostgresLoader } from './postgres.js';
import { SqliteLoader } from './sqlite.js';
import type { Loader } from './rows.js';

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function sqliteFile(url: string): string {
  return url.startsWith('file:') ? url.slice('file:'.length) : url;
}

export function openLoader(databaseUrl: string): Loader {
  return isPostgresUrl(databaseUrl) ? new PostgresLoader(databaseUrl) : new SqliteLoader(sqliteFile(databaseUrl));
}

export { PostgresLoader, SqliteLoader };
export * from './rows.js';
export * from './copy-format.js';
