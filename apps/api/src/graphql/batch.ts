// The building blocks of the request-scoped DataLoaders: each batches all keys of one resolver level into one SQL
// statement, so a nested query costs statements bounded by its depth, not by its rows. Each module builds its own
// loaders from these (modules/<module>/<module>.loaders.ts); graphql/loaders.ts puts them together per request.
import DataLoader from 'dataloader';

/** SQLite limits bound parameters; PostgreSQL copes with many more, but chunks keep statements reasonable. */
export const MAX_KEYS_PER_STATEMENT = 900;

export interface LoaderOptions {
  /** false: every key gets its own statement (the benchmark's "batching off" system). */
  batch: boolean;
}

export function groupBy<K, V>(items: V[], key: (v: V) => K): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** A loader of at most one value per key: `fetch` reads the rows of many keys, `keyOf` says which key a row is for. */
export function one<K, V>(options: LoaderOptions, fetch: (keys: K[]) => Promise<V[]>, keyOf: (v: V) => K) {
  return new DataLoader<K, V | null>(
    async (keys) => {
      const found = new Map((await fetch([...keys])).map((v) => [keyOf(v), v]));
      return keys.map((k) => found.get(k) ?? null);
    },
    { maxBatchSize: MAX_KEYS_PER_STATEMENT, batch: options.batch },
  );
}

/** A loader of a list per key, in the order `fetch` returns the rows. */
export function many<K, V>(options: LoaderOptions, fetch: (keys: K[]) => Promise<V[]>, keyOf: (v: V) => K) {
  return new DataLoader<K, V[]>(
    async (keys) => {
      const grouped = groupBy(await fetch([...keys]), keyOf);
      return keys.map((k) => grouped.get(k) ?? []);
    },
    { maxBatchSize: MAX_KEYS_PER_STATEMENT, batch: options.batch },
  );
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs each piece of work in a turn of the event loop of its own, in order, and settles its promise there (with what
 * it returns, or rejected with what it throws): between two pieces the process answers whatever else arrived, so one
 * large answer built in pieces does not hold every other request behind it. What a settled promise's callbacks do
 * (the executor completing that piece's fields) runs in the same turn.
 */
export function inTurns<T>(work: readonly (() => T)[]): Promise<T>[] {
  let previous: Promise<unknown> = Promise.resolve();
  return work.map((piece) => {
    const settled = previous.then(nextTurn).then(piece);
    previous = settled.catch(() => undefined);
    return settled;
  });
}
