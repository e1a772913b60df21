/**
 * One lazily (re)opened database connection. The browser may close it under us
 * (another context upgrading the schema fires `versionchange`; clearing site
 * data fires `close`; an MV3 worker restart drops it): we forget the handle and
 * open again on the next use, so callers never hold a dead connection.
 */
import { type IDBPDatabase, wrap } from 'idb';
import { DB_VERSION, type MicrolensDB } from './db-schema';
import { StoreError, toStoreError } from './errors';
import { track } from './tx';
import { runUpgrades } from './upgrades';

export type Db = IDBPDatabase<MicrolensDB>;

/** Opens `name` at `version`, running the upgrade steps. Exported for upgrade tests. */
export function openDatabase(
  factory: IDBFactory,
  name: string,
  version: number = DB_VERSION,
): Promise<IDBPDatabase<unknown>> {
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name, version);
  } catch (error) {
    return Promise.reject(toStoreError(error));
  }
  const opened = wrap(request) as unknown as Promise<IDBPDatabase<unknown>>;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as IDBPDatabase<unknown>;
    const tx = wrap(request.transaction as IDBTransaction) as never;
    // A failed upgrade is reported by the open request; its transaction's own rejection is expected.
    track((tx as { done: Promise<void> }).done);
    runUpgrades(db, event.oldVersion, event.newVersion ?? version, tx).catch(() => {
      // A failed migration aborts the version-change transaction; the open request reports it.
      try {
        request.transaction?.abort();
      } catch {
        // already aborted
      }
    });
  });
  return opened.catch((error: unknown) => {
    throw toStoreError(error);
  });
}

export class Connection {
  private pending: Promise<Db> | null = null;
  private closedByUs = false;

  constructor(
    private readonly factory: IDBFactory,
    readonly name: string,
  ) {}

  get(): Promise<Db> {
    if (this.closedByUs) return Promise.reject(new StoreError('storage', 'The store has been closed.'));
    if (!this.pending) {
      const opening = openDatabase(this.factory, this.name).then((raw) => {
        const db = raw as unknown as Db;
        db.addEventListener('versionchange', () => {
          // Let the other context upgrade; we reopen (at the new version's code) on next use.
          db.close();
          this.forget(opening);
        });
        db.addEventListener('close', () => this.forget(opening));
        return db;
      });
      // A failed open is not cached: the next call tries again.
      opening.catch(() => this.forget(opening));
      this.pending = opening;
    }
    return this.pending;
  }

  /** Drops the handle if it is still the current one, so the next get() reopens. */
  forget(which?: Promise<Db>): void {
    if (!which || this.pending === which) this.pending = null;
  }

  /**
   * Runs `work` with the database; if the connection turns out to be closed
   * (InvalidStateError from transaction()), reopens once and retries. Nothing
   * was written by a transaction that could not even start, so retrying is safe.
   */
  async use<T>(work: (db: Db) => Promise<T>): Promise<T> {
    const handle = this.get();
    const db = await handle;
    try {
      return await work(db);
    } catch (error) {
      if (!isClosedConnection(error) || this.closedByUs) throw toStoreError(error);
    }
    this.forget(handle);
    try {
      return await work(await this.get());
    } catch (error) {
      throw toStoreError(error);
    }
  }

  async close(): Promise<void> {
    this.closedByUs = true;
    const pending = this.pending;
    this.pending = null;
    if (pending) (await pending.catch(() => null))?.close();
  }
}

function isClosedConnection(error: unknown): boolean {
  const cause = error instanceof StoreError ? error.cause : error;
  return !!cause && typeof cause === 'object' && 'name' in cause && cause.name === 'InvalidStateError';
}
