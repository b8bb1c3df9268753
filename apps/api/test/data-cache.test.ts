// The values kept until the data version moves: large ones bounded by the items they hold together, least recently
// used out first, never kept for a version older than the cache's.
import { describe, expect, it } from 'vitest';
import { DataCache } from '../src/graphql/data-cache.js';
import { DataVersion } from '../src/graphql/http-cache.js';

function cacheAt(maxItems: number) {
  let version = 1;
  // Read on every request (no age): the tests move it by hand.
  const dataVersion = new DataVersion(async () => String(version), 0);
  const cache = new DataCache(dataVersion, maxItems);
  const reads: string[] = [];
  const large = (key: string, size: number) =>
    cache.getLarge(
      key,
      async () => {
        reads.push(key);
        return Array.from({ length: size }, (_, i) => `${key}${i}`);
      },
      (value) => value.length,
    );
  return { cache, reads, large, move: () => (version += 1) };
}

describe('DataCache.getLarge', () => {
  it('reads a value once per data version, and again after the version moved', async () => {
    const c = cacheAt(100);
    expect(await c.large('a', 10)).toHaveLength(10);
    await c.large('a', 10);
    expect(c.reads).toEqual(['a']);
    c.move();
    await c.large('a', 10);
    expect(c.reads).toEqual(['a', 'a']);
  });

  it('keeps at most maxItems items together, giving up the least recently used first', async () => {
    const c = cacheAt(100);
    await c.large('a', 40);
    await c.large('b', 40);
    await c.large('a', 40); // a is now the most recently used
    await c.large('c', 40); // 120 items: b goes
    c.reads.length = 0;
    await c.large('a', 40);
    await c.large('c', 40);
    expect(c.reads).toEqual([]);
    await c.large('b', 40);
    expect(c.reads).toEqual(['b']);
  });

  it('reads a value larger than the whole bound every time, without giving up the others', async () => {
    const c = cacheAt(100);
    await c.large('small', 50);
    await c.large('huge', 101);
    await c.large('huge', 101);
    await c.large('small', 50);
    expect(c.reads).toEqual(['small', 'huge', 'huge']);
  });

  it('shares one read between concurrent requests', async () => {
    const c = cacheAt(100);
    const [x, y] = await Promise.all([c.large('a', 5), c.large('a', 5)]);
    expect(x).toBe(y);
    expect(c.reads).toEqual(['a']);
  });

  it('does not keep what was read while the version moved, nor answer a request of an older version from the cache', async () => {
    let version = 1;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const cache = new DataCache(new DataVersion(async () => String(version), 0), 100);
    let reads = 0;
    const read = async () => {
      reads += 1;
      return [version];
    };
    const slow = cache.getLarge('k', async () => {
      await gate;
      return read();
    }, (v) => v.length);
    // The read is under way at version 1; a write moves the version, and a request at version 2 empties the cache.
    version = 2;
    await cache.getLarge('other', read, (v) => v.length);
    release();
    await slow;
    // What the version-1 request read was not kept for version 2.
    reads = 0;
    expect(await cache.getLarge('k', read, (v) => v.length)).toEqual([2]);
    expect(reads).toBe(1);
    // A request that reads an older version (another process's lag) reads for itself and keeps nothing.
    version = 1;
    expect(await cache.getLarge('k', read, (v) => v.length)).toEqual([1]);
    version = 2;
    reads = 0;
    expect(await cache.getLarge('k', read, (v) => v.length)).toEqual([2]);
    expect(reads).toBe(0);
  });

  it('forgets a failed read, so the next request tries again', async () => {
    const c = cacheAt(100);
    await expect(c.cache.getLarge('f', async () => Promise.reject(new Error('down')), () => 1)).rejects.toThrow('down');
    expect(await c.large('f', 3)).toHaveLength(3);
  });
});

describe('DataCache.getLargeMany', () => {
  function many() {
    let version = 1;
    const cache = new DataCache(new DataVersion(async () => String(version), 0), 100);
    const calls: string[][] = [];
    let gate: Promise<void> = Promise.resolve();
    const get = (keys: string[]) =>
      cache.getLargeMany(
        keys,
        async (missing) => {
          calls.push(missing);
          await gate;
          // "unknown" is left out of the answer: not kept, not answered.
          return new Map(missing.filter((k) => k !== 'unknown').map((k) => [k, [k, version]] as const));
        },
        () => 10,
      );
    return { get, calls, move: () => (version += 1), hold: (g: Promise<void>) => (gate = g) };
  }

  it('reads only the keys not kept, all in one call, and answers every key', async () => {
    const c = many();
    await c.get(['a', 'b']);
    const values = await c.get(['b', 'c', 'a', 'c']);
    expect(c.calls).toEqual([['a', 'b'], ['c']]);
    expect([...values.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(values.get('c')).toEqual(['c', 1]);
    await c.get(['a', 'b', 'c']);
    expect(c.calls).toHaveLength(2);
    c.move();
    await c.get(['a']);
    expect(c.calls.at(-1)).toEqual(['a']);
  });

  it('leaves out, and reads again, a key the read did not answer', async () => {
    const c = many();
    expect((await c.get(['a', 'unknown'])).has('unknown')).toBe(false);
    await c.get(['a', 'unknown']);
    expect(c.calls).toEqual([['a', 'unknown'], ['unknown']]);
  });

  it("waits for another request's read of the keys it shares instead of reading them again", async () => {
    const c = many();
    let release!: () => void;
    c.hold(new Promise<void>((resolve) => (release = resolve)));
    const first = c.get(['a', 'b']);
    const second = c.get(['b', 'c']);
    await new Promise((resolve) => setImmediate(resolve));
    release();
    const [x, y] = await Promise.all([first, second]);
    expect(c.calls).toEqual([['a', 'b'], ['c']]);
    expect(y.get('b')).toBe(x.get('b'));
  });

  it('rejects every request sharing a failed read, and the next one reads again', async () => {
    let fail = true;
    const cache = new DataCache(new DataVersion(async () => '1', 0), 100);
    const read = async (keys: string[]) => {
      if (fail) throw new Error('down');
      return new Map(keys.map((k) => [k, [k]] as const));
    };
    const both = [cache.getLargeMany(['a', 'b'], read, () => 1), cache.getLargeMany(['b'], read, () => 1)];
    await expect(both[0]).rejects.toThrow('down');
    await expect(both[1]).rejects.toThrow('down');
    fail = false;
    expect((await cache.getLargeMany(['a', 'b'], read, () => 1)).size).toBe(2);
  });
});
