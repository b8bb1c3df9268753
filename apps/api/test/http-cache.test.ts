// HTTP caching of reads by data version (issue 12), over HTTP on both dialects: a GET query (as the web app sends it,
// with a persisted-query hash) carries an ETag; If-None-Match answers 304; any write moves the ETag; signed-in
// answers are private and never stored (no ETag); answers with errors are never stored.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, type TestServer } from './helpers/server.js';

const QUERY = 'query Headline($code: String!) { indicator(code: $code) { code name } }';
const HASH = createHash('sha256').update(QUERY).digest('hex');
const persisted = { persistedQuery: { version: 1, sha256Hash: HASH } };

describe.each(DIALECTS)('HTTP caching by data version ($dialect)', ({ dialect, skip }) => {
  let t: TestServer;

  beforeAll(async () => {
    if (skip) return;
    t = await startTestServer(dialect);
  });
  afterAll(async () => t?.close());

  const getUrl = (query: string | null, variables: Record<string, unknown> = { code: '3.2.1' }) => {
    const params = new URLSearchParams({ operationName: 'Headline', variables: JSON.stringify(variables), extensions: JSON.stringify(persisted) });
    if (query) params.set('query', query);
    return `${t.url}/graphql?${params.toString()}`;
  };
  // As Apollo Client sends a GET: a JSON content type, which also satisfies Apollo Server's CSRF prevention.
  const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers: { 'content-type': 'application/json', ...headers } });

  it.skipIf(skip)('answers a persisted query by hash with an ETag, public for anonymous readers, and 304 when unchanged', async () => {
    const unknown = (await (await get(getUrl(null))).json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await get(getUrl(QUERY));
    expect(registered.status).toBe(200);
    const first = await get(getUrl(null));
    expect(first.status).toBe(200);
    const firstText = await first.text();
    expect((JSON.parse(firstText) as { data: { indicator: { code: string } } }).data.indicator.code).toBe('3.2.1');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"\d+-[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    expect(first.headers.get('vary')).toContain('Cookie');

    const again = await get(getUrl(null), { 'if-none-match': etag as string });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');

    // Another anonymous reader without a copy gets the same answer (kept by ETag on the server).
    const second = await get(getUrl(null));
    expect(second.status).toBe(200);
    expect(second.headers.get('etag')).toBe(etag);
    expect(await second.text()).toBe(firstText);

    const otherVariables = await get(getUrl(null, { code: '1.1' }), { 'if-none-match': etag as string });
    expect(otherVariables.status).toBe(200);
    expect(otherVariables.headers.get('etag')).not.toBe(etag);
  });

  it.skipIf(skip)('a 304 and a kept answer (sent before Express) carry the same security headers as a computed answer', async () => {
    const headersOf = (res: Response) =>
      Object.fromEntries(
        ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy', 'strict-transport-security', 'cross-origin-opener-policy', 'cross-origin-resource-policy']
          .map((name) => [name, res.headers.get(name)]),
      );
    const url = getUrl(QUERY, { code: '6.1' });
    const computed = await get(url);
    expect(computed.status).toBe(200);
    const expected = headersOf(computed);
    expect(expected['content-security-policy']).toContain("frame-ancestors 'none'");
    const etag = computed.headers.get('etag') as string;
    const kept = await get(url);
    expect(kept.headers.get('etag')).toBe(etag);
    expect(headersOf(kept)).toEqual(expected);
    expect(kept.headers.get('content-type')).toBe(computed.headers.get('content-type'));
    const notModified = await get(url, { 'if-none-match': `W/"0-x", ${etag}` });
    expect(notModified.status).toBe(304);
    expect(headersOf(notModified)).toEqual(expected);
    expect(notModified.headers.get('cache-control')).toBe('public, no-cache');
    expect(notModified.headers.get('vary')).toBe('Cookie, Authorization, X-CSRF-Token');
    // A credential is never answered from the anonymous cache, even with the anonymous tag.
    const token = await t.login('planner.binhthanh@demo.cchc');
    const signedIn = await get(url, { authorization: `Bearer ${token}`, 'if-none-match': etag });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('etag')).toBeNull();
  });

  it.skipIf(skip)('a write through the API moves the ETag', async () => {
    await get(getUrl(QUERY));
    const before = (await get(getUrl(null))).headers.get('etag') as string;
    const analyst = await t.login('analyst@demo.cchc');
    const saved = await t.gql('mutation { saveQuery(input: { name: "etag", query: "{ me { id } }" }) { id } }', {}, analyst);
    expect(saved.errors).toBeUndefined();
    const after = await get(getUrl(null), { 'if-none-match': before });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
  });

  it.skipIf(skip)('any write to a data table moves the data version in the database, raw SQL included', async () => {
    const connection = t.server.orm.em.fork().getConnection();
    const version = async () => Number((await connection.execute<{ version: number }[]>('select version from data_version where id = 1'))[0]?.version);
    const before = await version();
    await connection.execute("update observation set raw = raw where indicator_code = '3.2.1'");
    const afterObservation = await version();
    expect(afterObservation).toBeGreaterThan(before);
    await connection.execute("update target set version = version where id = (select min(id) from target)");
    expect(await version()).toBeGreaterThan(afterObservation);
  });

  it.skipIf(skip)('a signed-in answer is private, never stored and carries no ETag (it may depend on sessions and tokens)', async () => {
    await get(getUrl(QUERY));
    const anonymous = await get(getUrl(null));
    const token = await t.login('planner.binhthanh@demo.cchc');
    const signedIn = await get(getUrl(null), { authorization: `Bearer ${token}` });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
    expect(signedIn.headers.get('etag')).toBeNull();
    // The anonymous tag does not unlock a signed-in answer.
    const crossed = await get(getUrl(null), { authorization: `Bearer ${token}`, 'if-none-match': anonymous.headers.get('etag') as string });
    expect(crossed.status).toBe(200);
  });

  it.skipIf(skip)('an answer with errors carries no ETag and is not stored', async () => {
    const res = await get(`${t.url}/graphql?${new URLSearchParams({ query: '{ indicator(code: 5) { code } }' }).toString()}`);
    expect(res.headers.get('etag')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it.skipIf(skip)('POST answers (mutations and the API for scripts) are never tagged', async () => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables: { code: '3.2.1' } }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeNull();
  });
});
