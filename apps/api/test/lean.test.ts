// The lean path for repeated queries (graphql/lean.ts): its answers are Apollo's, byte for byte and header for header,
// and every check Apollo's pipeline makes still holds on it — CSRF prevention, the body limit, the input guard, the
// query limits, the credential read on each request, error wording and status — on SQLite and PostgreSQL.
import { GraphQLError, GraphQLInt, GraphQLObjectType, GraphQLSchema, parse, type ExecutionResult, type OperationDefinitionNode } from 'graphql';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jitGateway } from '../src/graphql/jit.js';
import { HANDED_RESULT, LeanOperations } from '../src/graphql/lean.js';
import { QUERY_LIMITS } from '../src/limits.js';
import { DIALECTS, startTestServer, type GqlResponse, type TestServer } from './helpers/server.js';

interface Raw {
  status: number;
  headers: Record<string, string>;
  text: string;
  body: GqlResponse;
}

/** The headers an answer carries, but the ones that change with the clock or the connection. */
function headersOf(res: Response): Record<string, string> {
  return Object.fromEntries([...res.headers].filter(([name]) => !['date', 'keep-alive', 'connection'].includes(name)));
}

const RANKING = 'query Ranking($i: String!, $y: Int!) { ranking(indicatorCode: $i, year: $y) { orgUnitCode rank } }';

