import DataLoader from "dataloader";

/**
 * The DataLoaders of one request. Each loader is made on first use under a key and lives as long as
 * the request, so every lookup of the request is batched and cached, and nothing leaks between callers.
 * A batch runs on `setImmediate`, not DataLoader's default `process.nextTick`: on SQLite every query
 * answers at once, and a heavy request would otherwise run from start to end without letting another
 * request in (measured: the longest block of a 7,500-leader page fell from 943 to 466 ms).
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, batch: DataLoader.BatchLoadFn<K, V>, options?: DataLoader.Options<K, V, string>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, string>(batch, { maxBatchSize: 500, batchScheduleFn: setImmediate, ...options }) as DataLoader<K, V>;
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders the rows found for a batch of keys as DataLoader wants: one result per key, null when absent. */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const found = new Map<K, V>();
  for (const row of rows) found.set(keyOf(row), row);
  return keys.map((key) => found.get(key) ?? null);
}

/** Groups rows under the keys of a batch: one (possibly empty) list per key. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const key of keys) groups.set(key, []);
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
