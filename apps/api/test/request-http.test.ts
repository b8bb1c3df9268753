// The HTTP exchange as resolvers see it (security/http.ts requestHttp): the client's address and the scheme are worked
// out from Node's own request as Express's req.ip and req.secure are — the lean path answers before Express, and the
// rate limits key anonymous callers by that address.
import express from 'express';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../src/config.js';
import { requestHttp, type ProxyTrust } from '../src/security/http.js';

interface Seen {
  express: { ip: string | undefined; secure: boolean };
  ours: { ip: string; cookie: string };
}

describe.each([
  { trust: 'loopback' as const },
  { trust: 1 },
  { trust: '10.0.0.1' },
  { trust: false },
])('requestHttp with trust proxy $trust', ({ trust }) => {
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const app = express();
    app.set('trust proxy', trust);
    const config = { cookieSecure: 'auto' } as Config;
    app.get('/', (req, res) => {
      const http = requestHttp(req, res, config, app.get('trust proxy fn') as ProxyTrust);
      http.setSessionCookie('token', null);
      const cookie = String(res.getHeader('set-cookie'));
      res.json({ express: { ip: req.ip, secure: req.secure }, ours: { ip: http.ip, cookie } } satisfies Seen);
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });
  afterAll(() => close());

  const cases: Record<string, string>[] = [
    {},
    { 'x-forwarded-for': '203.0.113.7' },
    { 'x-forwarded-for': '198.51.100.1, 203.0.113.7' },
    { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' },
    { 'x-forwarded-proto': 'https, http' },
  ];
  it.each(cases)('gives the address and scheme Express gives for %o', async (headers) => {
    const seen = (await (await fetch(url, { headers })).json()) as Seen;
    expect(seen.ours.ip).toBe(seen.express.ip);
    expect(seen.ours.cookie.includes('Secure')).toBe(seen.express.secure);
  });

  it('takes a forwarded address only from a proxy it trusts', async () => {
    const seen = (await (await fetch(url, { headers: { 'x-forwarded-for': '203.0.113.7' } })).json()) as Seen;
    const trusted = trust === 'loopback' || trust === 1;
    expect(seen.ours.ip === '203.0.113.7').toBe(trusted);
  });
});
