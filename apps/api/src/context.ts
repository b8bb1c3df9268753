import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AuthUser } from './auth.js';
import type { Config } from './config.js';
import { createLoaders, type Loaders } from './graphql/loaders.js';
import type { Logger } from './logger.js';

export interface Context {
  /** A fork of the ORM's EntityManager for this request only. */
  em: SqlEntityManager;
  user: AuthUser | null;
  loaders: Loaders;
  config: Config;
  logger: Logger;
}

export function createContext(em: SqlEntityManager, user: AuthUser | null, config: Config, logger: Logger): Context {
  return { em, user, loaders: createLoaders(em, { batch: !config.disableBatching }), config, logger } satisfies Context;
}
