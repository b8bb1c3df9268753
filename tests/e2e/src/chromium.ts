// Debian's Chromium, never a downloaded browser: the machines running these tests have no internet.
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './env.js';

export { CHROMIUM_PATH, isCI } from './env.js';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export const MISSING_CHROMIUM = `Chromium not found at ${CHROMIUM_PATH} (install Debian's chromium or set CHROMIUM_PATH)`;
