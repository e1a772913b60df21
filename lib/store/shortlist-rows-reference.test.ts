/**
 * shortlist:list (listShortlistRows, and the first page) against a reference
 * built the slow, obvious way on a seeded store: every shortlisted creator with
 * all its posts (listShortlist), scored from scratch against the current briefs.
 * Whatever the list does to be fast (cached scores, which records it reads and
 * when, how it validates them), its rows must be exactly these — cold, warm,
 * partly stale, with corrupt records, on the bulk and the per-key read paths.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SHORTLIST_STATUSES } from '@/lib/schema/plain';
import type { ShortlistItem } from '@/lib/schema/views';
import { DAY, exact, freshFactory, post, reading, T0 } from '@/tests/support/store/helpers';
import { openDatabase } from './connection';
import { defaultFitScoring, fitBasis, fitCacheRecord, fitsFromCache } from './fit-cache';
import { byLastSeenThenKey } from './shortlist-page';
import { openStore, type Store } from './store';

const CAPTIONS = [
  'Serum vitamin C pagi ini #skincare #glowup',
  'Push rank malam ini #gaming #mobilelegends',
  'Resep nasi goreng kampung #kuliner #resep',
  'OOTD kantor, modest fashion #ootd #hijabstyle',
  'Liburan ke Bali bareng keluarga #travel',
  'Review jujur produk lokal #review',
];
const BRIEFS = [
  { id: 'skin', name: 'Skincare', niches: ['skincare'], keywords: ['serum'] },
  {
    id: 'food',
    name: 'Kuliner',
    keywords: ['resep', 'kuliner'],
    excludeKeywords: ['alkohol'],
    tiers: ['micro'],
  },
  { id: 'game', name: 'Gaming', niches: ['gaming'], followers: { min: 50_000 } },
];

/** A small deterministic generator, so the seeded store is the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NAME = 'reference';

/** `creators` creators with 0–7 posts each; `shortlistShare` of them shortlisted in mixed statuses. */
async function seed(
  creators: number,
  shortlistShare: number,
): Promise<{ store: Store; factory: IDBFactory }> {
  const factory = freshFactory();
  const store = await openStore(factory, NAME);
  const random = rng(creators * 7 + Math.round(shortlistShare * 100));
  for (const b of BRIEFS) await store.saveBrief(b, T0);
  for (let i = 0; i < creators; i++) {
    const handle = `c${String(i).padStart(4, '0')}`;
    const followers = 500 + Math.floor(random() * 120_000);
    const posts = Array.from({ length: Math.floor(random() * 8) }, (_, n) =>
      post({
        id: `${handle}p${n}`,
        caption: CAPTIONS[Math.floor(random() * CAPTIONS.length)],
        likes: exact(Math.floor(random() * 5_000)),
        comments: exact(Math.floor(random() * 200)),
        takenAt: T0 - (n + 1) * DAY,
      }),
    );
    const at = T0 + Math.floor(random() * 20) * DAY; // ties in lastSeen on purpose
    await store.recordReading(
      reading({
        handle,
        url: `https://www.instagram.com/${handle}/`,
        readAt: at,
        followers: exact(followers),
        bio: CAPTIONS[i % CAPTIONS.length],
        recentPosts: posts,
      }),
      at,
    );
    if (random() < shortlistShare) {
      const key = `instagram:${handle}`;
      await store.saveToShortlist(key, T0);
      const status = SHORTLIST_STATUSES[Math.floor(random() * SHORTLIST_STATUSES.length)]!;
      await store.updateShortlist([key], { status }, T0 + Math.floor(random() * 5));
    }
  }
  return { store, factory };
}

/** The rows as the slow path computes them: whole bundles, scored from scratch. */
async function reference(store: Store, now: number): Promise<ShortlistItem[]> {
  const [bundles, briefs, settings] = await Promise.all([
    store.listShortlist(),
    store.listBriefs(),
    store.getSettings(),
  ]);
  const score = defaultFitScoring(briefs, settings.tierScheme);
  const basis = fitBasis(briefs, settings.tierScheme, '');
  const byId = new Map(briefs.map((b) => [b.id, b]));
  return bundles.map(({ creator, entry, posts }) => ({
    creator,
    entry: entry!,
    fits: fitsFromCache(fitCacheRecord(creator.key, basis, score(creator, posts), now), byId),
  }));
}

