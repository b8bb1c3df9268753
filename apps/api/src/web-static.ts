// The built web app over HTTP: the brotli and gzip copies the web build writes beside each file (vite.config.ts) are
// sent to browsers that accept them (`Content-Encoding`, `Vary: Accept-Encoding`), hashed assets are cached for a year
// as immutable, and index.html — the one file whose name does not change between builds — is revalidated every time.
// An anonymous reader's overview and indicator pages are sent rendered (web-rendering.ts).
import type { RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from './logger.js';
import type { DataVersion } from './graphql/http-cache.js';
import { pageRenderer, SERVER_DIR } from './web-rendering.js';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Vite writes every hashed file under assets/; anything else (index.html) keeps its name between builds. */
const isHashed = (file: string): boolean => file.split(path.sep).includes('assets');

/**
 * The page's own copy of index.html, which also preloads that page's code (issue 12; written by the web build's
 * first-screens.ts, listed in first-screens.json): a function from a URL path to the copy's file, index.html when no
 * route matches or the build wrote no list. Route paths are the router's: `:name` is one non-empty segment.
 */
export function firstScreenHtml(webDist: string): (urlPath: string) => string {
  let screens: { paths: string[]; html: string }[] = [];
  try {
    screens = (JSON.parse(readFileSync(path.join(webDist, 'first-screens.json'), 'utf8')) as { screens: typeof screens }).screens;
  } catch {
    // An older build or none: every route gets index.html.
  }
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const routes = screens.flatMap((screen) =>
    screen.paths.map((p) => ({
      pattern: new RegExp(`^${p.split('/').map((segment) => (segment.startsWith(':') ? '[^/]+' : escape(segment))).join('/')}/?$`),
      html: `/${screen.html}`,
    })),
  );
  return (urlPath) => routes.find((route) => route.pattern.test(urlPath))?.html ?? '/index.html';
}

/** What rendering the first screens on the server needs (web-rendering.ts); without it every page is sent unrendered. */
export interface WebRendering {
  dataVersion: DataVersion;
  /** This API's GraphQL endpoint on the loopback address. */
  graphqlUrl: () => string;
  logger: Logger;
}

/** The server entry's bundle (and anything beside it) is the API's to run, not a file to send. */
const isServerBundle = (urlPath: string): boolean => urlPath === `/${SERVER_DIR}` || urlPath.startsWith(`/${SERVER_DIR}/`);

export function webStatic(webDist: string, rendering?: WebRendering): { files: RequestHandler; spaFallback: RequestHandler } {
  const htmlFor = firstScreenHtml(webDist);
  const renderer = rendering ? pageRenderer({ webDist, ...rendering }) : null;
  const serve = expressStaticGzip(webDist, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      cacheControl: false,
      setHeaders(res, file) {
        res.setHeader('Cache-Control', isHashed(file) ? IMMUTABLE : REVALIDATE);
      },
    },
  }) as RequestHandler;
  return {
    files: (req, res, next) => (isServerBundle(req.path) ? next() : serve(req, res, next)),
    // Client-side routes: any other GET gets the app's index.html (compressed like the rest), or the copy made for
    // the page the path names. A missing asset is a
    // 404, not the app: a stale page asking for an old chunk must fail loudly, not parse HTML as JavaScript.
    spaFallback: (req, res, next) => {
      if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path === '/healthz' || req.path.startsWith('/assets/')) return next();
      const html = htmlFor(req.path);
      const unrendered = () => {
        req.url = html;
        serve(req, res, next);
      };
      // An anonymous reader's first screen comes rendered (web-rendering.ts); any other page, or a reader with a
      // session, gets the page's copy of index.html as it is.
      if (renderer && html !== '/index.html' && renderer.renders(req)) renderer.send(req, res, html, unrendered);
      else unrendered();
    },
  };
}
