// The soak's heap comparison names what grew: a child process writes a snapshot, keeps 20,000 more instances of a
// class in a Map (an unbounded cache, as a leak looks), writes another, and the comparison puts that class first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareHeapSnapshots, summarizeHeapSnapshot } from '../src/heap-snapshot.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-heap-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CHILD = `
const v8 = require('node:v8');
class CachedAnswer { constructor(i) { this.body = 'answer ' + i; this.at = i; } }
const cache = new Map();
globalThis.cache = cache;
for (let i = 0; i < 100; i++) cache.set(i, new CachedAnswer(i));
v8.writeHeapSnapshot(process.argv[1] + '/1-before.heapsnapshot');
for (let i = 100; i < 20100; i++) cache.set(i, new CachedAnswer(i));
v8.writeHeapSnapshot(process.argv[1] + '/2-after.heapsnapshot');
`;

describe('heap snapshot comparison', () => {
  it('puts a class kept without bound in a Map first, with its count and retained growth', () => {
    const run = spawnSync(process.execPath, ['-e', CHILD, dir], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const [before, after] = readdirSync(dir).sort().map((f) => path.join(dir, f));
    const a = summarizeHeapSnapshot(before as string);
    const b = summarizeHeapSnapshot(after as string);
    expect(a.byConstructor.get('CachedAnswer')?.count).toBe(100);
    expect(b.byConstructor.get('CachedAnswer')?.count).toBe(20_100);
    const comparison = compareHeapSnapshots(a, b);
    const grown = comparison.top.find((r) => r.name === 'CachedAnswer');
    expect(grown).toBeDefined();
    // Each instance holds its own string: retained (instance + string) exceeds shallow (instance only).
    expect((grown?.retainedAfter ?? 0) - (grown?.retainedBefore ?? 0)).toBeGreaterThan((grown?.shallowAfter ?? 0) - (grown?.shallowBefore ?? 0));
    // The Map that holds them retains them all: its retained growth is at least theirs.
    const map = b.byConstructor.get('Map');
    expect(map?.retainedBytes ?? 0).toBeGreaterThanOrEqual(grown?.retainedAfter ?? Infinity);
    expect(comparison.totalAfter).toBeGreaterThan(comparison.totalBefore);
  });
});
