/**
 * Transaction helpers. Every multi-record change runs in ONE readwrite
 * transaction through `writeTx`: if anything throws half-way (a validation
 * error, a QuotaExceededError from a put), the transaction is aborted, so the
 * writes already queued are rolled back and the store stays exactly as it was.
 *
 * Rule for the callbacks: await only IndexedDB requests inside them. Awaiting
 * anything else lets the transaction auto-commit before the work is done.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { MicrolensDB } from './db-schema';
import { toStoreError } from './errors';

type Db = IDBPDatabase<MicrolensDB>;
type Names = StoreNames<MicrolensDB>[];

export type WriteTx<S extends Names> = IDBPTransaction<MicrolensDB, S, 'readwrite'>;
export type ReadTx<S extends Names> = IDBPTransaction<MicrolensDB, S, 'readonly'>;

const noop = (): void => {};

/**
 * Marks a request promise as handled: when a later request throws and we abort,
 * the earlier ones reject with AbortError, which must not surface as an
 * unhandled rejection. Still returns the original promise for awaiting.
 */
export function track<T>(promise: Promise<T>): Promise<T> {
  promise.catch(noop);
  return promise;
}

/** One transaction around `work`; on failure a readwrite one is aborted, so nothing is half-written. */
async function runTx<S extends Names, M extends 'readonly' | 'readwrite', T>(
  db: Db,
  stores: S,
  mode: M,
  work: (tx: IDBPTransaction<MicrolensDB, S, M>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, mode);
  const done = track(tx.done);
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (error) {
    if (mode === 'readwrite') {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted by the browser (e.g. a quota abort): nothing to undo.
      }
    }
    // The abort's own rejection is expected; report the first cause.
    throw toStoreError(error);
  }
}

export function writeTx<S extends Names, T>(
  db: Db,
  stores: S,
  work: (tx: WriteTx<S>) => Promise<T>,
): Promise<T> {
  return runTx(db, stores, 'readwrite', work);
}

export function readTx<S extends Names, T>(
  db: Db,
  stores: S,
  work: (tx: ReadTx<S>) => Promise<T>,
): Promise<T> {
  return runTx(db, stores, 'readonly', work);
}
