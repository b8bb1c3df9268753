// The built web app over HTTP: the brotli and gzip copies the web build writes beside each file (vite.config.ts) are
// sent to browsers that accept them (`Content-Encoding`, `Vary: Accept-Encoding`), hashed assets are cached for a year
// as immutable, and index.html — the one file whose name does not change between builds — is revalidated every time.
import type { RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';
import path from 'node:path';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Vite writes every hashed file under assets/; anything else (index.html) keeps its name between builds. */
const isHashed = (file: string): boolean => file.split(path.sep).includes('assets');

export function webStatic(webDist: string): { files: RequestHandler; spaFallback: RequestHandler } {
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
    files: serve,
    // Client-side routes: any other GET gets the app's index.html (compressed like the rest). A missing asset is a
    // 404, not the app: a stale page asking for an old chunk must fail loudly, not parse HTML as JavaScript.
    spaFallback: (req, res, next) => {
      if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path === '/healthz' || req.path.startsWith('/assets/')) return next();
      req.url = '/index.html';
      serve(req, res, next);
    },
  };
}
