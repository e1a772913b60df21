/** The shortlist: creators the marketer saved, with status, notes, tags and rate. */

import {
  CreatorSchema,
  type ShortlistEntry,
  ShortlistEntrySchema,
  StoredPostSchema,
} from '@/lib/schema/creator';
import { patchTags } from '@/lib/schema/shortlist-tags';
import type { ShortlistPatch, ShortlistSummary } from '@/lib/schema/views';
import type { StoreContext } from './context';
import {
  applyCountChanges,
  COUNTERS_KEY,
  CountChanges,
  type Counters,
  countStores,
  parseCounters,
} from './counters';
import type { CreatorBundle } from './creators';
import { StoreError } from './errors';
import { creatorCountIn, readByKey, readGroupsByKey, readsWhole } from './read-by-key';
import { type ReadTx, readTx, track, writeTx } from './tx';
import { forWrite, rawKey, readAllValid, readValid } from './validate';

/** Adds a known creator to the shortlist (keeps the entry if already there) and returns it. */
export function saveToShortlist(ctx: StoreContext, key: string, now: number): Promise<CreatorBundle> {
  return ctx.connection.use((db) =>
    writeTx(db, ['creators', 'posts', 'shortlist', 'meta'], async (tx) => {
      const sink = ctx.reportCorrupt;
      const shortlist = tx.objectStore('shortlist');
      const [rawCreator, rawPosts, rawEntry] = await Promise.all([
        track(tx.objectStore('creators').get(key)),
        track(tx.objectStore('posts').index('creatorKey').getAll(key)),
        track(shortlist.get(key)),
      ]);
      const creator = readValid(CreatorSchema, rawCreator, 'creators', key, sink);
      if (!creator) {
        throw new StoreError(
          'not-found',
          `Microlens has not seen ${key} yet: open the profile first, then save.`,
        );
      }
      let entry = readValid(ShortlistEntrySchema, rawEntry, 'shortlist', key, sink);
      if (!entry) {
        entry = forWrite(
          ShortlistEntrySchema,
          { creatorKey: key, status: 'saved', notes: '', tags: [], rate: null, addedAt: now, updatedAt: now },
          'shortlist entry',
        );
        await shortlist.put(entry);
        // A corrupt record under the key is replaced: it may have been counted under its status.
        const changes = new CountChanges();
        changes.entryChanged(rawEntry, entry);
        await applyCountChanges(tx.objectStore('meta'), changes);
      }
      return {
        creator,
        posts: readAllValid(StoredPostSchema, rawPosts, 'posts', rawKey('key'), sink),
        entry,
      };
    }),
  );
}

export function removeFromShortlist(ctx: StoreContext, keys: string[]): Promise<number> {
  const unique = [...new Set(keys)];
  return ctx.connection.use((db) =>
    writeTx(db, ['shortlist', 'meta'], async (tx) => {
      const store = tx.objectStore('shortlist');
      // The records themselves, not just their keys: the counts need the status each one had.
      const present = await Promise.all(unique.map((k) => track(store.get(k))));
      const toDelete = unique.filter((_, i) => present[i] !== undefined);
      const changes = new CountChanges();
      present.forEach((raw) => {
        if (raw !== undefined) changes.entryChanged(raw, undefined);
      });
      await Promise.all([
        ...toDelete.map((k) => track(store.delete(k))),
        track(applyCountChanges(tx.objectStore('meta'), changes)),
      ]);
      return toDelete.length;
    }),
  );
}

/**
 * Applies one patch to many entries at once (bulk status change, tagging) in one
 * transaction; addTags/removeTags apply to each entry's own tags.
 */
export function updateShortlist(
  ctx: StoreContext,
  keys: string[],
  patch: ShortlistPatch,
  now: number,
): Promise<number> {
  const unique = [...new Set(keys)];
  return ctx.connection.use((db) =>
    writeTx(db, ['shortlist', 'meta'], async (tx) => {
      const store = tx.objectStore('shortlist');
      const raw = await Promise.all(unique.map((k) => track(store.get(k))));
      const writes: Promise<unknown>[] = [];
      const changes = new CountChanges();
      unique.forEach((key, i) => {
        const entry = readValid(ShortlistEntrySchema, raw[i], 'shortlist', key, ctx.reportCorrupt);
        if (!entry) return;
        const { addTags, removeTags, ...fields } = patch;
        const next: ShortlistEntry = { ...entry, ...definedFields(fields), updatedAt: now };
        if (patch.tags || addTags || removeTags) next.tags = patchTags(entry.tags, patch);
        writes.push(track(store.put(forWrite(ShortlistEntrySchema, next, 'shortlist entry'))));
        changes.entryChanged(raw[i], next);
      });
      const updated = writes.length;
      writes.push(track(applyCountChanges(tx.objectStore('meta'), changes)));
      await Promise.all(writes);
      return updated;
    }),
  );
}

