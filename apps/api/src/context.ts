import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AuthUser } from './auth.js';
import type { Config } from './config.js';
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
  http: RequestHttp;
  /** A cacheable GET's ETag and Cache-Control (graphql/http-cache.ts), set by the server after the context is built. */
  httpCache?: CacheTag;
}

export interface ContextServices {
  config: Config;
  logger: Logger;
  secret: string;
  limits: RateLimits;
}

export function createContext(em: SqlEntityManager, user: AuthUser | null, services: ContextServices, http: RequestHttp): Context {
  return {
    em,
    user,
    loaders: createLoaders(em, { batch: !services.config.disableBatching }),
    config: services.config,
    logger: services.logger,
    secret: services.secret,
    limits: services.limits,
    http,
  } satisfies Context;
}
