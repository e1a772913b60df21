/**
 * Recording what a content script read: merge the creator, upsert the posts,
 * append a snapshot when something moved, recompute metrics over everything
 * known and the creator's cached brief-fit scores — all in ONE transaction, so two tabs recording at once never lose
 * each other's data (IndexedDB runs overlapping readwrite transactions one
 * after the other) and a failure leaves nothing half-written.
 */

import { benchmarkSetById } from '@/lib/metrics/benchmark-sets/sets';
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
import { type Reading, ReadingSchema } from '@/lib/schema/reading';
import { briefsIn } from './briefs';
import type { StoreContext } from './context';
import { applyCountChanges, CountChanges } from './counters';
import { creatorRange } from './db-schema';
import { StoreError } from './errors';
import { FitCacheSchema, fitBasis, fitCacheRecord } from './fit-cache';
import { creatorFromReading, mergeCreators } from './merge-creator';
import { mergePosts, storedPostFromReading } from './merge-post';
import { postsForMetrics, postsOfReading } from './posts';
import { settingsIn } from './settings';
import { shouldAppendSnapshot, snapshotOf } from './snapshots';
import { track, writeTx } from './tx';
import { describeIssues, forWrite, rawKey, readAllValid, readValid } from './validate';

export interface RecordResult {
  creator: Creator;
  /** Its shortlist entry, if saved. */
  entry: ShortlistEntry | null;
  /** Every stored post of this creator after the merge. */
  posts: StoredPost[];
  snapshotAppended: boolean;
}