async function expectSameAsReference(store: Store, now: number): Promise<void> {
  const expected = await reference(store, now);
  const rows = await store.listShortlistRows(now);
  expect(rows).toEqual(expected);
  const page = await store.shortlistPage(now, 25);
  expect(page.items).toEqual([...expected].sort(byLastSeenThenKey).slice(0, 25));
}

describe('shortlist rows equal the from-scratch reference on a seeded store', () => {
  let bulk: { store: Store; factory: IDBFactory };
  beforeAll(async () => {
    // 600 creators, most shortlisted (one getAll per store; more than two rescoring batches).
    bulk = await seed(600, 0.8);
  }, 60_000);

  it('warm (every score cached by the recordings), then cold after a brief change, then warm again', async () => {
    const { store } = bulk;
    await expectSameAsReference(store, T0 + 30 * DAY);
    await store.saveBrief({ ...BRIEFS[0]!, keywords: ['serum', 'sunscreen'] }, T0 + 30 * DAY);
    await expectSameAsReference(store, T0 + 31 * DAY);
    await expectSameAsReference(store, T0 + 32 * DAY);
  });

  it('partly stale: some creators recorded after a brief change, some not', async () => {
    const { store } = bulk;
    await store.saveBrief({ ...BRIEFS[2]!, followers: { min: 20_000 } }, T0 + 40 * DAY);
    for (const i of [3, 77, 150, 151, 420, 599]) {
      const handle = `c${String(i).padStart(4, '0')}`;
      await store.recordReading(
        reading({
          handle,
          url: `https://www.instagram.com/${handle}/`,
          readAt: T0 + 40 * DAY,
          followers: exact(60_000 + i),
          recentPosts: [
            post({
              id: `${handle}new`,
              caption: 'Main game #gaming',
              likes: exact(10),
              comments: exact(1),
              takenAt: T0 + 39 * DAY,
            }),
          ],
        }),
        T0 + 40 * DAY,
      );
    }
    await expectSameAsReference(store, T0 + 41 * DAY);
  });

  it('with corrupt records: a creator, a cached score, an entry without its creator', async () => {
    const { store, factory } = bulk;
    const [first, second] = (await store.listShortlistRows(T0 + 50 * DAY)).map((r) => r.creator.key);
    const db = await openDatabase(factory, NAME);
    await db.put('creators', { key: first, platform: 'instagram', handle: 42 });
    await db.put('fits', {
      creatorKey: second,
      basis: 'x',
      computedAt: 1,
      fits: [{ briefId: 'skin', score: 900 }],
    });
    await db.put('shortlist', {
      creatorKey: 'instagram:ghost',
      status: 'saved',
      notes: '',
      tags: [],
      rate: null,
      addedAt: T0,
      updatedAt: T0,
    });
    db.close();
    await expectSameAsReference(store, T0 + 51 * DAY);
    await store.saveBrief({ ...BRIEFS[1]!, keywords: ['resep'] }, T0 + 52 * DAY);
    await expectSameAsReference(store, T0 + 53 * DAY);
    // The corrupt creator was reported (and never listed); so was the bad cached score.
    const reported = store.corruptRecords().map((r) => `${r.store}:${r.key}`);
    expect(reported).toContain(`creators:${first}`);
    expect(reported).toContain(`fits:${second}`);
  });

  it('a shortlist of under half the creators (read key by key), cold and warm', async () => {
    const { store } = await seed(300, 0.2);
    await expectSameAsReference(store, T0 + 30 * DAY);
    await store.saveBrief({ ...BRIEFS[0]!, keywords: ['vitamin'] }, T0 + 30 * DAY);
    await expectSameAsReference(store, T0 + 31 * DAY);
    await expectSameAsReference(store, T0 + 32 * DAY);
  }, 60_000);
});
