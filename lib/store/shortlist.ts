/** The shortlist: creators the marketer saved, with status, notes, tags and rate. */
import type { ShortlistPatch, ShortlistSummary } from '../messages';
import {
  CreatorSchema,
  type ShortlistEntry,
  ShortlistEntrySchema,
  ShortlistStatusSchema,
  StoredPostSchema,
} from '../schema/creator';
import { patchTags } from '../shortlist-tags';
import type { StoreContext } from './context';
import type { CreatorBundle } from './creators';
import { StoreError } from './errors';
import { readTx, track, writeTx } from './tx';
import { forWrite, rawKey, readAllValid, readValid } from './validate';

/** Adds a known creator to the shortlist (keeps the entry if already there) and returns it. */
export function saveToShortlist(ctx: StoreContext, key: string, now: number): Promise<CreatorBundle> {
  return ctx.connection.use((db) =>
    writeTx(db, ['creators', 'posts', 'shortlist'], async (tx) => {
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
    writeTx(db, ['shortlist'], async (tx) => {
      const store = tx.objectStore('shortlist');
      const present = await Promise.all(unique.map((k) => track(store.getKey(k))));
      const toDelete = unique.filter((_, i) => present[i] !== undefined);
      await Promise.all(toDelete.map((k) => track(store.delete(k))));
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
    writeTx(db, ['shortlist'], async (tx) => {
      const store = tx.objectStore('shortlist');
      const raw = await Promise.all(unique.map((k) => track(store.get(k))));
      const writes: Promise<unknown>[] = [];
      unique.forEach((key, i) => {
        const entry = readValid(ShortlistEntrySchema, raw[i], 'shortlist', key, ctx.reportCorrupt);
        if (!entry) return;
        const { addTags, removeTags, ...fields } = patch;
        const next: ShortlistEntry = { ...entry, ...definedFields(fields), updatedAt: now };
        if (patch.tags || addTags || removeTags) next.tags = patchTags(entry.tags, patch);
        writes.push(track(store.put(forWrite(ShortlistEntrySchema, next, 'shortlist entry'))));
      });
      await Promise.all(writes);
      return writes.length;
    }),
  );
}

function definedFields(patch: Partial<ShortlistEntry>): Partial<ShortlistEntry> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}

/**
 * When the shortlist covers at least this share of all known creators, one
 * getAll per store beats a lookup per entry (fewer requests, same records).
 */
const BULK_SHARE = 0.5;

/**
 * Every shortlisted creator with its posts, newest change first. One read
 * transaction: getAll on the shortlist, then either every creator/post lookup
 * issued at once inside it, or (for a shortlist covering most creators) one
 * getAll per store — never a transaction per row.
 */
export function listShortlist(ctx: StoreContext): Promise<CreatorBundle[]> {
  return ctx.connection.use((db) =>
    readTx(db, ['shortlist', 'creators', 'posts'], async (tx) => {
      const sink = ctx.reportCorrupt;
      const creators = tx.objectStore('creators');
      const posts = tx.objectStore('posts');
      const [rawEntries, creatorCount] = await Promise.all([
        track(tx.objectStore('shortlist').getAll()),
        track(creators.count()),
      ]);
      const entries = readAllValid(ShortlistEntrySchema, rawEntries, 'shortlist', rawKey('creatorKey'), sink);
      const wanted = new Set(entries.map((e) => e.creatorKey));
      const rawCreatorOf = new Map<string, unknown>();
      const rawPostsOf = new Map<string, unknown[]>();
      if (entries.length > 0 && entries.length >= creatorCount * BULK_SHARE) {
        const [allCreators, allPosts] = await Promise.all([track(creators.getAll()), track(posts.getAll())]);
        for (const c of allCreators as unknown[]) {
          const key = (c as { key?: unknown })?.key;
          if (typeof key === 'string' && wanted.has(key)) rawCreatorOf.set(key, c);
        }
        for (const p of allPosts as unknown[]) {
          const owner = (p as { creatorKey?: unknown })?.creatorKey;
          if (typeof owner !== 'string' || !wanted.has(owner)) continue;
          const list = rawPostsOf.get(owner);
          if (list) list.push(p);
          else rawPostsOf.set(owner, [p]);
        }
      } else {
        const byCreator = posts.index('creatorKey');
        const keys = [...wanted];
        const [rawCreators, rawPosts] = await Promise.all([
          Promise.all(keys.map((k) => track(creators.get(k)))),
          Promise.all(keys.map((k) => track(byCreator.getAll(k)))),
        ]);
        keys.forEach((k, i) => {
          rawCreatorOf.set(k, rawCreators[i]);
          rawPostsOf.set(k, rawPosts[i] ?? []);
        });
      }
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

/** Counts per status through the status index (no records loaded). */
export function shortlistSummary(ctx: StoreContext): Promise<ShortlistSummary> {
  return ctx.connection.use((db) =>
    readTx(db, ['shortlist', 'creators'], async (tx) => {
      const byStatusIndex = tx.objectStore('shortlist').index('status');
      const statuses = ShortlistStatusSchema.options;
      const [counts, creatorsKnown] = await Promise.all([
        Promise.all(statuses.map((s) => track(byStatusIndex.count(s)))),
        track(tx.objectStore('creators').count()),
      ]);
      const byStatus: Record<string, number> = {};
      statuses.forEach((s, i) => {
        byStatus[s] = counts[i] ?? 0;
      });
      // Every entry has exactly one status (validated on write), so the total is their sum:
      // one count fewer on the popup's critical path (IndexedDB's count() walks the records).
      const total = counts.reduce((sum, n) => sum + n, 0);
      return { total, byStatus, creatorsKnown };
    }),
  );
}
