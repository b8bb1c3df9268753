// Limits on abuse (rate-limiter-flexible): sign-in failures per account and per address with delays that double,
// imports and exports per user. The counters live where every API process sees them: Redis when REDIS_URL is set,
// else PostgreSQL's rate_limit table, else (one SQLite process) memory.
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import pg from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Config } from '../config.js';

export const RATE_LIMITS = {
  /** Wrong passwords for one account before the delays start, then 1 s, 2 s, 4 s … up to 15 minutes. */
  signInAccount: { freeFailures: 5, firstDelaySeconds: 1, maxDelaySeconds: 15 * 60, windowSeconds: 24 * 60 * 60 },
  /** Wrong passwords from one address (any accounts) before its delays start. */
  signInAddress: { freeFailures: 20, firstDelaySeconds: 1, maxDelaySeconds: 15 * 60, windowSeconds: 60 * 60 },
  /** Appendix imports per user (or per address when anonymous) per window. */
  import: { points: 20, windowSeconds: 10 * 60 },
  /** Appendix exports per user (or per address when anonymous) per window. */
  export: { points: 60, windowSeconds: 10 * 60 },
} as const;

export type LimitedAction = 'import' | 'export';

/** The refusal: HTTP 429 with Retry-After, code TOO_MANY_REQUESTS and the seconds to wait. */
export function tooManyRequests(retryAfterSeconds: number, what: string): GraphQLError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new GraphQLError(`Too many ${what}; try again in ${seconds} s`, {
    extensions: {
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: seconds,
      reason: 'TOO_MANY_REQUESTS',
      params: { retryAfterSeconds: seconds },
      http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
    },
  });
}

type LimiterFactory = (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;

/** Failures counted over a window; from the (free + 1)th on, the key waits 1, 2, 4 … seconds before the next try. */
class GrowingDelay {
  private readonly failures: RateLimiterAbstract;
  private readonly blocks: RateLimiterAbstract;

  constructor(
    make: LimiterFactory,
    name: string,
    private readonly rule: { freeFailures: number; firstDelaySeconds: number; maxDelaySeconds: number; windowSeconds: number },
  ) {
    this.failures = make({ keyPrefix: `${name}-fails`, points: 1_000_000, duration: rule.windowSeconds });
    this.blocks = make({ keyPrefix: `${name}-wait`, points: 1, duration: 1 });
  }

  /** Seconds the key must still wait, or 0. */
  async waitSeconds(key: string): Promise<number> {
    const res = await this.blocks.get(key);
    return res && res.consumedPoints > 1 && res.msBeforeNext > 0 ? Math.ceil(res.msBeforeNext / 1000) : 0;
  }

  async fail(key: string): Promise<void> {
    const res = await this.failures.penalty(key, 1);
    const beyond = res.consumedPoints - this.rule.freeFailures;
    if (beyond > 0) {
      const delay = Math.min(this.rule.maxDelaySeconds, this.rule.firstDelaySeconds * 2 ** Math.min(beyond - 1, 30));
      await this.blocks.block(key, delay);
    }
  }

  async reset(key: string): Promise<void> {
    await Promise.all([this.failures.delete(key), this.blocks.delete(key)]);
  }
}

export interface RateLimits {
  /** Throws TOO_MANY_REQUESTS while the account or the address must wait. */
  beforeSignIn(email: string, address: string): Promise<void>;
  signInFailed(email: string, address: string): Promise<void>;
  signInSucceeded(email: string): Promise<void>;
  /** Counts one import or export for a user or address; throws TOO_MANY_REQUESTS beyond the limit. */
  consume(action: LimitedAction, who: string): Promise<void>;
  close(): Promise<void>;
}

export function createRateLimits(config: Config): RateLimits {
  let make: LimiterFactory;
  let close = async () => undefined as void;
  if (config.redisUrl) {
    // Commands sent before the connection is up wait in the offline queue; a Redis that stays down fails them fast.
    const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2000 });
    redis.on('error', () => undefined); // reported by the failing limiter call instead
    make = (o) => new RateLimiterRedis({ ...o, storeClient: redis, keyPrefix: `cchc:${o.keyPrefix}` });
    close = async () => {
      redis.disconnect();
    };
  } else if (config.database.dialect === 'postgresql') {
    const pool = new pg.Pool({ connectionString: config.database.url, max: 4 });
    // An idle connection the server ends (a restart, a failover, an administrator) is dropped by the pool and
    // replaced on the next call; without a listener its error would be an uncaught exception that ends the process.
    pool.on('error', () => undefined);
    make = (o) =>
      new RateLimiterPostgres({ ...o, storeClient: pool, tableName: 'rate_limit', tableCreated: true, clearExpiredByTimeout: false });
    close = () => pool.end();
  } else {
    make = (o) => new RateLimiterMemory(o);
  }
  const account = new GrowingDelay(make, 'signin-account', RATE_LIMITS.signInAccount);
  const address = new GrowingDelay(make, 'signin-address', RATE_LIMITS.signInAddress);
  const actions: Record<LimitedAction, RateLimiterAbstract> = {
    import: make({ keyPrefix: 'import', points: RATE_LIMITS.import.points, duration: RATE_LIMITS.import.windowSeconds }),
    export: make({ keyPrefix: 'export', points: RATE_LIMITS.export.points, duration: RATE_LIMITS.export.windowSeconds }),
  };
  const accountKey = (email: string) => email.trim().toLowerCase().slice(0, 200);
  return {
    async beforeSignIn(email, ip) {
      const wait = Math.max(await account.waitSeconds(accountKey(email)), await address.waitSeconds(ip));
      if (wait > 0) throw tooManyRequests(wait, 'failed sign-ins');
    },
    async signInFailed(email, ip) {
      await Promise.all([account.fail(accountKey(email)), address.fail(ip)]);
    },
    async signInSucceeded(email) {
      await account.reset(accountKey(email));
    },
    async consume(action, who) {
      try {
        await actions[action].consume(who);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw tooManyRequests(rejection.msBeforeNext / 1000, `${action}s`);
        throw rejection;
      }
    },
    close,
  };
}
