import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AuthUser } from './auth.js';
import type { Config } from './config.js';
import type { DataCache } from './graphql/data-cache.js';
import type { CacheTag } from './graphql/http-cache.js';
import { createLoaders, type Loaders } from './graphql/loaders.js';
import type { Logger } from './logger.js';
import type { RateLimits } from './security/rate-limits.js';

/** What a resolver may do to the HTTP exchange it runs in (cookies of the web app's session). */
export interface RequestHttp {
  /** The client's address as Express sees it (behind TRUST_PROXY hops). */
  ip: string;
  setSessionCookie(token: string, expiresAt: Date | null): void;
  clearSessionCookie(): void;
}

export interface Context {
  /** A fork of the ORM's EntityManager for this request only. */
  em: SqlEntityManager;
  user: AuthUser | null;
  loaders: Loaders;
  config: Config;
  logger: Logger;
  /** The signing secret in force (configured, or the installation's own). */
  secret: string;
  limits: RateLimits;
  /** Reads kept until the data version moves (graphql/data-cache.ts), shared by every request of this server. */
  cache: DataCache;
  http: RequestHttp;
  /** A cacheable GET's ETag and Cache-Control (graphql/http-cache.ts), set by the server after the context is built. */
  httpCache?: CacheTag;
}

export interface ContextServices {
  config: Config;
  logger: Logger;
  secret: string;
  limits: RateLimits;
  cache: DataCache;
}

/**
 * The EntityManager is forked, and the DataLoaders are made, on first use: a request answered from `ctx.cache` or
 * by one plain statement pays for neither a unit of work nor two dozen loaders it does not call.
 */
export function createContext(
  fork: () => SqlEntityManager,
  user: AuthUser | null,
  services: ContextServices,
  http: RequestHttp,
): Context {
  let em: SqlEntityManager | undefined;
  let loaders: Loaders | undefined;
  return {
    get em() {
      return (em ??= fork());
    },
    get loaders() {
      return (loaders ??= createLoaders(this.em, { batch: !services.config.disableBatching }));
    },
    user,
    config: services.config,
    logger: services.logger,
    secret: services.secret,
    limits: services.limits,
    cache: services.cache,
    http,
  } satisfies Context;
}
