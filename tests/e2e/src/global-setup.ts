// One server for the whole run; tests find it through E2E_BASE_URL (workers inherit this process's environment).
import { publishBaseURL } from './env.js';
import { startServer } from './server.js';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const server = await startServer();
  publishBaseURL(server.baseURL);
  console.log(`[e2e] server at ${server.baseURL}`);
  return async () => {
    await server.stop();
  };
}
