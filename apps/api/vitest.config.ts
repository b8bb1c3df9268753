import { createRequire } from 'node:module';
import { defineTestConfig, INTEGRATION_TIMEOUTS } from '@cchc/vitest-config';

const require = createRequire(import.meta.url);

export default defineTestConfig(
  // Files run one after another: each starts servers on both dialects.
  { include: ['test/**/*.test.ts', 'src/**/*.test.ts'], ...INTEGRATION_TIMEOUTS, fileParallelism: false },
  // type-graphql loads graphql's CommonJS build; the ESM one would be a second "realm" and break instanceof checks.
  { resolve: { alias: { graphql: require.resolve('graphql') } } },
);
