/**
 * The shortlist as the dashboard's table needs it, without reading posts:
 * entries, creators and their cached brief-fit scores (fit-cache.ts). Records
 * whose scores are missing or were computed against other briefs are scored
 * again here, a batch of creators per transaction, reading only those
 * creators' posts through the creatorKey index; the new scores are cached.
 */

import type { Brief } from '@/lib/schema/brief';
import { type Creator, StoredPostSchema } from '@/lib/schema/creator';
import type { ShortlistItem } from '@/lib/schema/views';
import { briefsIn } from './briefs';
import type { StoreContext } from './context';
import { type FitCache, FitCacheSchema, fitBasis, fitCacheRecord, fitsFromCache } from './fit-cache';
import { creatorCountIn, readByKey, readsWhole } from './read-by-key';
import { settingsIn } from './settings';
import { readTx, track, type WriteTx, writeTx } from './tx';
import { forWrite, rawKey, readAllValid } from './validate';

/** Creators re-scored per transaction: bounded work and memory per step. */
export const FIT_BATCH = 250;

/** A rescoring batch is read as one key range when the range holds at most this many creators per key asked for. */
const RANGE_READ_SLACK = 2;

export async function listShortlistRows(ctx: StoreContext, now: number): Promise<ShortlistItem[]> {
  const sink = ctx.reportCorrupt;
  const first = await ctx.connection.use((db) =>
    readTx(db, ['shortlist', 'creators', 'fits', 'briefs', 'settings', 'meta'], async (tx) => {
      const creators = tx.objectStore('creators');
      const fits = tx.objectStore('fits');
      const [rawEntries, creatorCount, briefs, settings] = await Promise.all([
        track(tx.objectStore('shortlist').getAll()),
        track(creatorCountIn(tx.objectStore('meta'), creators)),
        track(briefsIn(tx.objectStore('briefs'), sink)),
        track(settingsIn(tx.objectStore('settings'), sink)),
      ]);
      const entries = ctx.seen.shortlist.readAll(rawEntries, rawKey('creatorKey'), sink);
      const keys = entries.map((e) => e.creatorKey);
      const bulk = (n: number) => readsWhole(n, creatorCount);
      const basis = ctx.fits ? fitBasis(briefs, settings.tierScheme, ctx.fits.tag) : '';

      // Cached scores first: a creator whose scores are stale is read (once) by the rescoring
      // below, in the transaction that scores it, not here as well.
      const cached = new Map<string, FitCache>();
      const stale: string[] = [];
      if (ctx.fits) {
        const rawFitsOf = await readByKey(fits, keys, bulk(keys.length), 'creatorKey');
        for (const key of keys) {
          const record = ctx.seen.fits.read(rawFitsOf.get(key), key, sink);
          if (record && record.basis === basis) cached.set(key, record);
          else stale.push(key);
        }
      }
      const staleSet = new Set(stale);
      const freshKeys = stale.length === 0 ? keys : keys.filter((k) => !staleSet.has(k));
      const rawCreatorOf = await readByKey(creators, freshKeys, bulk(freshKeys.length), 'key');
      return { entries, briefs, cached, stale, rawCreatorOf };
    }),
  );
  const { entries, briefs, cached, stale, rawCreatorOf } = first;

  const creatorOf = new Map<string, Creator>();
  for (const [key, raw] of rawCreatorOf) {
    // An entry whose creator record is missing or corrupt cannot be shown; it was reported.
    const creator = ctx.seen.creators.read(raw, key, sink);
    if (creator) creatorOf.set(key, creator);
  }
  // In key order, so each batch is a narrow key range (read in one request, see readCreatorsAndPosts).
  stale.sort();
  for (let i = 0; i < stale.length; i += FIT_BATCH) {
    const batch = await scoreBatch(ctx, stale.slice(i, i + FIT_BATCH), now);
    for (const record of batch.records) cached.set(record.creatorKey, record);
    for (const [key, creator] of batch.creators) creatorOf.set(key, creator);
  }
  const briefById = new Map<string, Brief>(briefs.map((b) => [b.id, b]));
  const rows: ShortlistItem[] = [];
  for (const entry of entries) {
    const creator = creatorOf.get(entry.creatorKey);
    if (!creator) continue;
    const record = cached.get(entry.creatorKey);
    rows.push({ creator, entry, fits: record ? fitsFromCache(record, briefById) : [] });
  }
  return rows.sort((a, b) => (b.entry?.updatedAt ?? 0) - (a.entry?.updatedAt ?? 0));
}

const RESCORE_STORES: ['creators', 'posts', 'fits', 'briefs', 'settings'] = [
  'creators',
  'posts',
  'fits',
  'briefs',
  'settings',
];

/** What scoring a batch gives: the new cache records, and the creators as read (and validated) to score them. */
interface ScoredBatch {
  records: FitCache[];
  creators: Map<string, Creator>;
}

