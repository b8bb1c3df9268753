// The only module of the harness that reads the environment.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/**
 * An earlier build of the API (a copy of apps/api/dist kept inside apps/api, so its imports resolve), run as the
 * system `cchc-before` beside `cchc` in the same run: an A/B of a change on a shared machine.
 */
export const API_BEFORE_MAIN = process.env.BENCH_API_BEFORE ? path.resolve(process.env.BENCH_API_BEFORE, 'main.js') : null;
/** The API under test; BENCH_API_MAIN points a run at another build (e.g. a copy of the dist before a change, for A/B). */
export const API_MAIN = process.env.BENCH_API_MAIN ?? path.join(REPO_ROOT, 'apps/api/dist/main.js');

/**
 * The benchmark database of a preset: `cchc_bench_<preset>`, or `cchc_bench_<preset>_<BENCH_DB_SUFFIX>` so engineers
 * sharing one PostgreSQL do not load or drop each other's database.
 */
export function benchDatabaseName(preset: string): string {
  const suffix = process.env.BENCH_DB_SUFFIX;
  if (suffix !== undefined && !/^[a-z0-9_]{1,20}$/.test(suffix)) throw new Error(`BENCH_DB_SUFFIX must match [a-z0-9_]{1,20}, got "${suffix}"`);
  return suffix ? `cchc_bench_${preset}_${suffix}` : `cchc_bench_${preset}`;
}

/** The PostgreSQL server the harness creates its databases on (trust auth on the bench machine). */
export const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/**
 * Appended to the benchmark's database names (`cchc_bench_<preset>_<suffix>`) so engineers sharing one PostgreSQL
 * server do not drop or reuse each other's loaded databases; `--db-suffix` overrides it.
 */
export const BENCH_DB_SUFFIX = process.env.BENCH_DB_SUFFIX ?? '';
/** Keep the W4 heap snapshots (hundreds of MB each) in the run's temporary directory instead of deleting them. */
export const BENCH_KEEP_HEAP = process.env.BENCH_KEEP_HEAP === '1';
export const IS_CI = process.env.CI === 'true';

/** The environment a child server starts with: ours, plus its own settings. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
