// The first screens rendered on the server (issue 12): an anonymous reader opening the overview or an indicator page
// gets HTML with the page already in it, rendered by the web app's own components (its server entry, built by
// `vite build --ssr` into <web dist>/server/entry-server.js), so the page paints before the app's code has arrived.
// The entry asks this API for the page's data over HTTP on the loopback address, as an anonymous browser would: the
// same GraphQL path with its query limits, input guard and HTTP cache, and never a reader's session. A rendered page
// is kept per (URL, language, data version, build) with an ETag (graphql/http-cache.ts's DataVersion and UrlTags) and
// compressed once; a page that cannot be rendered is sent unrendered (the copy of index.html it had before), and the
// reason logged. The language is the reader's choice as the web app keeps it in the `cchc_lang` cookie: `en` renders
// English, anything else (absent, or a value the app never writes) the default, Vietnamese — never the value itself.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { parseCookie } from 'cookie';
import { LRUCache } from 'lru-cache';
import type { Request, Response } from 'express';
import { type DataVersion, UrlTags } from './graphql/http-cache.js';
import type { Logger } from './logger.js';
import { CSRF_COOKIE, SESSION_COOKIE } from './security/http.js';

/** The languages of the web app; Vietnamese is the default. */
export type Locale = 'vi' | 'en';

/** The cookie in which the web app keeps the reader's language (apps/web/src/i18n/index.ts, LANGUAGE_COOKIE). */
export const LANGUAGE_COOKIE = 'cchc_lang';

/** What the web app's server entry exports (apps/web/src/entry-server.tsx). */
export interface ServerEntry {
  isServerRendered(pathname: string): boolean;
  renderPage(
    url: string,
    options: { template: string; graphqlUrl: string; signal?: AbortSignal; locale?: Locale },
  ): Promise<{ kind: 'page'; html: string } | { kind: 'redirect'; location: string }>;
}

/** The web build's folder for the server entry: the API's to run, never a file it sends. */
export const SERVER_DIR = 'server';
const SERVER_ENTRY = path.join(SERVER_DIR, 'entry-server.js');
/** Revalidated on every visit: the data version moves its ETag. */
export const RENDERED_CACHE_CONTROL = 'no-cache';
/** A rendered page depends on whether the request carries a session, on its language (a cookie) and on the encoding. */
export const RENDERED_VARY = 'Cookie, Authorization, Accept-Encoding';

/** Rendered pages kept in memory: a handful of first screens per commune, bounded in count and bytes. */
const MAX_PAGES = 200;
const MAX_BYTES = 16 * 1024 * 1024;
/** Renders at once: beyond this a reader gets the unrendered page rather than a queue (2 cores, shared). */
const MAX_CONCURRENT_RENDERS = 2;
/** A render that takes longer is given up: the unrendered page is faster by then. */
const RENDER_TIMEOUT_MS = 5_000;
/** A failed render is tried again after this long (it may have timed out on a busy machine), or after a write. */
const RETRY_FAILED_AFTER_MS = 60_000;

const br = promisify(brotliCompress);
const gz = promisify(gzip);

interface RenderedPage {
  etag: string;
  /** null: the render failed at this version; the unrendered page is sent without trying again for a while. */
  html: Buffer | null;
  /** When it failed (performance.now()). */
  failedAt?: number;
  br?: Buffer;
  gzip?: Buffer;
}

/**
 * True when the request carries no credential: no session cookie, no CSRF cookie (the web app's sign of a session),
 * no Authorization header. Only such requests get a rendered page — the render never runs as a reader.
 */
export function isAnonymous(headers: IncomingHttpHeaders): boolean {
  if (headers.authorization) return false;
  const cookies = headers.cookie ? parseCookie(headers.cookie) : {};
  return cookies[SESSION_COOKIE] === undefined && cookies[CSRF_COOKIE] === undefined;
}

/** The language to render for this request: the `cchc_lang` cookie when it is `en`, else Vietnamese. */
export function localeOf(headers: IncomingHttpHeaders): Locale {
  const cookies = headers.cookie ? parseCookie(headers.cookie) : {};
  return cookies[LANGUAGE_COOKIE] === 'en' ? 'en' : 'vi';
}

