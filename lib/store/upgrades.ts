/**
 * Versioned schema upgrades. Each step turns version N-1 into version N and
 * migrates the records already there, inside the version-change transaction:
 * if any step fails, the browser rolls the whole upgrade back and the old data
 * stays as it was.
 *
 * v1 (first release): creators by key (platform index); snapshots auto-numbered
 *   with a plain creatorKey index; posts by key (creatorKey index); briefs;
 *   shortlist by creatorKey (status index) whose entries had no `updatedAt`;
 *   settings (one record, out-of-line key); meta.
 * v2: history reads need "this creator, between two times" without a
 *   scan, so snapshots get a [creatorKey, at] index (replacing the plain one);
 *   posts get [creatorKey, takenAt]; creators get lastSeen; shortlist entries
 *   gain `updatedAt` (backfilled from addedAt) and an index on it.
 * v3: listing 10,000 creators must not read every post, so brief-fit
 *   scores are cached per creator in a new `fits` store (keyed by creatorKey).
 *   Nothing to migrate: a creator without a record is scored on the next list.
 * v4: the popup's summary must not count 10,000 records on its first
 *   paint, so record counts are kept in the meta store (counters.ts), counted
 *   here from the data already there. No store or record changes shape.
 * v5: campaigns (upgrade-campaigns.ts): three new stores, and the
 *   shortlist copied into a default campaign (the shortlist itself is kept).
 * v6 (current): the shortlist is read in pages walking a compound [lastSeen,
 *   key] index on creators (upgrade-last-seen-key.ts). No record changes.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { COUNTERS_KEY, countStores } from './counters';
import { upgradeToCampaigns } from './upgrade-campaigns';
import { addLastSeenKeyIndex } from './upgrade-last-seen-key';

type AnyDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

export function upgradeToV1(db: AnyDb): void {
  const creators = db.createObjectStore('creators', { keyPath: 'key' });
  creators.createIndex('platform', 'platform');
  const snapshots = db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
  snapshots.createIndex('creatorKey', 'creatorKey');
  const posts = db.createObjectStore('posts', { keyPath: 'key' });
  posts.createIndex('creatorKey', 'creatorKey');
  db.createObjectStore('briefs', { keyPath: 'id' });
  const shortlist = db.createObjectStore('shortlist', { keyPath: 'creatorKey' });
  shortlist.createIndex('status', 'status');
  db.createObjectStore('settings');
  db.createObjectStore('meta', { keyPath: 'key' });
}

/** Returns a promise for the record migration; the open request waits for the transaction anyway. */
export async function upgradeToV2(tx: UpgradeTx): Promise<void> {
  tx.objectStore('creators').createIndex('lastSeen', 'lastSeen');
  const snapshots = tx.objectStore('snapshots');
  snapshots.deleteIndex('creatorKey');
  snapshots.createIndex('creatorKey_at', ['creatorKey', 'at']);
  tx.objectStore('posts').createIndex('creatorKey_takenAt', ['creatorKey', 'takenAt']);
  const shortlist = tx.objectStore('shortlist');
  shortlist.createIndex('updatedAt', 'updatedAt');
  // Backfill updatedAt so the new index sees every entry and v2 validation accepts it.
  let cursor = await shortlist.openCursor();
  while (cursor) {
    const entry = cursor.value as Record<string, unknown> | null;
    if (entry && typeof entry === 'object' && typeof entry.updatedAt !== 'number') {
      // A record we cannot understand is left untouched: reads report it, nothing is lost.
      if (typeof entry.addedAt === 'number') await cursor.update({ ...entry, updatedAt: entry.addedAt });
    }
    cursor = await cursor.continue();
  }
  await tx.objectStore('meta').put({ key: 'schema', value: { version: 2 } });
}

export async function upgradeToV3(db: AnyDb, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('fits', { keyPath: 'creatorKey' });
  await tx.objectStore('meta').put({ key: 'schema', value: { version: 3 } });
}

export async function upgradeToV4(tx: UpgradeTx): Promise<void> {
  const counters = await countStores({
    creators: tx.objectStore('creators'),
    statusIndex: tx.objectStore('shortlist').index('status'),
  });
  const meta = tx.objectStore('meta');
  await Promise.all([
    meta.put({ key: COUNTERS_KEY, value: counters }),
    meta.put({ key: 'schema', value: { version: 4 } }),
  ]);
}

/** Runs every step between the stored version and the target, in order. */
export async function runUpgrades(
  db: AnyDb,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): Promise<void> {
  if (oldVersion < 1 && newVersion >= 1) upgradeToV1(db);
  if (oldVersion < 2 && newVersion >= 2) await upgradeToV2(tx);
  if (oldVersion < 3 && newVersion >= 3) await upgradeToV3(db, tx);
  if (oldVersion < 4 && newVersion >= 4) await upgradeToV4(tx);
  if (oldVersion < 5 && newVersion >= 5) await upgradeToCampaigns(db, tx, 5, Date.now());
  if (oldVersion < 6 && newVersion >= 6) await addLastSeenKeyIndex(tx, 6);
}
