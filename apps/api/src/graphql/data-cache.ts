// Values read from the database and kept in this process until the data version moves (any write to a data table
// moves it: graphql/http-cache.ts, Migration20261130060000), so a hot read such as a ranking's indicator costs no
// statement per request and is never staler than the ETags: another process's write is seen within a second.
import type { DataVersion } from './http-cache.js';

/** Keys come from requests (codes): an unknown one is kept as null too, so the set is bounded against a flood. */
const MAX_ENTRIES = 2000;

export class DataCache {
  private version: number | null = null;
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(private readonly dataVersion: DataVersion) {}

  /** `read()`'s value for `key` as of the current data version: read once per version, shared by concurrent requests. */
  async get<T>(key: string, read: () => Promise<T>): Promise<T> {
    const version = Number(await this.dataVersion.current());
    // A request that read an older version than another one already moved the cache to reads past it.
    if (this.version !== null && version < this.version) return read();
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
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
}