function definedFields(patch: Partial<ShortlistEntry>): Partial<ShortlistEntry> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}

/**
 * Every shortlisted creator with its posts, newest change first. One read
 * transaction: getAll on the shortlist, then either every creator/post lookup
 * issued at once inside it, or (for a shortlist covering most creators) one
 * getAll per store — never a transaction per row.
 */
export function listShortlist(ctx: StoreContext): Promise<CreatorBundle[]> {
  return ctx.connection.use((db) =>
    readTx(db, ['shortlist', 'creators', 'posts', 'meta'], async (tx) => {
      const sink = ctx.reportCorrupt;
      const creators = tx.objectStore('creators');
      const posts = tx.objectStore('posts');
      const [rawEntries, creatorCount] = await Promise.all([
        track(tx.objectStore('shortlist').getAll()),
        track(creatorCountIn(tx.objectStore('meta'), creators)),
      ]);
      const entries = readAllValid(ShortlistEntrySchema, rawEntries, 'shortlist', rawKey('creatorKey'), sink);
      const keys = [...new Set(entries.map((e) => e.creatorKey))];
      const whole = readsWhole(entries.length, creatorCount);
      const [rawCreatorOf, rawPostsOf] = await Promise.all([
        readByKey(creators, keys, whole, 'key'),
        readGroupsByKey(posts, posts.index('creatorKey'), keys, whole, 'creatorKey'),
      ]);
      const out: CreatorBundle[] = [];
      for (const entry of entries) {
        const key = entry.creatorKey;
        const creator = readValid(CreatorSchema, rawCreatorOf.get(key), 'creators', key, sink);
        // An entry whose creator record is missing or corrupt cannot be shown; it was reported.
        if (!creator) continue;
        const creatorPosts = readAllValid(
          StoredPostSchema,
          rawPostsOf.get(key) ?? [],
          'posts',
          rawKey('key'),
          sink,
        );
        out.push({ creator, posts: creatorPosts, entry });
      }
      return out.sort((a, b) => (b.entry?.updatedAt ?? 0) - (a.entry?.updatedAt ?? 0));
    }),
  );
}

/**
 * Shortlist entries per status and creators known, from the counters record
 * (counters.ts): one record read. When that record is missing or invalid, the
 * stores are counted and the record is written afresh, in one transaction (so
 * no write can slip between the count and the record).
 */
export async function shortlistSummary(ctx: StoreContext): Promise<ShortlistSummary> {
  const raw = await ctx.connection.use((db) =>
    readTx(db, ['meta'], (tx) => tx.objectStore('meta').get(COUNTERS_KEY)),
  );
  let counters = parseCounters(raw);
  if (!counters) {
    // Missing is expected (raw writes, an old record deleted as wrong); invalid is reported.
    if (raw !== undefined)
      ctx.reportCorrupt({ store: 'meta', key: COUNTERS_KEY, reason: 'invalid counters' });
    counters = await recount(ctx);
  }
  return summaryOf(counters);
}

/** Counts the stores and rewrites the counters record; read-only when it cannot be written (storage full). */
export async function recount(ctx: StoreContext): Promise<Counters> {
  const count = (tx: ReadTx<['creators', 'shortlist']>) =>
    countStores({
      creators: tx.objectStore('creators'),
      statusIndex: tx.objectStore('shortlist').index('status'),
    });
  try {
    return await ctx.connection.use((db) =>
      writeTx(db, ['meta', 'creators', 'shortlist'], async (tx) => {
        // Counting needs no write access; the same transaction then writes the result.
        const counters = await count(tx as unknown as ReadTx<['creators', 'shortlist']>);
        await tx.objectStore('meta').put({ key: COUNTERS_KEY, value: counters });
        return counters;
      }),
    );
  } catch {
    return ctx.connection.use((db) => readTx(db, ['creators', 'shortlist'], (tx) => count(tx)));
  }
}

function summaryOf(counters: Counters): ShortlistSummary {
  const byStatus: Record<string, number> = { ...counters.byStatus };
  // Every entry has exactly one status (validated on write), so the total is their sum.
  const total = Object.values(counters.byStatus).reduce((sum, n) => sum + n, 0);
  return { total, byStatus, creatorsKnown: counters.creators };
}
