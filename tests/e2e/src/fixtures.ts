// The `test` every spec uses: the running server as baseURL, an optional signed-in demo user, the Chromium check,
// and a helper that writes a named screenshot of the current view for people to look at.
import { test as base, expect, type Page } from '@playwright/test';
import { artifactPath } from './artifacts.js';
import { baseURL, webSessionCookies, type DemoUser } from './api.js';
import { chromiumAvailable, isCI, MISSING_CHROMIUM } from './chromium.js';

export const LANGUAGE_KEY = 'cchc.lang';

/** A browser state already signed in as a demo user: the web app's httpOnly session cookie and its CSRF cookie. */
export async function signedInState(user: DemoUser) {
  return { cookies: await webSessionCookies(user), origins: [] };
}

interface Fixtures {
  /** Sign the test's browser context in as this demo user before the first page loads; null stays anonymous. */
  user: DemoUser | null;
  chromiumGate: void;
  /** Saves `artifacts/screenshots/<name>.png` (full page). */
  shot: (name: string, page?: Page) => Promise<string>;
}

export const test = base.extend<Fixtures>({
  chromiumGate: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      if (!chromiumAvailable()) {
        if (isCI) throw new Error(MISSING_CHROMIUM);
        testInfo.skip(true, MISSING_CHROMIUM);
      }
      await use();
    },
    { auto: true },
  ],
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    await use(baseURL());
  },
  user: [null, { option: true }],
  storageState: async ({ user, storageState }, use) => {
    await use(user ? await signedInState(user) : storageState);
  },
  shot: async ({ page }, use) => {
    await use(async (name, target = page) => {
      const path = artifactPath('screenshots', `${name}.png`);
      await target.screenshot({ path, fullPage: true, animations: 'disabled' });
      return path;
    });
  },
});

export { expect };
