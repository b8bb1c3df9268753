// CCHC_DISABLE_BATCHING=1 (the benchmark's "batching off" system) really turns the DataLoaders' batching off: the
// deep report query's statement count then grows with the data, where with batching it stays within a bound.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEEP_REPORT_QUERY, growReport, selectionPaths } from './helpers/grow.js';
import { DIALECTS, startTestServer, type TestServer } from './helpers/server.js';

describe.each(DIALECTS)('CCHC_DISABLE_BATCHING ($dialect)', ({ dialect, skip }) => {
  let batched: TestServer;
  let unbatched: TestServer;
  beforeAll(async () => {
    if (skip) return;
    batched = await startTestServer(dialect);
    unbatched = await startTestServer(dialect, {}, { CCHC_DISABLE_BATCHING: '1' });
  });
  afterAll(async () => {
    await batched?.close();
    await unbatched?.close();
  });

  const count = async (t: TestServer) => {
    t.statements.length = 0;
    const res = await t.gql(DEEP_REPORT_QUERY);
    expect(res.errors).toBeUndefined();
    return t.statements.filter((s) => /\b(select|with)\b/i.test(s)).length;
  };

  it.skipIf(skip)('costs one statement per key without batching, a constant number with it', async () => {
    await growReport(batched, 0, 2);
    await growReport(unbatched, 0, 2);
    const before = { batched: await count(batched), unbatched: await count(unbatched) };
    await growReport(batched, 2, 10);
    await growReport(unbatched, 2, 10);
    const after = { batched: await count(batched), unbatched: await count(unbatched) };
    console.log(`[${dialect}] deep report query statements, before → after growing: batched ${before.batched} → ${after.batched}, unbatched ${before.unbatched} → ${after.unbatched}`);
    // Batched, the count stays within one statement per field path with a selection, however much data (how many
    // paths DataLoader coalesces depends on which answers share a tick, so the count itself may move by one or two).
    const bound = selectionPaths(DEEP_REPORT_QUERY);
    expect(before.batched).toBeLessThanOrEqual(bound);
    expect(after.batched).toBeLessThanOrEqual(bound);
    expect(before.unbatched).toBeGreaterThan(before.batched);
    // 10 more ratio indicators in every section: at least one more statement per indicator (its components).
    expect(after.unbatched).toBeGreaterThan(before.unbatched + 10);
  });
});
