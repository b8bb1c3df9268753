// The explorer's example queries (apps/web) run against the real API over a freshly seeded database: each must return
// figures, not only blanks or NO_DATA, so an analyst's first click shows something.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../web/src/modules/explorer/utils/examples.js';
import { startTestServer, type TestServer } from './helpers/server.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object in the result that carries a `value` field (the figures), however deep. */
function figures(data: Json): { [key: string]: Json }[] {
  if (Array.isArray(data)) return data.flatMap(figures);
  if (data === null || typeof data !== 'object') return [];
  const inner = Object.values(data).flatMap(figures);
  return 'value' in data ? [data, ...inner] : inner;
}

/** Every `trend` anywhere in the result. */
function trends(data: Json): string[] {
  if (Array.isArray(data)) return data.flatMap(trends);
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => (key === 'trend' && typeof value === 'string' ? [value] : trends(value)));
}

describe('the explorer examples on the seeded database (sqlite)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('sqlite');
  });
  afterAll(async () => t?.close());

  it.each(EXAMPLE_QUERIES.map((e) => [e.id, e] as const))('%s returns figures', async (_id, example) => {
    const res = await t.gql<Json>(example.query, JSON.parse(example.variables) as Record<string, unknown>);
    expect(res.errors).toBeUndefined();
    const found = figures(res.data ?? null);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((f) => f['value'] !== null).length).toBeGreaterThan(0);
  });

  it('the default example (year-over-year) has a figure and a verdict on every row', async () => {
    const example = EXAMPLE_QUERIES[0]!;
    expect(example.id).toBe('yoy');
    const res = await t.gql<Json>(example.query, JSON.parse(example.variables) as Record<string, unknown>);
    const found = figures(res.data ?? null);
    expect(found.length).toBe(7);
    expect(found.every((f) => typeof f['value'] === 'number')).toBe(true);
    const verdicts = trends(res.data ?? null);
    expect(verdicts).toHaveLength(7);
    expect(verdicts.filter((v) => v === 'NO_DATA')).toEqual([]);
  });
});
