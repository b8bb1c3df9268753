// The only module that reads the environment (the shared lint rule keeps it that way).

/** CI=true turns a missing Chromium into a failure instead of a skip, and forbids test.only. */
export const isCI = process.env.CI === 'true' || process.env.CI === '1';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Set to print the server's own log while the tests run. */
export const SERVER_LOG = Boolean(process.env.E2E_SERVER_LOG);
export const SERVER_LOG_LEVEL = process.env.E2E_SERVER_LOG_LEVEL ?? 'warn';

/** The environment the API process starts with: this one, with the given variables set over it. */
export function serverEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

const BASE_URL_KEY = 'E2E_BASE_URL';

/** Global setup publishes the server's URL here; test workers inherit the environment of the runner. */
export function publishBaseURL(url: string): void {
  process.env[BASE_URL_KEY] = url;
}

export function baseURL(): string {
  const url = process.env[BASE_URL_KEY];
  if (!url) throw new Error(`${BASE_URL_KEY} is not set: the global setup starts the server and sets it`);
  return url;
}
