/**
 * Writing a validated backup into the store (see backup.ts for the merge rules).
 *
 * Every record is validated before anything is written. The records are then
 * grouped by creator (a creator with its posts, snapshots and shortlist entry
 * always travel together) and written in batches of about IMPORT_BATCH_RECORDS
 * records, one transaction each: a backup of 10,000 creators (300,000 records)
 * is too heavy for one transaction, and a batch is all-or-nothing, so the
 * store never holds half a creator.
 * - A small backup is one batch: it is written entirely or not at all, and a
 *   failure is thrown as before.
 * - If a later batch fails (storage full), the batches before it stay written
 *   and the report says precisely what was not written (`incomplete`), so the
 *   marketer knows it is partial; importing the file again finishes the job
 *   (records already in are "unchanged").
 */

import { type Brief, BriefSchema } from '@/lib/schema/brief';
import {
  type Creator,
  CreatorSchema,
  type ShortlistEntry,
  ShortlistEntrySchema,
  type Snapshot,
  SnapshotSchema,
  type StoredPost,
  StoredPostSchema,
} from '@/lib/schema/creator';
import { type Settings, SettingsSchema } from '@/lib/schema/settings';
import type { ImportReport } from '@/lib/schema/views';
import { emptyCounts, SECTIONS, type Section, type Validated, validateAll } from './backup';
import type { StoreContext } from './context';
import { applyCountChanges, CountChanges } from './counters';
import { creatorRange, SETTINGS_KEY } from './db-schema';
import { mergeCreators } from './merge-creator';
import { mergePosts } from './merge-post';
import { stableJson } from './stable-json';
import { track, writeTx } from './tx';
import { forWrite, rawKey, readAllValid, readValid } from './validate';

/** Records per transaction: big enough that ordinary backups are one, small enough to stay light. */
export const IMPORT_BATCH_RECORDS = 20_000;

type Counts = Record<Section, number>;

/** The records of one batch, in file order within each section. */
interface Batch {
  creators: Creator[];
  posts: { where: string; post: StoredPost }[];
  snapshots: { where: string; snapshot: Snapshot }[];
  shortlist: { where: string; entry: ShortlistEntry }[];
  briefs: Brief[];
  settings: Settings | null;
  /** Creator keys this batch refers to that the backup does not hold (checked against the store). */
  outside: string[];
  size: number;
}

function emptyBatch(): Batch {
  return {
    creators: [],
    posts: [],
    snapshots: [],
    shortlist: [],
    briefs: [],
    settings: null,
    outside: [],
    size: 0,
  };
}

/** Groups the records by creator and packs the groups into batches (briefs and settings in the first). */
export function planBatches(
  v: Validated,
  limit = IMPORT_BATCH_RECORDS,
  inFile: (key: string) => boolean = (key) => v.creators.has(key),
): Batch[] {
  const groups = new Map<string, Batch>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) {
      g = emptyBatch();
      groups.set(key, g);
    }
    return g;
  };
  for (const c of v.creators.values()) group(c.key).creators.push(c);
  for (const p of v.posts.values()) group(p.post.creatorKey).posts.push(p);
  for (const s of v.snapshots) group(s.snapshot.creatorKey).snapshots.push(s);
  for (const e of v.shortlist.values()) group(e.entry.creatorKey).shortlist.push(e);

  const first = emptyBatch();
  first.briefs = [...v.briefs.values()];
  first.settings = v.settings;
  first.size = first.briefs.length + (v.settings ? 1 : 0);
  const batches: Batch[] = [first];
  for (const [key, g] of groups) {
    const size = g.creators.length + g.posts.length + g.snapshots.length + g.shortlist.length;
    let batch = batches[batches.length - 1]!;
    if (batch.size > 0 && batch.size + size > limit) {
      batch = emptyBatch();
      batches.push(batch);
    }
    batch.creators.push(...g.creators);
    batch.posts.push(...g.posts);
    batch.shortlist.push(...g.shortlist);
    for (const s of g.snapshots) batch.snapshots.push(s);
    if (!inFile(key)) batch.outside.push(key);
    batch.size += size;
  }
  // File order within each section, so reports read like the file.
  const order = (where: string) => Number(/\[(\d+)\]/.exec(where)?.[1] ?? 0);
  for (const b of batches) {
    b.posts.sort((x, y) => order(x.where) - order(y.where));
    b.snapshots.sort((x, y) => order(x.where) - order(y.where));
    b.shortlist.sort((x, y) => order(x.where) - order(y.where));
  }
  return batches;
}

