// The first screens rendered on the server (src/web-rendering.ts): an anonymous reader gets the page rendered, with the
// same security headers; a reader with a session gets the unrendered page; pages are kept per URL and data version.
// The web build's server entry is stood in for by a small module that renders the report's title from the API's own
// GraphQL endpoint, under a heading, a `<title>`, an `<html lang>` and a `<meta name="description">` in the language
// it is given, as the real one (apps/web/src/entry-server.tsx, tested in the web app) does with the whole page.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isAnonymous, localeOf } from '../src/web-rendering.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const OVERVIEW = '/units/binh-thanh/reports/2021-2025';
/** index.html's description, in Vietnamese; the entry writes the reader's language's. */
const DESCRIPTION = {
  vi: 'Theo dõi cải cách hành chính cấp xã',
  en: 'Tracking administrative reform in communes',
};
const description = (text: string) => `<meta name="description" content="${text}">`;
const TEMPLATE = `<!doctype html><html lang="vi"><title>CCHC</title>${description(DESCRIPTION.vi)}<div id="root"></div><!-- overview -->`;
/** The report's title as the seeded dataset has it: the overview's lead paragraph. */
const TITLE_START = 'BÁO CÁO Tổng kết Chương trình cải cách hành chính';

const ENTRY = `
const RENDERED = /^\\/units\\/([^/]+)\\/reports\\/([^/]+)$/;
export const isServerRendered = (pathname) => RENDERED.test(pathname);
const HEADING = { vi: 'Tổng quan', en: 'Overview' };
const DESCRIPTION = ${JSON.stringify(DESCRIPTION)};
export async function renderPage(url, { template, graphqlUrl, locale = 'vi' }) {
  if (url === '/') return { kind: 'redirect', location: '/units/binh-thanh/reports/2021-2025' };
  (globalThis.__renders ??= []).push(url + ' ' + locale);
  const [, unit, programme] = url.match(RENDERED);
  if (unit === 'broken') throw new Error('a component failed');
  const query = '{ report(orgUnitCode: ' + JSON.stringify(unit) + ', programme: ' + JSON.stringify(programme) + ') { title } }';
  // As Apollo Client sends a GET: the content type passes Apollo Server's CSRF prevention.
  const answer = await (await fetch(graphqlUrl + '?query=' + encodeURIComponent(query), { headers: { 'content-type': 'application/json' } })).json();
  // The locale as given, unescaped: were the API to pass a cookie's value on, the page would show it.
  const html = template
    .replace('<html lang="vi">', '<html lang="' + locale + '">')
    .replace('<title>CCHC</title>', '<title>' + (HEADING[locale] ?? locale) + ' — CCHC</title>')
    .replace('content="' + DESCRIPTION.vi + '"', 'content="' + (DESCRIPTION[locale] ?? locale) + '"')
    .replace('<div id="root"></div>', '<div id="root"><h1>' + (HEADING[locale] ?? locale) + '</h1><p class="lead">' + answer.data.report.title + '</p></div>');
  return { kind: 'page', html };
}
`;

/** The URLs the stand-in entry rendered, each followed by the language it was asked for (it runs in this process). */
const renders = (): string[] => ((globalThis as unknown as { __renders?: string[] }).__renders ??= []);

