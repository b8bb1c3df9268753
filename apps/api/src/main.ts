// Entry point: read the configuration, start the server, stop cleanly on SIGTERM / SIGINT.
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { API_NODE_FLAGS, missingNodeFlags } from './node-flags.js';
import { startServer } from './server.js';

let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
const logger = createLogger(config.logLevel);
const missingFlags = missingNodeFlags();
if (missingFlags.length > 0) {
  logger.warn(
    { missing: missingFlags },
    `started without the Node flags the API runs with: start it as \`node ${API_NODE_FLAGS.join(' ')} apps/api/dist/main.js\` (docs/deployment.md)`,
  );
}
const server = await startServer(config, logger).catch((err: unknown) => {
  logger.fatal({ err }, 'start-up failed');
  process.exit(1);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    server
      .close()
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      })
      .catch((err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  });
}
