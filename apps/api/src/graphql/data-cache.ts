// Values read from the database and kept in this process until the data version moves (any write to a data table
// moves it: graphql/http-cache.ts, Migration20261130060000), so a hot read such as a ranking's indicator costs no
// statement per request and is never staler than the ETags: another process's write is seen within a second.
// Two kinds: small values (an indicator, the units under a unit) counted by entry, and large ones (a year of an
// indicator's figures across the country, a ranking's order) counted by the items they hold, least recently used first
// out, so that the memory they take is bounded whatever the requests ask for.
import { LRUCache } from 'lru-cache';
import type { DataVersion } from './http-cache.js';

/** Keys come from requests (codes): an unknown one is kept as null too, so the set is bounded against a flood. */
const MAX_ENTRIES = 2000;
/**
 * The items (figures, ranking entries) the large values hold together, at most: about 60 MB. A year of one indicator
 * across the country is 10,599 communes' figures and its ranking as many entries, so about 19 indicator-years of
 * national rankings, or 370 of a 540-commune province, stay in memory together.
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
  async getLarge<T>(key: string, read: () => Promise<T>, sizeOf: (value: T) => number): Promise<T> {
    const version = await this.sync();
    if (version === null) return read();
    const hit = this.large.get(key);
    if (hit) return hit.value as T;
    const pending = this.reading.get(key);
    if (pending) return pending as Promise<T>;
    const reading = read();
    this.reading.set(key, reading);
    try {
      const value = await reading;
      // Kept only for the version it was read at: the cache may have moved past it meanwhile.
      const size = Math.max(1, sizeOf(value));
      if (this.version === version && size <= this.maxItems) this.large.set(key, { value }, { size });
      return value;
    } finally {
      if (this.reading.get(key) === reading) this.reading.delete(key);
    }
  }
}