describe('first screens rendered on the server', () => {
  let t: TestServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cchc-api-ssr-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>CCHC</title><div id="root"></div>');
    mkdirSync(path.join(dir, 'first-screen'));
    writeFileSync(path.join(dir, 'first-screen', 'overview.html'), TEMPLATE);
    writeFileSync(
      path.join(dir, 'first-screen', 'findings.html'),
      '<!doctype html><title>CCHC</title><div id="root"></div><!-- findings -->',
    );
    writeFileSync(
      path.join(dir, 'first-screens.json'),
      JSON.stringify({
        screens: [
          { paths: ['/', '/units/:orgUnitCode/reports/:programme'], html: 'first-screen/overview.html' },
          { paths: ['/units/:orgUnitCode/findings'], html: 'first-screen/findings.html' },
        ],
      }),
    );
    mkdirSync(path.join(dir, 'server'));
    writeFileSync(path.join(dir, 'server', 'entry-server.js'), ENTRY);
    t = await startTestServer('sqlite', {}, { WEB_DIST: dir });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    renders().length = 0;
  });

  const get = (p: string, headers: Record<string, string> = {}) =>
    fetch(`${t.url}${p}`, { headers, redirect: 'manual' });

  it('answers an anonymous GET of the overview with the page rendered, under the same CSP as every answer', async () => {
    const res = await get(OVERVIEW);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain(`<div id="root"><h1>Tổng quan</h1><p class="lead">${TITLE_START}`);
    expect(html).toContain('<!-- overview -->'); // the page's own copy of index.html, with its preloads
    const csp = res.headers.get('content-security-policy');
    expect(csp).toContain("script-src 'self';");
    expect(csp).toBe((await get('/healthz')).headers.get('content-security-policy'));
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('vary')).toBe('Cookie, Authorization, Accept-Encoding');
    expect(res.headers.get('etag')).toMatch(/^"\d+-[\w-]+"$/);
  });

  it('renders a page once per data version: kept and revalidated by ETag, rendered again after a write', async () => {
    const first = await get(OVERVIEW);
    const etag = first.headers.get('etag') as string;
    const again = await get(OVERVIEW);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe(await first.text());
    const notModified = await get(OVERVIEW, { 'if-none-match': etag });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(renders().length).toBeLessThanOrEqual(1); // at most once (none when an earlier test rendered it)

    const analyst = await t.login('analyst@demo.cchc');
    const saved = await t.gql(
      'mutation { saveQuery(input: { name: "ssr", query: "{ me { id } }" }) { id } }',
      {},
      analyst,
    );
    expect(saved.errors).toBeUndefined();
    const after = await get(OVERVIEW, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(renders()).toContain(`${OVERVIEW} vi`);
  });

  it('renders in the language of the cchc_lang cookie, with its own ETag; any other value gets the Vietnamese page', async () => {
    const vi = await get(OVERVIEW);
    const viHtml = await vi.text();
    expect(viHtml).toContain('<html lang="vi"><title>Tổng quan — CCHC</title>');
    expect(viHtml).toContain(`<h1>Tổng quan</h1><p class="lead">${TITLE_START}`);

    const en = await get(OVERVIEW, { cookie: 'theme=dark; cchc_lang=en' });
    expect(en.status).toBe(200);
    const enHtml = await en.text();
    expect(enHtml).toContain('<html lang="en"><title>Overview — CCHC</title>');
    expect(enHtml).toContain(`<h1>Overview</h1><p class="lead">${TITLE_START}`);
    expect(enHtml).not.toContain('Tổng quan');
    // The description is the reader's language's too: never a Vietnamese one kept for the same URL.
    expect(viHtml).toContain(description(DESCRIPTION.vi));
    expect(enHtml).toContain(description(DESCRIPTION.en));
    expect(enHtml).not.toContain(DESCRIPTION.vi);
    expect(en.headers.get('vary')).toBe('Cookie, Authorization, Accept-Encoding');
    const enTag = en.headers.get('etag') as string;
    expect(enTag).toMatch(/^"\d+-[\w-]+"$/);
    expect(enTag).not.toBe(vi.headers.get('etag'));
    // Each language revalidates against its own tag: the Vietnamese tag does not answer 304 to an English reader.
    expect((await get(OVERVIEW, { cookie: 'cchc_lang=en', 'if-none-match': enTag })).status).toBe(304);
    const crossed = await get(OVERVIEW, {
      cookie: 'cchc_lang=en',
      'if-none-match': vi.headers.get('etag') as string,
    });
    expect(crossed.status).toBe(200);
    expect(crossed.headers.get('etag')).toBe(enTag);
    // Kept per language: the English page was rendered once, the Vietnamese one is not rendered again for it.
    expect(renders().filter((r) => r === `${OVERVIEW} en`)).toHaveLength(1);

    for (const cookie of [
      'cchc_lang=xx',
      'cchc_lang=EN',
      'cchc_lang=%3Cscript%3E',
      'cchc_lang=',
      'cchc_lang=vi',
    ]) {
      const res = await get(OVERVIEW, { cookie });
      const html = await res.text();
      expect(html, cookie).toBe(viHtml);
      expect(res.headers.get('etag'), cookie).toBe(vi.headers.get('etag'));
    }
    expect(renders().every((r) => r.endsWith(' vi') || r.endsWith(' en'))).toBe(true);
  });

  it('sends compressed copies to browsers that accept them', async () => {
    const br = await get(OVERVIEW, { 'accept-encoding': 'br, gzip' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(await br.text()).toContain(TITLE_START); // fetch decodes it
    const gz = await get(OVERVIEW, { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toContain(TITLE_START);
  });

  it('never renders for a reader with a session or a token: they get the unrendered page', async () => {
    const credentials: Record<string, string>[] = [
      { cookie: 'cchc_session=abc; cchc_csrf=def' },
      { cookie: 'cchc_csrf=def' },
      { authorization: 'Bearer abc' },
    ];
    for (const headers of credentials) {
      const res = await get(OVERVIEW, headers);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html, JSON.stringify(headers)).toBe(TEMPLATE);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
    expect(renders()).toEqual([]);
  });

  it('sends the unrendered page when rendering fails, for a page with a query string, and for pages it does not render', async () => {
    const broken = await get('/units/broken/reports/2021-2025');
    expect(broken.status).toBe(200);
    expect(await broken.text()).toBe(TEMPLATE);
    // The failure is kept (for a minute, or until a write): the next reader is not made to wait for it again.
    await get('/units/broken/reports/2021-2025');
    expect(renders().filter((u) => u.includes('broken'))).toHaveLength(1);

    expect(await (await get(`${OVERVIEW}?highlight=x`)).text()).toBe(TEMPLATE);
    expect(await (await get('/units/binh-thanh/findings')).text()).toContain('<!-- findings -->');
    expect(renders()).toEqual(['/units/broken/reports/2021-2025 vi']);
  });

  it('sends / to the overview, and never sends the server bundle as a file', async () => {
    const root = await get('/');
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe(OVERVIEW);
    const bundle = await get('/server/entry-server.js');
    expect(await bundle.text()).not.toContain('renderPage');
  });
});

describe('isAnonymous', () => {
  it('is true without a credential and false with a session cookie, the CSRF cookie or an Authorization header', () => {
    expect(isAnonymous({})).toBe(true);
    expect(isAnonymous({ cookie: 'theme=dark' })).toBe(true);
    expect(isAnonymous({ cookie: 'theme=dark; cchc_session=x' })).toBe(false);
    expect(isAnonymous({ cookie: 'cchc_csrf=x' })).toBe(false);
    expect(isAnonymous({ authorization: 'Bearer x' })).toBe(false);
    expect(isAnonymous({ cookie: 'cchc_lang=en' })).toBe(true); // the language is not a credential
  });
});

describe('localeOf', () => {
  it('is English only for cchc_lang=en, Vietnamese for anything else', () => {
    expect(localeOf({ cookie: 'cchc_lang=en' })).toBe('en');
    expect(localeOf({ cookie: 'a=b; cchc_lang=en; c=d' })).toBe('en');
    expect(localeOf({})).toBe('vi');
    expect(localeOf({ cookie: 'cchc_lang=vi' })).toBe('vi');
    expect(localeOf({ cookie: 'cchc_lang=fr' })).toBe('vi');
    expect(localeOf({ cookie: 'cchc_lang="><script>' })).toBe('vi');
    expect(localeOf({ cookie: 'lang=en' })).toBe('vi');
  });
});
