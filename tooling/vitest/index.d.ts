import type { ViteUserConfig } from 'vitest/config';

export declare const UNIT_TIMEOUTS: { testTimeout: number; hookTimeout: number };
export declare const INTEGRATION_TIMEOUTS: { testTimeout: number; hookTimeout: number };
export declare function defineTestConfig(test?: NonNullable<ViteUserConfig['test']>, vite?: Omit<ViteUserConfig, 'test'>): ViteUserConfig;