/** Readings stamped more than this in the future are clamped to `now` (a skewed clock must not rule merges). */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export async function recordReading(ctx: StoreContext, input: unknown, now: number): Promise<RecordResult> {
  const parsed = ReadingSchema.safeParse(input);
  if (!parsed.success) throw new StoreError('invalid', `Invalid reading: ${describeIssues(parsed.error)}`);
  const reading = parsed.data;
  const handle = reading.handle;
  if (handle === null) {
    throw new StoreError(
      'invalid',
      'This page shows no creator handle (logged out, or not a creator page), so nothing was recorded.',
    );
  }
  const withHandle: Reading & { handle: string } = { ...reading, handle };
  const at = reading.readAt > now + FUTURE_TOLERANCE_MS ? now : reading.readAt;
  const incoming = creatorFromReading(withHandle, at);
  // The same post can appear twice (grid and open post): merge those first.
  const byKey = new Map<string, StoredPost>();
  for (const { author, post } of postsOfReading(withHandle)) {
    const stored = storedPostFromReading(reading.platform, author, post, at);
    byKey.set(stored.key, mergePosts(byKey.get(stored.key) ?? null, stored));
  }
  const incomingPosts = [...byKey.values()];

  return ctx.connection.use((db) =>
    writeTx(
      db,
      ['creators', 'posts', 'snapshots', 'settings', 'shortlist', 'briefs', 'fits', 'meta'],
      async (tx) => {
        const sink = ctx.reportCorrupt;
        const creators = tx.objectStore('creators');
        const postStore = tx.objectStore('posts');
        const snapshotStore = tx.objectStore('snapshots');

        // Reads, issued together (one round trip each, all in this transaction).
        const [rawCreator, settings, rawOwnPosts, rawSnapshots, rawExisting, rawEntry, briefs] =
          await Promise.all([
            track(creators.get(incoming.key)),
            track(settingsIn(tx.objectStore('settings'), sink)),
            track(postStore.index('creatorKey').getAll(incoming.key)),
            track(snapshotStore.index('creatorKey_at').getAll(creatorRange(incoming.key))),
            Promise.all(incomingPosts.map((p) => track(postStore.get(p.key)))),
            track(tx.objectStore('shortlist').get(incoming.key)),
            ctx.fits ? track(briefsIn(tx.objectStore('briefs'), sink)) : Promise.resolve([]),
          ]);

        const existing = readValid(CreatorSchema, rawCreator, 'creators', incoming.key, sink);
        const merged = mergeCreators(existing, incoming);

        // Posts: merge each incoming post with what was stored under its key.
        const mergedPosts = incomingPosts.map((post, i) =>
          mergePosts(readValid(StoredPostSchema, rawExisting[i], 'posts', post.key, sink), post),
        );
        const ownPosts = new Map<string, StoredPost>();
        for (const p of readAllValid(StoredPostSchema, rawOwnPosts, 'posts', rawKey('key'), sink))
          ownPosts.set(p.key, p);
        for (const p of mergedPosts) {
          if (p.creatorKey === merged.key) ownPosts.set(p.key, p);
          else ownPosts.delete(p.key); // re-attributed to its real author
        }
        const allOwnPosts = [...ownPosts.values()];

        // Snapshot: decided on the merged figures, before metrics (growth needs it).
        const snapshots = readAllValid(SnapshotSchema, rawSnapshots, 'snapshots', rawKey('id'), sink);
        const last = snapshots.reduce<Snapshot | null>((a, s) => (a === null || s.at >= a.at ? s : a), null);
        const candidate = snapshotOf(merged, at, null);
        const append = shouldAppendSnapshot(last, candidate);
        const history = append ? [...snapshots, candidate] : snapshots;

        merged.metrics = ctx.computeMetrics
          ? ctx.computeMetrics({
              platform: merged.platform,
              followers: merged.followers,
              posts: postsForMetrics(allOwnPosts),
              snapshots: history,
              scheme: settings.tierScheme,
              benchmarks: benchmarkSetById(settings.benchmarkSet, settings.customBenchmarks),
              now,
            })
          : null;

        const written = forWrite(CreatorSchema, merged, 'creator');
        const writes: Promise<unknown>[] = [track(creators.put(written))];
        // Read back by the next list: validated again by comparison (seen-valid.ts), not by zod.
        ctx.seen.creators.wrote(merged.key, merged, written);
        // A first reading of this creator adds one to the creators count (counters.ts).
        const changes = new CountChanges();
        changes.creatorPut(rawCreator);
        writes.push(track(applyCountChanges(tx.objectStore('meta'), changes)));
        for (const p of mergedPosts) writes.push(track(postStore.put(forWrite(StoredPostSchema, p, 'post'))));
        if (append) {
          const snapshot = forWrite(SnapshotSchema, snapshotOf(merged, at, merged.metrics), 'snapshot');
          delete snapshot.id;
          writes.push(track(snapshotStore.add(snapshot)));
        }
        if (ctx.fits) {
          // The list reads these instead of every post; same transaction, so never behind the creator.
          const basis = fitBasis(briefs, settings.tierScheme, ctx.fits.tag);
          const score = ctx.fits.memo.get(basis, briefs, settings.tierScheme);
          const record = fitCacheRecord(merged.key, basis, score(merged, allOwnPosts), now);
          const fitsWritten = forWrite(FitCacheSchema, record, 'fit cache record');
          writes.push(track(tx.objectStore('fits').put(fitsWritten)));
          ctx.seen.fits.wrote(merged.key, record, fitsWritten);
          // A post of another creator (re-attributed either way) changes their text too: score them afresh.
          const others = new Set<string>();
          mergedPosts.forEach((p, i) => {
            others.add(p.creatorKey);
            const before = (rawExisting[i] as { creatorKey?: unknown } | undefined)?.creatorKey;
            if (typeof before === 'string') others.add(before);
          });
          others.delete(merged.key);
          for (const key of others) writes.push(track(tx.objectStore('fits').delete(key)));
        }
        await Promise.all(writes);
        const entry = readValid(ShortlistEntrySchema, rawEntry, 'shortlist', incoming.key, sink);
        return { creator: merged, entry, posts: allOwnPosts, snapshotAppended: append };
      },
    ),
  );
}
