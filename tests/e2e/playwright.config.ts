import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, isCI } from './src/chromium.js';

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  outputDir: './artifacts/test-results',
  globalSetup: './src/global-setup.ts',
  forbidOnly: isCI,
  retries: 0,
  // Two cores: a browser per core locally; one on CI, where the other packages' tests run beside this one.
  workers: isCI ? 1 : 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: './artifacts/report' }]],
  projects: [
    { name: 'scenarios', testIgnore: /performance\// },
    // After the scenarios, alone, so the measurement does not share the two cores with other browsers.
    { name: 'performance', testMatch: /performance\/.*\.spec\.ts$/, dependencies: ['scenarios'] },
  ],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
