// Query limits and batching: runaway queries are refused with a clear message; what analysts need still passes;
// the SQL statements of a deep query do not grow with the data.
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEEP_REPORT_QUERY, growReport, selectionPaths } from './helpers/grow.js';
import { DIALECTS, startTestServer, type TestServer } from './helpers/server.js';

const PAGE_QUERY = `query($after: String) {
  indicators(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { code name unit parent { code } components { role indicator { code } }
      observations(orgUnitCode: "binh-thanh") { raw value period { label year } source { quote section { number title } } } } }
  }
}`;

describe.each(DIALECTS)('limits and batching ($dialect)', ({ dialect, skip }) => {
  let t: TestServer;
  beforeAll(async () => {
    if (!skip) t = await startTestServer(dialect);
  });
  afterAll(async () => t?.close());

  const countStatements = async (query: string, variables: Record<string, unknown> = {}) => {
    t.statements.length = 0;
    const res = await t.gql(query, variables);
    expect(res.errors).toBeUndefined();
    return { count: t.statements.filter((s) => /\b(select|with)\b/i.test(s)).length, res };
  };

  const grow = (from: number, n: number) => growReport(t, from, n);

  it.skipIf(skip)(
    'answers the deep report query in a number of statements that does not grow with the data',
    async () => {
      // First make every level of the query non-empty, so that only the amount of data differs between the two runs.
      await grow(0, 2);
      const before = await countStatements(DEEP_REPORT_QUERY);
      expect(before.count).toBeGreaterThan(0);
      await grow(2, 40);
      const after = await countStatements(DEEP_REPORT_QUERY);
      expect(JSON.stringify(after.res).length).toBeGreaterThan(JSON.stringify(before.res).length * 2);
      // Bounded by the query's shape, not its rows: the same bound before and after twenty times the data.
      const bound = selectionPaths(DEEP_REPORT_QUERY);
      expect(before.count).toBeLessThanOrEqual(bound);
      expect(after.count).toBeLessThanOrEqual(bound);
      console.log(
        `[${dialect}] deep report query: ${before.count} statements before, ${after.count} after growing the data (bound ${selectionPaths(DEEP_REPORT_QUERY)})`,
      );
    },
  );

  it.skipIf(skip)(
    'lets an analyst page through every indicator 100 at a time with their observations',
    async () => {
      let after: string | null = null;
      let seen = 0;
      let pages = 0;
      do {
        const { count, res } = await countStatements(PAGE_QUERY, { after });
        const page = (
          res.data as {
            indicators: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: unknown[] };
          }
        ).indicators;
        expect(page.edges.length).toBeLessThanOrEqual(100);
        expect(count).toBeLessThan(15);
        seen += page.edges.length;
        pages += 1;
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(pages).toBeGreaterThan(1);
      expect(seen).toBeGreaterThan(100);
    },
  );

  it.skipIf(skip)('refuses a page larger than 100 with a clear error', async () => {
    const res = await t.gql('{ indicators(first: 101) { edges { node { code } } } }');
    expect(res.errors![0]!.extensions!['code']).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/between 1 and 100/);
  });

  it.skipIf(skip)('refuses a query nested too deep', async () => {
    let selection = 'code';
    for (let i = 0; i < 16; i++) selection = `parent { ${selection} }`;
    const res = await t.gql(`{ indicator(code: "1.1.a") { ${selection} } }`);
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0]!.message).toMatch(/depth limit of 15/i);
  });

  it.skipIf(skip)('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: indicator(code: "1.1") { code }`).join(' ');
    const res = await t.gql(`{ ${aliases} }`);
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0]!.message).toMatch(/aliases limit of 20/i);
  });

  it.skipIf(skip)('allows introspection', async () => {
    const res = await t.gql<{ __schema: { queryType: { name: string } } }>(getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
    expect(res.data!.__schema.queryType.name).toBe('Query');
  });
});
