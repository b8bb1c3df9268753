import { defineTestConfig, INTEGRATION_TIMEOUTS } from '@cchc/vitest-config';

// The loader tests start the API and load databases.
export default defineTestConfig(INTEGRATION_TIMEOUTS);
