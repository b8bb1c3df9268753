import { defineTestConfig } from '@cchc/vitest-config';

// `pnpm --filter @cchc/report-reader measure`: the reader's figures (recall, wrong HIGH, time), printed.
export default defineTestConfig({ include: ['src/testing/*.measure.ts'], testTimeout: 300_000 });
