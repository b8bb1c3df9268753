// The only module of the harness that reads the environment.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const API_MAIN = path.join(REPO_ROOT, 'apps/api/dist/main.js');
/**
 * An earlier build of the API (a copy of apps/api/dist kept inside apps/api, so its imports resolve), run as the
 * system `cchc-before` beside `cchc` in the same run: an A/B of a change on a shared machine.
 */
export const API_BEFORE_MAIN = process.env.BENCH_API_BEFORE ? path.resolve(process.env.BENCH_API_BEFORE, 'main.js') : null;
/** Appended to the benchmark database's name (`cchc_bench_<preset>_<suffix>`), so engineers sharing a PostgreSQL keep their own. */
export const DB_SUFFIX = process.env.BENCH_DB_SUFFIX ?? null;

/** The PostgreSQL server the harness creates its databases on (trust auth on the bench machine). */
export const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const IS_CI = process.env.CI === 'true';

/** The environment a child server starts with: ours, plus its own settings. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