function countsOf(batches: Batch[]): Counts {
  const c = emptyCounts();
  for (const b of batches) {
    c.creators += b.creators.length;
    c.posts += b.posts.length;
    c.snapshots += b.snapshots.length;
    c.shortlist += b.shortlist.length;
    c.briefs += b.briefs.length;
    c.settings += b.settings ? 1 : 0;
  }
  return c;
}

interface Tally {
  added: Counts;
  updated: Counts;
  unchanged: Counts;
  rejected: ImportReport['rejected'];
}

export interface ImportOptions {
  /** Largest file accepted in one text, in UTF-8 bytes (BACKUP_MAX_BYTES by default). */
  maxBytes?: number;
  batchRecords?: number;
}

/** Validates the whole file, then writes it in batches (see above). */
export async function importBackup(
  ctx: StoreContext,
  text: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  return writeBackup(ctx, validateAll(text, options.maxBytes), options.batchRecords);
}

/**
 * Writes validated records in batches. `inFile` says whether a creator key is
 * one the file holds (so records pointing at it are not orphans); by default,
 * the creators of `v` (a streamed import also knows those of earlier pieces).
 */
export async function writeBackup(
  ctx: StoreContext,
  v: Validated,
  batchLimit = IMPORT_BATCH_RECORDS,
  inFile: (key: string) => boolean = (key) => v.creators.has(key),
): Promise<ImportReport> {
  const total: Tally = {
    added: emptyCounts(),
    updated: emptyCounts(),
    unchanged: emptyCounts(),
    rejected: [...v.rejected],
  };
  for (const s of SECTIONS) total.unchanged[s] += v.duplicates[s];
  const batches = planBatches(v, batchLimit, inFile);
  for (let i = 0; i < batches.length; i++) {
    let done: Tally;
    try {
      done = await writeBatch(ctx, batches[i]!, inFile);
    } catch (error) {
      // Nothing written yet: the import failed as a whole, as a single transaction would.
      if (i === 0) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      return { ...total, incomplete: { reason, notWritten: countsOf(batches.slice(i)) } };
    }
    for (const s of SECTIONS) {
      total.added[s] += done.added[s];
      total.updated[s] += done.updated[s];
      total.unchanged[s] += done.unchanged[s];
    }
    total.rejected.push(...done.rejected);
  }
  return total;
}