describe.each(DIALECTS)('the lean path for repeated queries ($dialect)', ({ dialect, skip }) => {
  let t: TestServer;
  let admin: string;
  let analyst: string;

  beforeAll(async () => {
    if (skip) return;
    t = await startTestServer(dialect);
    admin = await t.login('admin@demo.cchc');
    analyst = await t.login('analyst@demo.cchc');
  });
  afterAll(async () => t?.close());

  const post = async (body: unknown, headers: Record<string, string> = {}): Promise<Raw> => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: headersOf(res), text, body: JSON.parse(text) as GqlResponse };
  };
  /** Sends a request and says whether the lean path wrote the answer. */
  const sent = async (body: unknown, headers: Record<string, string> = {}): Promise<Raw & { lean: boolean }> => {
    const before = t.server.leanOperations.answered;
    const raw = await post(body, headers);
    return { ...raw, lean: t.server.leanOperations.answered > before };
  };
  const code = (raw: Raw) => raw.body.errors?.[0]?.extensions?.['code'];
  /** A query text of its own (a comment changes the text, not the operation), so its first request is Apollo's. */
  let n = 0;
  const fresh = (query: string) => `${query} # ${dialect} ${++n}`;

  it.skipIf(skip)('answers a repeated query itself, with the bytes and headers Apollo sent the first time', async () => {
    const accepts = [
      undefined,
      'application/json',
      'application/graphql-response+json',
      'application/graphql-response+json,application/json;q=0.9',
    ];
    for (const accept of accepts) {
      const query = fresh(RANKING);
      const body = { query, variables: { i: 'N.PAR.SCORE', y: 2023 }, operationName: 'Ranking' };
      const headers: Record<string, string> = accept ? { accept } : {};
      const first = await sent(body, headers);
      const second = await sent(body, headers);
      expect(first.lean).toBe(false);
      expect(second.lean, `Accept: ${accept}`).toBe(true);
      expect(first.status).toBe(200);
      expect((first.body.data as { ranking: unknown[] }).ranking.length).toBeGreaterThan(0);
      expect(second.text).toBe(first.text);
      expect(second.headers).toEqual(first.headers);
      expect(second.status).toBe(first.status);
    }
  });

  it.skipIf(skip)('tells operations apart by name, and a request without the name from one with it', async () => {
    const query = fresh('query A { orgUnit(code: "binh-thanh") { code } } query B { orgUnit(code: "binh-thanh") { name } }');
    await post({ query, operationName: 'A' });
    const b = await sent({ query, operationName: 'B' });
    expect(b.lean).toBe(false);
    expect(b.body.data).toEqual({ orgUnit: { name: expect.any(String) } });
    const a = await sent({ query, operationName: 'A' });
    expect(a.lean).toBe(true);
    expect(a.body.data).toEqual({ orgUnit: { code: 'binh-thanh' } });
    const none = await sent({ query });
    expect(none.lean).toBe(false);
    expect(none.status).toBe(400);
  });

  it.skipIf(skip)('refuses, as Apollo does, a known query sent with a type a cross-site form can send (CSRF)', async () => {
    const body = JSON.stringify({ query: RANKING, variables: { i: 'N.PAR.SCORE', y: 2023 } });
    expect((await sent(body)).status).toBe(200);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await sent(body, { 'content-type': type });
      expect(res.lean).toBe(false);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
      expect(res.body.data).toBeUndefined();
    }
  });

  it.skipIf(skip)('checks the variables of every request of a known query (input guard)', async () => {
    const query = 'query($code: String!) { orgUnit(code: $code) { name } }';
    expect((await sent({ query, variables: { code: 'binh-thanh' } })).status).toBe(200);
    expect((await sent({ query, variables: { code: 'binh-thanh' } })).lean).toBe(true);
    const nul = await sent({ query, variables: { code: 'binh\u0000thanh' } });
    expect(nul).toMatchObject({ lean: false, status: 400 });
    expect(nul.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER' });
    const long = await sent({ query, variables: { code: 'y'.repeat(2_001) } });
    expect(long).toMatchObject({ lean: false, status: 400 });
    expect(long.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG' });
  });

  it.skipIf(skip)('reads the credential of every request of a known query', async () => {
    const query = '{ users { email } }';
    const asAdmin = await sent({ query }, { authorization: `Bearer ${admin}` });
    expect((asAdmin.body.data as { users: unknown[] }).users.length).toBeGreaterThanOrEqual(4);
    const again = await sent({ query }, { authorization: `Bearer ${admin}` });
    expect(again.lean).toBe(true);
    expect(again.text).toBe(asAdmin.text);
    const asAnalyst = await sent({ query }, { authorization: `Bearer ${analyst}` });
    expect(code(asAnalyst)).toBe('FORBIDDEN');
    const anonymous = await sent({ query });
    expect(code(anonymous)).toBe('UNAUTHENTICATED');
    expect((await sent({ query }, { authorization: 'Bearer not-a-token' })).body.errors).toBeDefined();
  });

  it.skipIf(skip)('hands a result with errors to Apollo: the same words, code, status and headers', async () => {
    const cases = [
      {
        query: 'query($w: String!) { ranking(indicatorCode: "N.PAR.SCORE", year: 2023, withinOrgUnitCode: $w) { rank } }',
        prime: { w: 'binh-thanh' },
        failing: { w: 'no-such-unit' },
      },
      { query: 'query($y: Int!) { ranking(indicatorCode: "N.PAR.SCORE", year: $y) { rank } }', prime: { y: 2023 }, failing: { y: 'twenty' } },
    ];
    for (const { query, prime, failing } of cases) {
      // Apollo's own answer to the failing request, on a text of its own seen for the first time.
      const apollos = await sent({ query: fresh(query), variables: failing });
      expect(apollos.body.errors?.length).toBeGreaterThan(0);
      await post({ query, variables: prime });
      const handed = await sent({ query, variables: failing });
      expect(handed.lean).toBe(false);
      expect(handed.status).toBe(apollos.status);
      expect(handed.headers).toEqual(apollos.headers);
      expect(handed.body).toEqual(apollos.body);
      expect(handed.text).not.toMatch(/stack|at .*\.js/);
    }
  });

  it.skipIf(skip)('masks an unexpected failure of a known query without details', async () => {
    const query = '{ report(orgUnitCode: "binh-thanh", programme: "2021-2025") { tasks { title } } }';
    expect((await sent({ query })).body.errors).toBeUndefined();
    expect((await sent({ query })).lean).toBe(true);
    await t.server.orm.em.fork().getConnection().execute('drop table programme_task');
    const res = await sent({ query });
    expect(res.lean).toBe(false);
    expect(res.body.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(res.text).not.toMatch(/programme_task|stack/);
  });

  it.skipIf(skip)('learns no mutation and no document the query limits refuse', async () => {
    const size = t.server.leanOperations.size;
    for (let i = 0; i < 2; i++) expect((await sent({ query: 'mutation { signOut }' })).lean).toBe(false);
    const deep = `{ orgUnit(code: "binh-thanh") { ${'children { '.repeat(QUERY_LIMITS.maxDepth + 1)}code${' }'.repeat(QUERY_LIMITS.maxDepth + 1)} } }`;
    for (let i = 0; i < 2; i++) {
      const res = await sent({ query: deep });
      expect(res).toMatchObject({ lean: false, status: 400 });
    }
    expect(t.server.leanOperations.size).toBe(size);
  });

  it.skipIf(skip)('leaves to Apollo a known query with extensions, an Accept it cannot answer, or a body over the limit', async () => {
    const body = { query: RANKING, variables: { i: 'N.PAR.SCORE', y: 2023 } };
    await post(body);
    expect((await sent({ ...body, extensions: { persistedQuery: { version: 1, sha256Hash: 'x'.repeat(64) } } })).lean).toBe(false);
    const refused = await sent(body, { accept: 'text/csv' });
    expect(refused).toMatchObject({ lean: false, status: 406 });
    const large = await sent({ ...body, variables: { ...body.variables, pad: 'x'.repeat(16 * 1024 * 1024) } });
    expect(large).toMatchObject({ lean: false, status: 413 });
    expect(code(large)).toBe('PAYLOAD_TOO_LARGE');
  });

  /** A request through node:http, so that its framing (chunked, no Content-Length) and headers are as written. */
  const raw = (body: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string>; text: string }> =>
    new Promise((resolve, reject) => {
      const req = http.request(`${t.url}/graphql`, { method: 'POST', headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          const kept = Object.entries(res.headers).filter(([name]) => !['date', 'keep-alive', 'connection', 'transfer-encoding', 'content-length'].includes(name));
          resolve({ status: res.statusCode!, headers: Object.fromEntries(kept.map(([k, v]) => [k, String(v)])), text });
        });
      });
      req.on('error', reject);
      req.end(body);
    });

  it.skipIf(skip)('reads a JSON body before Express as the body parser would: the same refusals, words and headers', async () => {
    // Express's body parser answers a body sent without a Content-Length (chunked); the lean path one with it.
    for (const body of ['{"query": ', '"a string"', '42', '', '\uFEFF{"query":"{ __typename }"}']) {
      const parser = await raw(body, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      const lean = await raw(body, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
      expect(lean, JSON.stringify(body)).toEqual(parser);
    }
    const refused = await raw('{"query": ', { 'content-type': 'application/json', 'content-length': '10' });
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text)).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    expect(refused.headers['content-security-policy']).toContain("default-src 'self'");
    // A charset the parser refuses, and an encoded body, are left to it.
    const latin1 = await raw('{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=latin1', 'content-length': '26' });
    expect(latin1.status).toBe(415);
  });

  it.skipIf(skip)('answers a known query sent without a Content-Length, or over the size it reads, through Apollo with the same bytes', async () => {
    const body = JSON.stringify({ query: fresh(RANKING), variables: { i: 'N.PAR.SCORE', y: 2023 } });
    const first = await raw(body, { 'content-type': 'application/json', 'content-length': String(body.length) });
    let before = t.server.leanOperations.answered;
    const chunked = await raw(body, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    expect(t.server.leanOperations.answered).toBe(before);
    expect(chunked).toEqual(first);
    const padded = body + ' '.repeat(1024 * 1024);
    before = t.server.leanOperations.answered;
    const large = await raw(padded, { 'content-type': 'application/json', 'content-length': String(padded.length) });
    expect(t.server.leanOperations.answered).toBe(before);
    expect(large).toEqual(first);
    const again = await raw(body, { 'content-type': 'application/json; charset=UTF-8', 'content-length': String(body.length) });
    expect(t.server.leanOperations.answered).toBe(before + 1);
    expect(again).toEqual(first);
  });
});

