// HTTP caching of reads by data version (issue 12). A GET of a query (the web app sends its queries as GET with their
// persisted-query hash) carries an ETag made of the data version — a counter any write to the data moves, kept by
// triggers in the database (Migration20261130060000) — and a hash of the request and of who asks. `If-None-Match`
// with the current ETag is answered 304 before any GraphQL work. Anonymous answers are `public` (shared caches may
// keep them but must revalidate). A signed-in reader's answers are `private, no-store` and carry no ETag: they may
// depend on what the data version does not count (the reader's sessions and API tokens, their last use, expiry), so
// a revoked token must disappear from the list at once.
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler, Response } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';

export const PUBLIC_CACHE = 'public, no-cache';
/** A signed-in reader's answer: never stored, never revalidated by ETag. */
export const PRIVATE_CACHE = 'private, no-store';
/** An answer with errors, or a write's: never stored. */
export const NO_STORE = 'no-store';
/** The headers an answer depends on besides its URL. */
export const VARY = 'Cookie, Authorization, X-CSRF-Token';

/**
 * The data version as this process knows it: read from the database at most once per `maxAgeMs`, and again at once
 * after this process ran a mutation. Another process's write is seen within `maxAgeMs`; an answer is tagged with the
 * version read before it was computed, so it may carry newer data than its tag but never older (a later read sees a
 * higher version and a new tag).
 */
export class DataVersion {
  private value: string | null = null;
  private readAt = 0;
  private pending: Promise<string> | null = null;
  /** Moves on invalidate, so a read that started before a write cannot store its older answer after it. */
  private generation = 0;

  constructor(
    private readonly read: () => Promise<string>,
    private readonly maxAgeMs = 1000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The version when it was read less than `maxAgeMs` ago, else null (without reading it). */
  fresh(): string | null {
    return this.value !== null && this.now() - this.readAt < this.maxAgeMs ? this.value : null;
  }

  current(): Promise<string> {
    const fresh = this.fresh();
    if (fresh !== null) return Promise.resolve(fresh);
    if (this.pending) return this.pending;
    const generation = this.generation;
    const pending = this.read().then(
      (v) => {
        if (generation === this.generation) {
          this.value = v;
          this.readAt = this.now();
          this.pending = null;
        }
        return v;
      },
      (err: unknown) => {
        if (generation === this.generation) this.pending = null;
        throw err;
      },
    );
    this.pending = pending;
    return pending;
  }

  /** After a write of this process: the next request reads the version again. */
  invalidate(): void {
    this.generation += 1;
    this.value = null;
    this.pending = null;
  }
}

export interface CacheTag {
  etag: string;
  cacheControl: string;
}

const tags = new WeakMap<IncomingMessage, CacheTag>();

/** URLs whose ETag is kept for the current version (a revalidation then costs no hash); longer URLs are hashed each time. */
const MAX_TAGGED_URLS = 500;
const MAX_TAGGED_URL_LENGTH = 4096;

/** The ETag of each URL at the current data version: a new version forgets them all. */
export class UrlTags {
  private version: string | null = null;
  private readonly tags = new Map<string, string>();

