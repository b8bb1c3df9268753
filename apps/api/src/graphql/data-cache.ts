// Values read from the database and kept in this process until the data version moves (any write to a data table
// moves it: graphql/http-cache.ts, Migration20261130060000), so a hot read such as a ranking's indicator costs no
// statement per request and is never staler than the ETags: another process's write is seen within a second.
// Two kinds: small values (an indicator, the units within a unit at a level) counted by entry, and large ones (a year
// of an indicator's figures across the country, a ranking's order, a unit's series of an indicator with its points, a
// unit by code, the units directly under a unit) counted by the items they hold, least recently used first out, so
// that the memory they take is bounded whatever the requests ask for.
import { LRUCache } from 'lru-cache';
import type { DataVersion } from './http-cache.js';

/** Keys come from requests (codes): an unknown one is kept as null too, so the set is bounded against a flood. */
const MAX_ENTRIES = 2000;
/**
 * The items (figures, ranking entries; a series point counts two, for its change) the large values hold together, at
 * most: about 60 MB. A year of one indicator across the country is 10,599 communes' figures and its ranking as many
 * entries, so about 19 indicator-years of national rankings, or 370 of a 540-commune province, stay in memory
 * together; a district's ten-indicator, ten-year dashboard is about 4,600 items.
 */
export const MAX_CACHED_ITEMS = 400_000;

export class DataCache {
  private version: number | null = null;
  private readonly entries = new Map<string, Promise<unknown>>();
  private readonly large: LRUCache<string, { value: unknown }>;
  /** Large values being read, shared by concurrent requests; kept only once read, with their size. */
  private readonly reading = new Map<string, Promise<unknown>>();

  constructor(
    private readonly dataVersion: DataVersion,
    private readonly maxItems = MAX_CACHED_ITEMS,
  ) {
    this.large = new LRUCache({ maxSize: maxItems });
  }

  /** The current data version, the kept values emptied if it moved; null when this request read an older one. */
  private async sync(): Promise<number | null> {
    const version = Number(await this.dataVersion.current());
    // A request that read an older version than another one already moved the cache to reads past it.
    if (this.version !== null && version < this.version) return null;
    if (version !== this.version) {
      this.entries.clear();
      this.large.clear();
      this.reading.clear();
      this.version = version;
    }
    return version;
  }

  /** `read()`'s value for `key` as of the current data version: read once per version, shared by concurrent requests. */
  async get<T>(key: string, read: () => Promise<T>): Promise<T> {
    if ((await this.sync()) === null) return read();
    const hit = this.entries.get(key);
    if (hit) return hit as Promise<T>;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const reading = read();
    this.entries.set(key, reading);
    reading.catch(() => {
      if (this.entries.get(key) === reading) this.entries.delete(key);
    });
    return reading;
  }

  /**
   * As `get`, for a value holding `sizeOf(value)` items: kept while the large values together hold at most
   * `maxItems` (`MAX_CACHED_ITEMS`), the least recently used given up first. A value larger than the whole bound is read, not kept.
   */
  async getLarge<T extends object>(key: string, read: () => Promise<T>, sizeOf: (value: T) => number): Promise<T> {
    const values = await this.getLargeMany([key], async () => new Map([[key, await read()]]), sizeOf);
    return values.get(key) as T;
  }

  /**
   * As `getLarge`, for many keys at once: the keys neither kept nor being read by another request are read by one call
   * of `readMissing`, which answers the value of each key it was given (a key it leaves out is neither kept nor
   * answered — the caller says what its absence means). The others are the kept values, or another request's read.
   */
  async getLargeMany<T extends object>(
    keys: readonly string[],
    readMissing: (keys: string[]) => Promise<Map<string, T>>,
    sizeOf: (value: T) => number,
  ): Promise<Map<string, T>> {
    const version = await this.sync();
    if (version === null) return readMissing([...new Set(keys)]);
    const found = new Map<string, T>();
    const elsewhere: [string, Promise<unknown>][] = [];
    const missing: string[] = [];
    for (const key of new Set(keys)) {
      const hit = this.large.get(key);
      if (hit) found.set(key, hit.value as T);
      else {
        const pending = this.reading.get(key);
        if (pending) elsewhere.push([key, pending]);
        else missing.push(key);
      }
    }
    if (missing.length > 0) {
      const reading = readMissing(missing);
      const shared = missing.map((key) => {
        const one = reading.then((values) => values.get(key));
        // Its failure is this request's to report (below); another request waiting on it gets it too.
        one.catch(() => undefined);
        this.reading.set(key, one);
        return [key, one] as const;
      });
      try {
        const values = await reading;
        for (const key of missing) {
          const value = values.get(key);
          if (value === undefined) continue;
          found.set(key, value);
          // Kept only for the version it was read at: the cache may have moved past it meanwhile.
          const size = Math.max(1, sizeOf(value));
          if (this.version === version && size <= this.maxItems) this.large.set(key, { value }, { size });
        }
      } finally {
        for (const [key, one] of shared) if (this.reading.get(key) === one) this.reading.delete(key);
      }
    }
    for (const [key, pending] of elsewhere) {
      const value = await pending;
      if (value !== undefined) found.set(key, value as T);
    }
    return found;
  }
}