describe('the executor and the lean path', () => {
  let runs = 0;
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: { counted: { type: GraphQLInt, resolve: () => ++runs } },
    }),
    mutation: new GraphQLObjectType({ name: 'Mutation', fields: { touch: { type: GraphQLInt, resolve: () => ++runs } } }),
  });
  /** Calls the gateway's executor as Apollo does once a request is parsed, validated and its operation resolved. */
  async function execute(gateway: ReturnType<typeof jitGateway>, source: string, sentName: string | null, context: object) {
    const { executor } = await gateway.load({ apollo: { keyHash: undefined, graphRef: undefined, key: undefined } } as never);
    const document = parse(source);
    const operation = document.definitions[0] as OperationDefinitionNode;
    return executor!({
      source,
      document,
      operation,
      operationName: operation.name?.value ?? null,
      queryHash: source,
      request: { query: source, operationName: sentName ?? undefined, variables: {} },
      context,
    } as never);
  }

  it('learns a query by the text and operation name the client sent, and no mutation', async () => {
    const lean = new LeanOperations();
    const gateway = jitGateway(schema, lean);
    await execute(gateway, 'query Q { counted }', null, {});
    await execute(gateway, 'mutation M { touch }', null, {});
    expect(lean.find('query Q { counted }', null)).toBeDefined();
    expect(lean.find('query Q { counted }', 'Q')).toBeUndefined();
    expect(lean.find('mutation M { touch }', null)).toBeUndefined();
    expect(lean.size).toBe(1);
    // A very long text is left to Apollo each time rather than kept.
    const long = `query Q { counted }${' '.repeat(100_000)}`;
    await execute(gateway, long, null, {});
    expect(lean.find(long, null)).toBeUndefined();
  });

  it('returns the result the lean path handed over without running the operation again', async () => {
    const gateway = jitGateway(schema, new LeanOperations());
    const handed: ExecutionResult = { data: null, errors: [new GraphQLError('refused', { extensions: { code: 'FORBIDDEN' } })] };
    const before = runs;
    const context = { [HANDED_RESULT]: { query: '{ counted }', operationName: null, result: handed } };
    expect(await execute(gateway, '{ counted }', null, context)).toBe(handed);
    expect(runs).toBe(before);
    // A handed result of another text or name is not this request's: the operation runs.
    expect(await execute(gateway, '{ counted }', 'Other', context)).toEqual({ data: { counted: before + 1 } });
    expect(runs).toBe(before + 1);
  });

  it('throws what the lean path’s run threw, for Apollo to mask and log as any executor failure', async () => {
    const gateway = jitGateway(schema, new LeanOperations());
    const failure = new Error('the run failed');
    const before = runs;
    const context = { [HANDED_RESULT]: { query: '{ counted }', operationName: null, thrown: failure } };
    await expect(execute(gateway, '{ counted }', null, context)).rejects.toBe(failure);
    expect(runs).toBe(before);
  });
});
