// The graphql-jit executor keeps the error contract: a client's bad variables are BAD_USER_INPUT naming the problem,
// a refused resolver keeps its code and path, and an unexpected failure is masked as INTERNAL_SERVER_ERROR.
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jitExecution } from '../src/graphql/jit.js';
import { createSchema } from '../src/schema.js';
import { DIALECTS, startTestServer, type TestServer } from './helpers/server.js';

describe.each(DIALECTS)('errors through the compiled executor ($dialect)', ({ dialect, skip }) => {
  let t: TestServer;
  beforeAll(async () => {
    if (!skip) t = await startTestServer(dialect);
  });
  afterAll(async () => t?.close());

  it.skipIf(skip)('reports bad variables as BAD_USER_INPUT with the message', async () => {
    const res = await t.gql('query($y: Int!) { ranking(indicatorCode: "N.PAR.SCORE", year: $y) { rank } }', { y: 'twenty' });
    expect(res.errors![0]!.extensions!['code']).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/\$y/);
  });

  it.skipIf(skip)('keeps a resolver error’s code, path and location', async () => {
    const res = await t.gql('{ ranking(indicatorCode: "NO.SUCH", year: 2023) { rank } }');
    expect(res.errors![0]).toMatchObject({ path: ['ranking'], extensions: { code: 'NOT_FOUND' }, locations: [{ line: 1, column: 3 }] });
  });

  it.skipIf(skip)('masks an unexpected failure as INTERNAL_SERVER_ERROR without details', async () => {
    await t.server.orm.em.fork().getConnection().execute('drop table programme_task');
    const res = await t.gql('{ report(orgUnitCode: "binh-thanh", programme: "2021-2025") { tasks { title } } }');
    expect(res.errors![0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(res)).not.toMatch(/programme_task/);
  });
});

describe.each(DIALECTS)('answers written by the compiled serializer ($dialect)', ({ dialect, skip }) => {
  let t: TestServer;
  beforeAll(async () => {
    if (!skip) t = await startTestServer(dialect);
  });
  afterAll(async () => t?.close());

  const post = async (query: string) => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return res.text();
  };

  it.skipIf(skip)('writes the same bytes JSON.stringify would: Vietnamese text, nulls, numbers, enums, lists, aliases, __typename', async () => {
    const text = await post(`{
      indicator(code: "3.4.2") { __typename code name nameEn unit direction valueType component: isComponentRow parent { code } legend { value label } }
      units: orgUnits(parentCode: "dinh-hoa") { code name level }
      top: rankingPage(indicatorCode: "N.PAR.SCORE", year: 2023, withinOrgUnitCode: "dinh-hoa", first: 3) {
        totalCount entries { orgUnitCode value raw rank of synthetic } pageInfo { hasNextPage endCursor } }
    }`);
    const parsed = JSON.parse(text) as { data: { indicator: { name: string }; units: unknown[]; top: { entries: unknown[] } }; errors?: unknown };
    expect(parsed.errors).toBeUndefined();
    expect(parsed.data.indicator.name).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữ]/i);
    expect(parsed.data.units.length).toBeGreaterThan(10);
    expect(parsed.data.top.entries).toHaveLength(3);
    expect(text).toBe(`${JSON.stringify(parsed)}\n`);
  });

  it.skipIf(skip)('writes an operation selecting a custom scalar (no JSON schema of its own) and an answer with errors as before', async () => {
    const scalar = await post('{ indicator(code: "3.4.2") { code } lastAppendixImport(orgUnitCode: "binh-thanh", programme: "2021-2025") { importedAt } }');
    expect(JSON.parse(scalar)).toEqual({ data: { indicator: { code: '3.4.2' }, lastAppendixImport: null } });
    const failed = await post('{ a: indicator(code: "3.4.2") { code } b: ranking(indicatorCode: "NO.SUCH", year: 2023) { rank } }');
    const parsed = JSON.parse(failed) as { data: unknown; errors: { extensions: { code: string } }[] };
    expect(parsed.errors[0]!.extensions.code).toBe('NOT_FOUND');
    expect(failed).toBe(`${JSON.stringify(parsed)}\n`);
  });
});

describe('the compiled serializer', () => {
  it('writes only the fields the operation selected, where JSON.stringify writes every property', async () => {
    const jit = jitExecution(await createSchema());
    const { executor } = await jit.gateway.load({ apollo: { key: undefined, keyHash: undefined, graphRef: undefined, graphVariant: 'current' } });
    const document = parse('{ __typename }');
    const result = await executor({ document, operationName: null, queryHash: 'typename', context: {}, request: { variables: {} } } as never);
    const data = result.data as Record<string, unknown>;
    expect(data).toEqual({ __typename: 'Query' });
    data['extra'] = 'not selected';
    expect(jit.stringifyResult({ data })).toBe('{"data":{"__typename":"Query"}}\n');
    // An object the executor did not make (no compiled operation behind it) goes through JSON.stringify.
    expect(jit.stringifyResult({ data: { ...data } })).toBe('{"data":{"__typename":"Query","extra":"not selected"}}\n');
  });
});
