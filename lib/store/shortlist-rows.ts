/**
 * The shortlist as the dashboard's table needs it, without reading posts:
 * entries, creators and their cached brief-fit scores (fit-cache.ts). Records
 * whose scores are missing or were computed against other briefs are scored
 * again here, a batch of creators per transaction, reading only those
 * creators' posts through the creatorKey index; the new scores are cached.
 */
import type { ShortlistItem } from '../messages';
import type { Brief } from '../schema/brief';
import { CreatorSchema, ShortlistEntrySchema, StoredPostSchema } from '../schema/creator';
import { briefsIn } from './briefs';
import type { StoreContext } from './context';
import { type FitCache, FitCacheSchema, fitBasis, fitCacheRecord, fitsFromCache } from './fit-cache';
import { settingsIn } from './settings';
import { readTx, track, type WriteTx, writeTx } from './tx';
import { forWrite, rawKey, readAllValid, readValid } from './validate';

/** Creators re-scored per transaction: bounded work and memory per step. */
export const FIT_BATCH = 250;

/** When the shortlist covers at least this share of creators, one getAll beats a get per entry. */
const BULK_SHARE = 0.5;

/** A rescoring batch is read as one key range when the range holds at most this many creators per key asked for. */
const RANGE_READ_SLACK = 2;

export async function listShortlistRows(ctx: StoreContext, now: number): Promise<ShortlistItem[]> {
  const sink = ctx.reportCorrupt;
  const first = await ctx.connection.use((db) =>
    readTx(db, ['shortlist', 'creators', 'fits', 'briefs', 'settings'], async (tx) => {
      const creators = tx.objectStore('creators');
      const fits = tx.objectStore('fits');
      const [rawEntries, creatorCount, briefs, settings] = await Promise.all([
        track(tx.objectStore('shortlist').getAll()),
        track(creators.count()),
        track(briefsIn(tx.objectStore('briefs'), sink)),
        track(settingsIn(tx.objectStore('settings'), sink)),
      ]);
      const entries = readAllValid(ShortlistEntrySchema, rawEntries, 'shortlist', rawKey('creatorKey'), sink);
      const keys = entries.map((e) => e.creatorKey);
      const rawCreatorOf = new Map<string, unknown>();
      const rawFitsOf = new Map<string, unknown>();
      if (keys.length > 0 && keys.length >= creatorCount * BULK_SHARE) {
        const wanted = new Set<string>(keys);
        const [allCreators, allFits] = await Promise.all([track(creators.getAll()), track(fits.getAll())]);
        for (const c of allCreators as unknown[]) {
          const key = (c as { key?: unknown } | null)?.key;
          if (typeof key === 'string' && wanted.has(key)) rawCreatorOf.set(key, c);
        }
        for (const f of allFits as unknown[]) {
          const key = (f as { creatorKey?: unknown } | null)?.creatorKey;
          if (typeof key === 'string' && wanted.has(key)) rawFitsOf.set(key, f);
        }
      } else {
        const [rawCreators, rawFits] = await Promise.all([
          Promise.all(keys.map((k) => track(creators.get(k)))),
          Promise.all(keys.map((k) => track(fits.get(k)))),
        ]);
        keys.forEach((k, i) => {
          rawCreatorOf.set(k, rawCreators[i]);
          rawFitsOf.set(k, rawFits[i]);
        });
      }
      return { entries, briefs, settings, rawCreatorOf, rawFitsOf };
    }),
  );
  const { entries, briefs, settings, rawCreatorOf, rawFitsOf } = first;
  const basis = ctx.fits ? fitBasis(briefs, settings.tierScheme, ctx.fits.tag) : '';

  const rows: ShortlistItem[] = [];
  const cached = new Map<string, FitCache>();
  const stale: string[] = [];
  for (const entry of entries) {
    const key = entry.creatorKey;
    const creator = readValid(CreatorSchema, rawCreatorOf.get(key), 'creators', key, sink);
    // An entry whose creator record is missing or corrupt cannot be shown; it was reported.
    if (!creator) continue;
    rows.push({ creator, entry, fits: [] });
    if (!ctx.fits) continue;
    const record = readValid(FitCacheSchema, rawFitsOf.get(key), 'fits', key, sink);
    if (record && record.basis === basis) cached.set(key, record);
    else stale.push(key);
  }
  // In key order, so each batch is a narrow key range (read in one request, see readCreatorsAndPosts).
  stale.sort();
  for (let i = 0; i < stale.length; i += FIT_BATCH) {
    for (const record of await rescore(ctx, stale.slice(i, i + FIT_BATCH), now)) {
      cached.set(record.creatorKey, record);
    }
  }
  const briefById = new Map<string, Brief>(briefs.map((b) => [b.id, b]));
  for (const row of rows) {
    const record = cached.get(row.creator.key);
    if (record) row.fits = fitsFromCache(record, briefById);
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

/**
 * Scores these creators against the current briefs and caches the result, in
 * one transaction (so a reading recorded meanwhile is either before or after,
 * never half-seen). If caching fails (storage full), the scores are still
 * computed read-only and returned: a full disk must not hide the shortlist.
 */
export async function rescore(ctx: StoreContext, keys: string[], now: number): Promise<FitCache[]> {
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
): Promise<FitCache[]> {
  const fits = ctx.fits;
  if (!fits) return [];
  const sink = ctx.reportCorrupt;
  const [briefs, settings, { rawCreatorOf, rawPostsOf }] = await Promise.all([
    track(briefsIn(tx.objectStore('briefs'), sink)),
    track(settingsIn(tx.objectStore('settings'), sink)),
    readCreatorsAndPosts(tx, keys),
  ]);
  const basis = fitBasis(briefs, settings.tierScheme, fits.tag);
  const score = fits.memo.get(basis, briefs, settings.tierScheme);
  const out: FitCache[] = [];
  const writes: Promise<unknown>[] = [];
  for (const key of keys) {
    const creator = readValid(CreatorSchema, rawCreatorOf.get(key), 'creators', key, sink);
    if (!creator) continue;
    const posts = readAllValid(StoredPostSchema, rawPostsOf.get(key) ?? [], 'posts', rawKey('key'), sink);
    const record = fitCacheRecord(creator.key, basis, score(creator, posts), now);
    out.push(record);
    if (write)
      writes.push(track(tx.objectStore('fits').put(forWrite(FitCacheSchema, record, 'fit cache record'))));
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
