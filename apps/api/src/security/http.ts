// HTTP hardening: security headers (helmet, a strict CSP with no inline script), the web app's cookie session with a
// double-submit CSRF token, and JSON refusals (with a code, never a stack trace) for bodies Express cannot read.
import type { ApiErrorCode } from '@cchc/domain';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { parseCookie, stringifySetCookie } from 'cookie';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import proxyAddr from 'proxy-addr';
import type { Config } from '../config.js';
import type { RequestHttp } from '../context.js';

export const SESSION_COOKIE = 'cchc_session';
export const CSRF_COOKIE = 'cchc_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * The app and the bundled GraphiQL explorer load only their own scripts and styles. Inline style attributes are
 * allowed for styles (React/GraphiQL set some; they cannot run code); scripts never inline.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    // Nothing is embedded from other origins; keep the defaults of helmet otherwise (nosniff, HSTS, COOP, CORP).
  });
}

/**
 * The headers `securityHeaders()` sets, computed once: they depend on nothing in the request, so the answers sent
 * before Express (graphql/http-cache.ts `answerFromCache`) carry exactly the same ones without running helmet.
 */
export function securityHeaderValues(): (readonly [string, string])[] {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name, Array.isArray(value) ? value.join(', ') : String(value as string | number));
    },
    removeHeader(name: string) {
      headers.delete(name);
    },
  };
  let done = false;
  securityHeaders()({} as Request, recorder as unknown as Response, () => (done = true));
  if (!done) throw new Error('helmet did not finish synchronously');
  return [...headers];
}

const bearerOf = (req: { headers: IncomingHttpHeaders }) => {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : null;
};

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The session token of a request: a bearer token (scripts, API tokens), or the web app's cookie — the cookie counts
 * only when the request repeats the CSRF cookie in the X-CSRF-Token header, which another site's page cannot read.
 */
export function readSessionToken(req: { headers: IncomingHttpHeaders }): string | null {
  const bearer = bearerOf(req);
  if (bearer) return bearer;
  const header = req.headers.cookie;
  if (!header || header.length > 8192) return null;
  const cookies = parseCookie(header);
  const session = cookies[SESSION_COOKIE];
  const csrf = cookies[CSRF_COOKIE];
  const sent = req.headers[CSRF_HEADER];
  if (!session || !csrf || typeof sent !== 'string' || !sameSecret(csrf, sent)) return null;
  return session;
}

/** Which proxies' forwarding headers count: Express's compiled `trust proxy` setting (`app.get('trust proxy fn')`). */
export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * The HTTP exchange as resolvers see it, on Node's own request and response (Express's or the lean path's, which
 * answers before Express): the client's address and the scheme are worked out as Express's `req.ip` and `req.secure`
 * do (proxy-addr over the same trust setting), when first asked.
 */
export function requestHttp(req: IncomingMessage, res: ServerResponse, config: Config, trust: ProxyTrust): RequestHttp {
  const secure = () => {
    if (config.cookieSecure !== 'auto') return config.cookieSecure;
    if ((req.socket as { encrypted?: boolean }).encrypted) return true;
    if (!trust(req.socket.remoteAddress ?? '', 0)) return false;
    const forwarded = req.headers['x-forwarded-proto'];
    return (typeof forwarded === 'string' ? forwarded.split(',')[0]!.trim() : 'http') === 'https';
  };
  const set = (name: string, value: string, httpOnly: boolean, expires: Date | null) =>
    res.appendHeader(
      'Set-Cookie',
      stringifySetCookie({ name, value, httpOnly, secure: secure(), sameSite: 'strict', path: '/', ...(expires ? { expires } : {}) }),
    );
  let ip: string | undefined;
  return {
    get ip() {
      return (ip ??= proxyAddr(req, trust) || req.socket.remoteAddress || 'unknown');
    },
    setSessionCookie(token, expiresAt) {
      set(SESSION_COOKIE, token, true, expiresAt);
      set(CSRF_COOKIE, randomBytes(24).toString('base64url'), false, expiresAt);
    },
    clearSessionCookie() {
      set(SESSION_COOKIE, '', true, new Date(0));
      set(CSRF_COOKIE, '', false, new Date(0));
    },
  };
}

/** A body refused before GraphQL: its status and answer, in GraphQL's error shape with a code. */
export function bodyRefusal(status: number, type: string | undefined): { status: number; body: string } {
  if (status >= 400 && status < 500) {
    const code: ApiErrorCode = type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    const message = type === 'entity.too.large' ? 'The request body is too large' : 'The request body is not valid JSON';
    return { status, body: JSON.stringify({ errors: [{ message, extensions: { code } }] }) };
  }
  return { status: 500, body: JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) };
}

/** Bodies that are too large or not JSON: a 4xx with a code, in GraphQL's error shape; never Express's HTML page. */
export function bodyErrorHandler(): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) return next(err);
    const e = err as { status?: number; statusCode?: number; type?: string };
    const refusal = bodyRefusal(e.status ?? e.statusCode ?? 500, e.type);
    res.status(refusal.status).type('application/json').send(refusal.body);
  };
}
