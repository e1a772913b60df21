/** Raw contents of every store (keys included), to compare "before" and "after" exactly. */
import type { StoreContext } from './context';
import { STORE_NAMES, type StoreName } from './db-schema';
import { readTx, track } from './tx';

export type StoreDump = Record<StoreName, { key: unknown; value: unknown }[]>;

export function dumpStore(ctx: StoreContext): Promise<StoreDump> {
  return ctx.connection.use((db) =>
    readTx(db, [...STORE_NAMES], async (tx) => {
      const entries = await Promise.all(
        STORE_NAMES.map(async (name) => {
          const store = tx.objectStore(name);
          const [keys, values] = await Promise.all([track(store.getAllKeys()), track(store.getAll())]);
          return [name, keys.map((key, i) => ({ key, value: values[i] }))] as const;
        }),
      );
      return Object.fromEntries(entries) as StoreDump;
    }),
  );
}