const etagMatches = (ifNoneMatch: string | undefined, etag: string) =>
  ifNoneMatch !== undefined && ifNoneMatch.split(',').some((m) => m.trim().replace(/^W\//, '') === etag);

/** Pages kept by ETag, least recently used out first, bounded in count and bytes (one page at most a quarter). */
const renderedPages = () =>
  new LRUCache<string, RenderedPage>({ max: MAX_PAGES, maxSize: MAX_BYTES, maxEntrySize: MAX_BYTES / 4, sizeCalculation: sizeOf });

const sizeOf = (page: RenderedPage) =>
  (page.html?.length ?? 0) + (page.br?.length ?? 0) + (page.gzip?.length ?? 0) + page.etag.length;

export interface PageRendererOptions {
  webDist: string;
  dataVersion: DataVersion;
  /** This API's GraphQL endpoint on the loopback address, known once the server listens. */
  graphqlUrl: () => string;
  logger: Logger;
}

export interface PageRenderer {
  /** Whether this request may get a rendered page: an anonymous GET without query string (the route is checked in send). */
  renders(req: Request): boolean;
  /** Sends the rendered page for `template` (a file of the web dist, e.g. /first-screen/overview.html), or calls `unrendered`. */
  send(req: Request, res: Response, template: string, unrendered: () => void): void;
}

/** null when the web build has no server entry (an older build): every page is sent unrendered, as before. */
export function pageRenderer({
  webDist,
  dataVersion,
  graphqlUrl,
  logger,
}: PageRendererOptions): PageRenderer | null {
  const entryFile = path.join(webDist, SERVER_ENTRY);
  let entryStat;
  try {
    entryStat = statSync(entryFile);
  } catch {
    logger.info({ entryFile }, 'the web build has no server entry: pages are sent unrendered');
    return null;
  }
  const loading = import(pathToFileURL(entryFile).href).then(
    (module: ServerEntry) => module,
    (err: unknown) => {
      logger.error({ err, entryFile }, 'the web server entry failed to load: pages are sent unrendered');
      return null;
    },
  );
  // A page is named by its URL, its language, the data version and the build it was rendered with (its template and
  // entry): a new build's page never answers with an old build's ETag, nor an English page with a Vietnamese one's.
  const templates = new Map<string, { text: string; build: string }>();
  const templateOf = (file: string) => {
    let template = templates.get(file);
    if (!template) {
      const text = readFileSync(path.join(webDist, file), 'utf8');
      const build = createHash('sha256')
        .update(text)
        .update(`${entryStat.size}:${entryStat.mtimeMs}`)
        .digest('base64url')
        .slice(0, 16);
      template = { text, build };
      templates.set(file, template);
    }
    return template;
  };
  const urlTags = new UrlTags();
  const pages = renderedPages();
  const inFlight = new Map<string, Promise<RenderedPage>>();

  const render = async (url: string, locale: Locale, template: string, etag: string): Promise<RenderedPage> => {
    const entry = await loading;
    if (!entry) throw new Error('no server entry');
    const result = await entry.renderPage(url, {
      template,
      graphqlUrl: graphqlUrl(),
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
      locale,
    });
    if (result.kind !== 'page') throw new Error(`the server entry answered ${result.kind} for ${url}`);
    const html = Buffer.from(result.html);
    const [brotli, gzipped] = await Promise.all([
      br(html, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: html.length },
      }),
      gz(html, { level: 9 }),
    ]);
    return { etag, html, br: brotli, gzip: gzipped };
  };

  /** The page kept or rendered for this ETag; a failure is logged and kept (as null html) for a minute. */
  const pageFor = (url: string, locale: Locale, template: string, etag: string): Promise<RenderedPage> | null => {
    const kept = pages.get(etag);
    if (kept && (kept.html || performance.now() - (kept.failedAt ?? 0) < RETRY_FAILED_AFTER_MS))
      return Promise.resolve(kept);
    let pending = inFlight.get(etag);
    if (pending) return pending;
    if (inFlight.size >= MAX_CONCURRENT_RENDERS) return null;
    pending = render(url, locale, template, etag).then(
      (page) => {
        pages.set(page.etag, page);
        return page;
      },
      (err: unknown) => {
        logger.warn({ err, url, locale }, 'rendering a page failed: sent unrendered');
        const failed: RenderedPage = { etag, html: null, failedAt: performance.now() };
        pages.set(failed.etag, failed);
        return failed;
      },
    );
    inFlight.set(etag, pending);
    void pending.finally(() => inFlight.delete(etag));
    return pending;
  };

  const sendPage = (req: Request, res: Response, page: RenderedPage) => {
    res.set({ ETag: page.etag, 'Cache-Control': RENDERED_CACHE_CONTROL, Vary: RENDERED_VARY });
    if (etagMatches(req.headers['if-none-match'], page.etag)) {
      res.status(304).end();
      return;
    }
    const encoding = req.acceptsEncodings('br', 'gzip', 'identity');
    const body =
      encoding === 'br' && page.br ? page.br : encoding === 'gzip' && page.gzip ? page.gzip : page.html!;
    if (body !== page.html) res.set('Content-Encoding', encoding as string);
    res.status(200).type('html').set('Content-Length', String(body.length)).end(body);
  };

  return {
    renders(req) {
      if (req.method !== 'GET' || !isAnonymous(req.headers)) return false;
      if (req.originalUrl.includes('?')) return false; // a query string is the browser's to render (and not a cache key)
      return true;
    },
    send(req, res, templateFile, unrendered) {
      const url = req.path;
      const answer = async () => {
        const module = await loading;
        if (!module || (url !== '/' && !module.isServerRendered(url))) return unrendered();
        const template = templateOf(templateFile);
        if (url === '/') {
          // The app's index route leads to the overview: said by the server, the overview then comes rendered.
          const result = await module.renderPage(url, { template: template.text, graphqlUrl: graphqlUrl() });
          return result.kind === 'redirect' ? res.redirect(302, result.location) : unrendered();
        }
        const locale = localeOf(req.headers);
        const version = await dataVersion.current();
        const etag = urlTags.tagOf(version, `${template.build} ${locale} ${url}`);
        const page = await pageFor(url, locale, template.text, etag);
        return page?.html ? sendPage(req, res, page) : unrendered();
      };
      answer().catch((err: unknown) => {
        logger.warn({ err, url }, 'rendering a page failed: sent unrendered');
        if (!res.headersSent) unrendered();
      });
    },
  };
}
