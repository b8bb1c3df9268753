import { defineTestConfig } from '@cchc/vitest-config';

export default defineTestConfig();