/** One batch in one transaction; its counts only count once it has committed. */
function writeBatch(ctx: StoreContext, b: Batch, inFile: (key: string) => boolean): Promise<Tally> {
  const t: Tally = { added: emptyCounts(), updated: emptyCounts(), unchanged: emptyCounts(), rejected: [] };
  const sink = ctx.reportCorrupt;
  return ctx.connection.use((db) =>
    writeTx(
      db,
      ['creators', 'snapshots', 'posts', 'briefs', 'shortlist', 'settings', 'fits', 'meta'],
      async (tx) => {
        const creators = tx.objectStore('creators');
        const snapshots = tx.objectStore('snapshots');
        const posts = tx.objectStore('posts');
        const briefs = tx.objectStore('briefs');
        const shortlist = tx.objectStore('shortlist');
        const settingsStore = tx.objectStore('settings');

        // Read phase: everything the decisions need, before any write.
        const snapshotOwners = [...new Set(b.snapshots.map((s) => s.snapshot.creatorKey))];
        const [outsideKnown, oldCreators, oldPosts, oldBriefs, oldEntries, oldSnapshots, oldSettings] =
          await Promise.all([
            Promise.all(b.outside.map((k) => track(creators.getKey(k)))),
            Promise.all(b.creators.map((c) => track(creators.get(c.key)))),
            Promise.all(b.posts.map((p) => track(posts.get(p.post.key)))),
            Promise.all(b.briefs.map((x) => track(briefs.get(x.id)))),
            Promise.all(b.shortlist.map((e) => track(shortlist.get(e.entry.creatorKey)))),
            Promise.all(
              snapshotOwners.map((k) => track(snapshots.index('creatorKey_at').getAll(creatorRange(k)))),
            ),
            b.settings ? track(settingsStore.get(SETTINGS_KEY)) : Promise.resolve(undefined),
          ]);
        const storeHas = new Set(b.outside.filter((_, i) => outsideKnown[i] !== undefined));
        const orphan = (key: string, where: string): boolean => {
          if (inFile(key) || storeHas.has(key)) return false;
          t.rejected.push({
            where,
            reason: `refers to creator ${key}, which is neither in the backup nor here`,
          });
          return true;
        };

        const writes: Promise<unknown>[] = [];
        const put = <T>(promise: Promise<T>) => writes.push(track(promise));
        // Creators whose record or posts change: their cached fit scores are dropped (rescored on the next list).
        const rescore = new Set<string>();
        // What the batch does to the record counts (counters.ts), applied in this transaction.
        const counts = new CountChanges();

        /** Counts one record and says whether it must be written. */
        const tally = (section: Section, old: unknown, next: unknown, nextWins: boolean): boolean => {
          if (old === null) {
            t.added[section]++;
            return true;
          }
          if (!nextWins || stableJson(old) === stableJson(next)) {
            t.unchanged[section]++;
            return false;
          }
          t.updated[section]++;
          return true;
        };

        b.creators.forEach((incoming, i) => {
          const old = readValid(CreatorSchema, oldCreators[i], 'creators', incoming.key, sink);
          const merged = mergeCreators(old, incoming);
          if (tally('creators', old, merged, true)) {
            put(creators.put(forWrite(CreatorSchema, merged, 'creator')));
            counts.creatorPut(oldCreators[i]);
            rescore.add(merged.key);
          }
        });

        b.posts.forEach(({ where, post }, i) => {
          if (orphan(post.creatorKey, where)) return;
          const old = readValid(StoredPostSchema, oldPosts[i], 'posts', post.key, sink);
          const merged = mergePosts(old, post);
          if (tally('posts', old, merged, true)) {
            put(posts.put(forWrite(StoredPostSchema, merged, 'post')));
            rescore.add(merged.creatorKey);
            if (old) rescore.add(old.creatorKey);
          }
        });

        const seenAt = new Map<string, Set<number>>();
        snapshotOwners.forEach((key, i) => {
          const existing = readAllValid(
            SnapshotSchema,
            oldSnapshots[i] ?? [],
            'snapshots',
            rawKey('id'),
            sink,
          );
          seenAt.set(key, new Set(existing.map((s: Snapshot) => s.at)));
        });
        for (const { where, snapshot } of b.snapshots) {
          if (orphan(snapshot.creatorKey, where)) continue;
          const ats = seenAt.get(snapshot.creatorKey) ?? new Set<number>();
          if (ats.has(snapshot.at)) {
            t.unchanged.snapshots++;
            continue;
          }
          ats.add(snapshot.at);
          seenAt.set(snapshot.creatorKey, ats);
          t.added.snapshots++;
          put(snapshots.add(forWrite(SnapshotSchema, snapshot, 'snapshot')));
        }

        b.briefs.forEach((brief, i) => {
          const old = readValid(BriefSchema, oldBriefs[i], 'briefs', brief.id, sink);
          const newer = (brief.updatedAt ?? 0) > (old?.updatedAt ?? 0);
          if (tally('briefs', old, brief, newer)) put(briefs.put(brief));
        });

        b.shortlist.forEach(({ where, entry }, i) => {
          if (orphan(entry.creatorKey, where)) return;
          const old = readValid(ShortlistEntrySchema, oldEntries[i], 'shortlist', entry.creatorKey, sink);
          const newer = entry.updatedAt > (old?.updatedAt ?? Number.NEGATIVE_INFINITY);
          if (tally('shortlist', old, entry, newer)) {
            put(shortlist.put(entry));
            counts.entryChanged(oldEntries[i], entry);
          }
        });

        if (b.settings) {
          const old = readValid(SettingsSchema, oldSettings, 'settings', SETTINGS_KEY, sink);
          if (old) t.unchanged.settings++;
          else {
            t.added.settings++;
            put(settingsStore.put(b.settings, SETTINGS_KEY));
          }
        }

        for (const key of rescore) put(tx.objectStore('fits').delete(key));
        put(applyCountChanges(tx.objectStore('meta'), counts));
        await Promise.all(writes);
        return t;
      },
    ),
  );
}
