/**
 * The store's one rule for reading the records of many keys in a transaction:
 * when the keys are most of the store (BULK_SHARE of its creators or more),
 * one getAll over the whole store, filtered; else one request per key, all
 * issued at once. Fewer requests either way, same records. Used by the
 * shortlist with posts (shortlist.ts) and the table's rows (shortlist-rows.ts).
 */
import { COUNTERS_KEY, parseCounters } from './counters';
import { track } from './tx';

/** When the keys cover at least this share of all creators, one getAll beats a get per key. */
export const BULK_SHARE = 0.5;

/** Whether `n` keys out of `creatorCount` creators are read with one getAll. */
export function readsWhole(n: number, creatorCount: number): boolean {
  return n > 0 && n >= creatorCount * BULK_SHARE;
}

/** How many creators there are: the kept count (counters.ts), else count() (which walks the records). */
export async function creatorCountIn(
  meta: { get(key: string): Promise<unknown> },
  creators: { count(): Promise<number> },
): Promise<number> {
  const counters = parseCounters(await meta.get(COUNTERS_KEY));
  return counters ? counters.creators : creators.count();
}

/** The raw record under each key (undefined where there is none), read whole or key by key. */
export async function readByKey(
  store: { getAll(): Promise<unknown[]>; get(key: string): Promise<unknown> },
  keys: readonly string[],
  whole: boolean,
  keyField: string,
): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  if (keys.length === 0) return out;
  if (whole) {
    const wanted = new Set<string>(keys);
    for (const record of await track(store.getAll())) {
      const key = (record as Record<string, unknown> | null)?.[keyField];
      if (typeof key === 'string' && wanted.has(key)) out.set(key, record);
    }
    return out;
  }
  const raw = await Promise.all(keys.map((k) => track(store.get(k))));
  keys.forEach((k, i) => {
    out.set(k, raw[i]);
  });
  return out;
}

/**
 * The raw records belonging to each key (by `groupField`, e.g. a post's
 * creatorKey), read whole or through the index on that field, key by key.
 */
export async function readGroupsByKey(
  store: { getAll(): Promise<unknown[]> },
  index: { getAll(key: string): Promise<unknown[]> },
  keys: readonly string[],
  whole: boolean,
  groupField: string,
): Promise<Map<string, unknown[]>> {
  const out = new Map<string, unknown[]>();
  if (keys.length === 0) return out;
  if (whole) {
    const wanted = new Set<string>(keys);
    for (const record of await track(store.getAll())) {
      const owner = (record as Record<string, unknown> | null)?.[groupField];
      if (typeof owner !== 'string' || !wanted.has(owner)) continue;
      const list = out.get(owner);
      if (list) list.push(record);
      else out.set(owner, [record]);
    }
    return out;
  }
  const raw = await Promise.all(keys.map((k) => track(index.getAll(k))));
  keys.forEach((k, i) => {
    out.set(k, raw[i] ?? []);
  });
  return out;
}