  tagOf(version: string, url: string): string {
    if (version !== this.version) {
      this.tags.clear();
      this.version = version;
    }
    let tag = this.tags.get(url);
    if (tag === undefined) {
      tag = `"${version}-${createHash('sha256').update(url).digest('base64url').slice(0, 22)}"`;
      if (url.length <= MAX_TAGGED_URL_LENGTH) {
        if (this.tags.size >= MAX_TAGGED_URLS) this.tags.clear();
        this.tags.set(url, tag);
      }
    }
    return tag;
  }
}

const matches = (ifNoneMatch: string | undefined, etag: string) =>
  ifNoneMatch !== undefined && (ifNoneMatch === etag || ifNoneMatch.split(',').some((m) => m.trim().replace(/^W\//, '') === etag));

/** What the cache needs of a request: its headers (the credential it carries), its URL and method. */
export type PersonalKey = (req: { headers: IncomingHttpHeaders }) => string | null;

export interface HttpCache {
  version: DataVersion;
  personalKey: PersonalKey;
  shared: SharedAnswers;
  urlTags: UrlTags;
}

export function createHttpCache(version: DataVersion, personalKey: PersonalKey): HttpCache {
  return { version, personalKey, shared: sharedAnswers(), urlTags: new UrlTags() };
}

/** Anonymous answers kept by ETag, so the next reader without a copy of their own costs no GraphQL work either. */
const MAX_SHARED_ANSWERS = 200;
const MAX_SHARED_BYTES = 1024 * 1024;

interface SharedAnswer {
  body: Buffer;
  contentType: string;
}

/**
 * Anonymous answers by ETag, least recently used out first: a write moves the version, so older entries are never asked
 * for again and age out. An answer over MAX_SHARED_BYTES is not kept.
 */
export type SharedAnswers = LRUCache<string, SharedAnswer>;

const sharedAnswers = (): SharedAnswers =>
  new LRUCache<string, SharedAnswer>({ max: MAX_SHARED_ANSWERS, maxEntrySize: MAX_SHARED_BYTES, sizeCalculation: (a) => Math.max(1, a.body.length) });

type End = (chunk?: unknown, ...rest: unknown[]) => Response;

/** The tag computed for a request by `httpCacheMiddleware`, if it is a cacheable GET. */
export function cacheTagOf(req: IncomingMessage): CacheTag | undefined {
  return tags.get(req);
}

/**
 * In front of Express, helmet and the body parser: an anonymous GET of /graphql whose `If-None-Match` holds the
 * current ETag is answered 304, and one whose answer is kept by ETag is sent that answer, with the security headers
 * every answer carries (`securityHeaders`: computed once, as helmet sets them). Anything else is passed to `next`.
 * Only a version read less than a second ago is used here; otherwise `next` reads it.
 */
export function answerFromCache(cache: HttpCache, securityHeaders: readonly (readonly [string, string])[]) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const url = req.url;
    if (req.method !== 'GET' || url === undefined || !(url.startsWith('/graphql?') || url === '/graphql')) return next();
    const version = cache.version.fresh();
    if (version === null || cache.personalKey(req) !== null) return next();
    const etag = cache.urlTags.tagOf(version, url);
    const notModified = matches(req.headers['if-none-match'], etag);
    const hit = notModified ? undefined : cache.shared.get(etag);
    if (!notModified && !hit) return next();
    for (const [name, value] of securityHeaders) res.setHeader(name, value);
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', PUBLIC_CACHE);
    res.setHeader('Vary', VARY);
    if (notModified) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', hit!.contentType);
    res.setHeader('Content-Length', hit!.body.length);
    res.end(hit!.body);
  };
}

/**
 * Before Apollo: for a GET, the ETag of its answer; a matching `If-None-Match` ends the request with 304, and an
 * answer kept by ETag is sent as it is (what `answerFromCache` did not answer: the version was older than a second).
 * A computed answer without errors is kept for the next anonymous reader.
 */
export function httpCacheMiddleware(cache: HttpCache): RequestHandler {
  const { version, personalKey, shared, urlTags } = cache;
  return (req, res, next) => {
    if (req.method !== 'GET') return next();
    const personal = personalKey(req);
    if (personal !== null) {
      res.set({ 'Cache-Control': PRIVATE_CACHE, Vary: VARY });
      return next();
    }
    version.current().then(
      (v) => {
        const tag: CacheTag = { etag: urlTags.tagOf(v, req.originalUrl), cacheControl: PUBLIC_CACHE };
        if (matches(req.headers['if-none-match'], tag.etag)) {
          res.status(304).set({ ETag: tag.etag, 'Cache-Control': tag.cacheControl, Vary: VARY }).end();
          return;
        }
        tags.set(req, tag);
        // An anonymous answer is the same for every reader: one computed since the last write is sent as it is.
        const hit = shared.get(tag.etag);
        if (hit) {
          res.status(200).set({ ETag: tag.etag, 'Cache-Control': tag.cacheControl, Vary: VARY, 'Content-Type': hit.contentType }).end(hit.body);
          return;
        }
        const end = res.end.bind(res) as End;
        (res as unknown as { end: End }).end = (chunk?: unknown, ...rest: unknown[]) => {
          // The plugin below set this ETag only on an answer without errors.
          if (res.statusCode === 200 && res.getHeader('etag') === tag.etag && (typeof chunk === 'string' || Buffer.isBuffer(chunk))) {
            shared.set(tag.etag, { body: Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk), contentType: String(res.getHeader('content-type') ?? 'application/json') });
          }
          return end(chunk, ...rest);
        };
        next();
      },
      (err: unknown) => next(err),
    );
  };
}

/**
 * In Apollo: a successful GET answer gets its ETag and Cache-Control; an answer with errors is not stored; a
 * mutation makes this process read the data version again (the triggers have moved it).
 */
export function httpCachePlugin<C>(version: DataVersion, tagOf: (context: C) => CacheTag | undefined): ApolloServerPlugin<C & object> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operation }) {
          if (operation?.operation === 'mutation') {
            version.invalidate();
            return;
          }
          const tag = tagOf(contextValue);
          if (!tag) return;
          const ok = response.body.kind === 'single' && !response.body.singleResult.errors?.length;
          response.http.headers.set('vary', VARY);
          if (!ok) {
            response.http.headers.set('cache-control', NO_STORE);
            return;
          }
          response.http.headers.set('etag', tag.etag);
          response.http.headers.set('cache-control', tag.cacheControl);
        },
      };
    },
  };
}