/** Scores these creators and caches the result (see scoreBatch); returns the cache records. */
export async function rescore(ctx: StoreContext, keys: string[], now: number): Promise<FitCache[]> {
  return (await scoreBatch(ctx, keys, now)).records;
}

/**
 * Scores these creators against the current briefs and caches the result, in
 * one transaction (so a reading recorded meanwhile is either before or after,
 * never half-seen). If caching fails (storage full), the scores are still
 * computed read-only and returned: a full disk must not hide the shortlist.
 */
async function scoreBatch(ctx: StoreContext, keys: string[], now: number): Promise<ScoredBatch> {
  try {
    return await ctx.connection.use((db) =>
      writeTx(db, RESCORE_STORES, (tx) => scoreIn(ctx, tx, keys, now, true)),
    );
  } catch {
    return ctx.connection.use((db) =>
      readTx(db, RESCORE_STORES, (tx) =>
        scoreIn(ctx, tx as unknown as WriteTx<typeof RESCORE_STORES>, keys, now, false),
      ),
    );
  }
}

async function scoreIn(
  ctx: StoreContext,
  tx: WriteTx<typeof RESCORE_STORES>,
  keys: string[],
  now: number,
  write: boolean,
): Promise<ScoredBatch> {
  const out: ScoredBatch = { records: [], creators: new Map() };
  const fits = ctx.fits;
  if (!fits) return out;
  const sink = ctx.reportCorrupt;
  const [briefs, settings, { rawCreatorOf, rawPostsOf }] = await Promise.all([
    track(briefsIn(tx.objectStore('briefs'), sink)),
    track(settingsIn(tx.objectStore('settings'), sink)),
    readCreatorsAndPosts(tx, keys),
  ]);
  const basis = fitBasis(briefs, settings.tierScheme, fits.tag);
  const score = fits.memo.get(basis, briefs, settings.tierScheme);
  const writes: Promise<unknown>[] = [];
  for (const key of keys) {
    const creator = ctx.seen.creators.read(rawCreatorOf.get(key), key, sink);
    if (!creator) continue;
    out.creators.set(key, creator);
    const posts = readAllValid(StoredPostSchema, rawPostsOf.get(key) ?? [], 'posts', rawKey('key'), sink);
    const record = fitCacheRecord(creator.key, basis, score(creator, posts), now);
    out.records.push(record);
    if (write) {
      const written = forWrite(FitCacheSchema, record, 'fit cache record');
      writes.push(track(tx.objectStore('fits').put(written)));
      ctx.seen.fits.wrote(key, record, written);
    }
  }
  await Promise.all(writes);
  return out;
}

/**
 * A batch's creators and posts. A request per creator costs a round trip to
 * the database each (thousands after a brief change); when the batch's keys
 * sit close together in key order (the usual case: most shortlisted creators
 * are stale at once), one getAll over the key range [first, last] on the
 * creators store and one on the posts' creatorKey index read them all, and
 * records of creators outside the batch are dropped. A sparse batch (the range
 * would hold many more creators than asked for) is read key by key.
 */
async function readCreatorsAndPosts(
  tx: WriteTx<typeof RESCORE_STORES>,
  keys: string[],
): Promise<{ rawCreatorOf: Map<string, unknown>; rawPostsOf: Map<string, unknown[]> }> {
  const rawCreatorOf = new Map<string, unknown>();
  const rawPostsOf = new Map<string, unknown[]>();
  if (keys.length === 0) return { rawCreatorOf, rawPostsOf };
  const creators = tx.objectStore('creators');
  const byCreator = tx.objectStore('posts').index('creatorKey');
  const sorted = [...keys].sort();
  const range = IDBKeyRange.bound(sorted[0] as string, sorted.at(-1) as string);
  const inRange = keys.length > 1 ? await track(creators.count(range)) : Number.POSITIVE_INFINITY;
  if (inRange <= keys.length * RANGE_READ_SLACK) {
    const wanted = new Set(keys);
    const [allCreators, allPosts] = await Promise.all([
      track(creators.getAll(range)),
      track(byCreator.getAll(range)),
    ]);
    for (const c of allCreators as unknown[]) {
      const key = (c as { key?: unknown } | null)?.key;
      if (typeof key === 'string' && wanted.has(key)) rawCreatorOf.set(key, c);
    }
    for (const p of allPosts as unknown[]) {
      const owner = (p as { creatorKey?: unknown } | null)?.creatorKey;
      if (typeof owner !== 'string' || !wanted.has(owner)) continue;
      const list = rawPostsOf.get(owner);
      if (list) list.push(p);
      else rawPostsOf.set(owner, [p]);
    }
  } else {
    const [rawCreators, rawPosts] = await Promise.all([
      Promise.all(keys.map((k) => track(creators.get(k)))),
      Promise.all(keys.map((k) => track(byCreator.getAll(k)))),
    ]);
    keys.forEach((k, i) => {
      rawCreatorOf.set(k, rawCreators[i]);
      rawPostsOf.set(k, rawPosts[i] ?? []);
    });
  }
  return { rawCreatorOf, rawPostsOf };
}
