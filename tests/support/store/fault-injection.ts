/**
 * Fault injection for fake-indexeddb: make the Nth put() (counted from arming)
 * throw like a browser out of quota, or force-close the database mid-transaction.
 */
import { IDBObjectStore as FDBObjectStore, forceCloseDatabase } from 'fake-indexeddb';

type FakeStore = InstanceType<typeof FDBObjectStore>;
type PutFn = (this: FakeStore, value: unknown, key?: IDBValidKey) => unknown;

function patchPut(onCall: (call: number, store: FakeStore) => void): () => void {
  const proto = FDBObjectStore.prototype as unknown as { put: PutFn; add: PutFn };
  const originalPut = proto.put;
  const originalAdd = proto.add;
  let calls = 0;
  proto.put = function (value, key) {
    onCall(++calls, this);
    return originalPut.call(this, value, key);
  };
  proto.add = function (value, key) {
    onCall(++calls, this);
    return originalAdd.call(this, value, key);
  };
  return () => {
    proto.put = originalPut;
    proto.add = originalAdd;
  };
}

/** The `failOn`-th write from now throws QuotaExceededError; returns a restore function. */
export function failWriteWithQuota(failOn: number): () => void {
  return patchPut((call) => {
    if (call === failOn) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

/**
 * Write number `failOn` (counted from now) fails as when the browser force-closes
 * the database mid-change (site data cleared): the connection closes (firing
 * `close`) and the running transaction is aborted. fake-indexeddb's forced close
 * lets running transactions finish, so the abort is raised here by hand.
 */
export function forceCloseOnWrite(failOn: number): () => void {
  return patchPut((call, store) => {
    if (call === failOn) {
      forceCloseDatabase((store as unknown as { transaction: { db: never } }).transaction.db);
      throw new DOMException('The connection was closed.', 'AbortError');
    }
  });
}
