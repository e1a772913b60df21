/**
 * Schema step: a compound [lastSeen, key] index on creators, so the shortlist
 * is paged in the table's default order (last seen, newest first; equal times
 * by key) by walking an index: a page after a known row starts exactly there,
 * and a thousand creators seen at one moment cost a page no more than one.
 *
 * The index is built by the browser from the records already there; no record
 * is read, rewritten or dropped. A corrupt creator whose lastSeen is no valid
 * key is left out of the index (as of the plain lastSeen one); one whose
 * lastSeen is a string sorts after every number, where the walk never goes
 * (lib/store/shortlist-page.ts); the list drops both as invalid anyway. The
 * version number is the caller's: the step only adds the index and notes the
 * version it was given.
 */
import type { IDBPTransaction } from 'idb';

type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

export const LAST_SEEN_KEY_INDEX = 'lastSeen_key';

export async function addLastSeenKeyIndex(tx: UpgradeTx, version: number): Promise<void> {
  const creators = tx.objectStore('creators');
  if (!creators.indexNames.contains(LAST_SEEN_KEY_INDEX))
    creators.createIndex(LAST_SEEN_KEY_INDEX, ['lastSeen', 'key']);
  await tx.objectStore('meta').put({ key: 'schema', value: { version } });
}
