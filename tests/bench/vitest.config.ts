import { defineTestConfig, INTEGRATION_TIMEOUTS } from '@cchc/vitest-config';

export default defineTestConfig({ include: ['test/**/*.test.ts'], ...INTEGRATION_TIMEOUTS });
