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
 * by one plain statement pays for neither a unit of work nor two dozen loaders it does not call. The getters live on
 * the prototype: Apollo copies the context's own properties for each operation (Object.assign), which would
 * otherwise run them at once.
 */
class RequestContext implements Context {
  private forked: SqlEntityManager | undefined;
  private made: Loaders | undefined;
  httpCache?: CacheTag;
  readonly config: Config;
  readonly logger: Logger;
  readonly secret: string;
  readonly limits: RateLimits;
  readonly cache: DataCache;

  constructor(
    private readonly fork: () => SqlEntityManager,
    readonly user: AuthUser | null,
    services: ContextServices,
    readonly http: RequestHttp,
  ) {
    this.config = services.config;
    this.logger = services.logger;
    this.secret = services.secret;
    this.limits = services.limits;
    this.cache = services.cache;
  }

  get em(): SqlEntityManager {
    return (this.forked ??= this.fork());
  }

  get loaders(): Loaders {
    return (this.made ??= createLoaders(this.em, this.cache, { batch: !this.config.disableBatching }));
  }
}

export function createContext(
  fork: () => SqlEntityManager,
  user: AuthUser | null,
  services: ContextServices,
  http: RequestHttp,
): Context {
  return new RequestContext(fork, user, services, http);
}
