// The test settings every package shares. Timeouts here are hang detectors sized for a fully loaded 2-core CI
// machine (turbo runs two packages' tasks at once beside PostgreSQL and Chromium), never speed goals: speed lives in
// the benchmarks, which print figures.
import { defineConfig, mergeConfig } from 'vitest/config';

/** Per-test and per-hook limits for unit and component tests. */
export const UNIT_TIMEOUTS = { testTimeout: 30_000, hookTimeout: 60_000 };
/** Limits for tests that start servers, databases or child processes. */
export const INTEGRATION_TIMEOUTS = { testTimeout: 120_000, hookTimeout: 180_000 };

/**
 * A package's vitest config: `include` and any other test options, over the shared defaults.
 * @param {import('vitest/config').ViteUserConfig['test']} test
 * @param {import('vitest/config').ViteUserConfig} [vite] options outside `test` (plugins, resolve)
 */
export function defineTestConfig(test = {}, vite = {}) {
  return mergeConfig(
    defineConfig({ ...vite }),
    defineConfig({ test: { include: ['src/**/*.test.ts'], ...UNIT_TIMEOUTS, ...test } }),
  );
}
