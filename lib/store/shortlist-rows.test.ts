import { describe, expect, it } from 'vitest';
import { createFitScorer, subjectFromCreator } from '@/lib/fit/score';
import { TIER_PRESETS } from '@/lib/metrics/tiers';
import type { FitResult } from '@/lib/schema/fit';
import { failWriteWithQuota } from '@/tests/support/store/fault-injection';
import { DAY, exact, freshFactory, newStore, post, reading, T0 } from '@/tests/support/store/helpers';
import { openDatabase } from './connection';
import { defaultFitScoring, type FitScoring } from './fit-cache';
import { FIT_BATCH } from './shortlist-rows';
import type { Store } from './store';

/** The real scoring, counting the creators it scores. */
function countingScoring(): { scoring: FitScoring; scored: string[]; prepared: number } {
  const out = {
    scored: [] as string[],
    prepared: 0,
    scoring: ((briefs, scheme) => {
      out.prepared++;
      const score = defaultFitScoring(briefs, scheme);
      return (creator, posts) => {
        out.scored.push(creator.key);
        return score(creator, posts);
      };
    }) as FitScoring,
  };
  return out;
}

function creatorReading(handle: string, caption: string, followers = 5000) {
  return reading({
    handle,
    url: `https://www.instagram.com/${handle}/`,
    followers: exact(followers),
    recentPosts: Array.from({ length: 6 }, (_, i) =>
      post({ id: `${handle}${i}`, caption, likes: exact(200), comments: exact(9), takenAt: T0 - i * DAY }),
    ),
  });
}

const SKIN = { id: 'skin', name: 'Skincare', niches: ['skincare'], keywords: ['serum'] };
const GAME = {
  id: 'game',
  name: 'Gaming',
  niches: ['gaming'],
  keywords: [],
  followers: { min: 50_000 },
};

async function shortlisted(store: Store, handles: [string, string][]) {
  for (const [h, caption] of handles) {
    await store.recordReading(creatorReading(h, caption), T0);
    await store.saveToShortlist(`instagram:${h}`, T0);
  }
}

/** What the fit engine says about a stored creator right now, computed from scratch. */
async function freshFits(store: Store, key: string): Promise<FitResult[]> {
  const bundle = (await store.getCreator(key))!;
  const briefs = await store.listBriefs();
  const scheme = (await store.getSettings()).tierScheme;
  return createFitScorer(briefs, { scheme })(subjectFromCreator(bundle.creator, bundle.posts));
}

describe('shortlist rows with cached fit scores', () => {
  it('recording caches the scores; the list returns them with only the missed must-haves, no posts', async () => {
    const counting = countingScoring();
    const store = await newStore({ fitScoring: counting.scoring });
    await store.saveBrief(SKIN, T0);
    await store.saveBrief(GAME, T0);
    await shortlisted(store, [
      ['rina', 'serum pagi #skincare'],
      ['budi', 'push rank #gaming #mobilelegends'],
    ]);
    counting.scored.length = 0;
    const rows = await store.listShortlistRows(T0);
    expect(counting.scored).toEqual([]); // nothing rescored: every score came from the cache
    expect(rows.map((r) => r.creator.handle).sort()).toEqual(['budi', 'rina']);
    for (const row of rows) {
      expect(row).not.toHaveProperty('posts');
      const fresh = await freshFits(store, row.creator.key);
      expect(row.fits.map((f) => [f.briefId, f.briefName, f.score])).toEqual(
        fresh.map((f) => [f.briefId, f.briefName, f.score]),
      );
      // Reasons: exactly the hard ones (budi misses the gaming brief's follower minimum).
      for (const f of row.fits) {
        const full = fresh.find((x) => x.briefId === f.briefId)!;
        expect(f.reasons).toEqual(full.reasons.filter((r) => r.hard));
      }
    }
    const budi = rows.find((r) => r.creator.handle === 'budi')!;
    expect(budi.fits.find((f) => f.briefId === 'game')!.reasons.length).toBeGreaterThan(0);
  });

  it('a brief change rescores every row once on the next list; a deleted brief disappears', async () => {
    const counting = countingScoring();
    const store = await newStore({ fitScoring: counting.scoring });
    await store.saveBrief(SKIN, T0);
    await shortlisted(store, [
      ['a1', 'serum #skincare'],
      ['a2', 'resep #kuliner'],
      ['a3', 'serum malam'],
    ]);
    await store.saveBrief(GAME, T0 + 1);
    counting.scored.length = 0;
    const first = await store.listShortlistRows(T0 + 2);
    expect(counting.scored.sort()).toEqual(['instagram:a1', 'instagram:a2', 'instagram:a3']);
    expect(
      first.every(
        (r) =>
          r.fits
            .map((f) => f.briefId)
            .sort()
            .join() === 'game,skin',
      ),
    ).toBe(true);
    counting.scored.length = 0;
    await store.listShortlistRows(T0 + 3);
    expect(counting.scored).toEqual([]);

    // Saving an unchanged brief again (only its timestamp moves) keeps the cache.
    await store.saveBrief(GAME, T0 + 4);
    await store.listShortlistRows(T0 + 5);
    expect(counting.scored).toEqual([]);

    await store.deleteBrief('game');
    const after = await store.listShortlistRows(T0 + 6);
    expect(counting.scored).toHaveLength(3);
    expect(after.every((r) => r.fits.map((f) => f.briefId).join() === 'skin')).toBe(true);
  });

  it('a new tier scheme rescores (brief tiers are read against it)', async () => {
    const counting = countingScoring();
    const store = await newStore({ fitScoring: counting.scoring });
    await store.saveBrief({ id: 'nano', name: 'Nano only', keywords: ['serum'], tiers: ['nano'] }, T0);
    await shortlisted(store, [['rina', 'serum #skincare']]);
    const before = await store.listShortlistRows(T0);
    counting.scored.length = 0;
    const settings = await store.getSettings();
    await store.saveSettings({ ...settings, tierScheme: TIER_PRESETS['broad-micro'] });
    const after = await store.listShortlistRows(T0 + 1);
    expect(counting.scored).toEqual(['instagram:rina']);
    expect(after[0]!.fits[0]!.score).toBe((await freshFits(store, 'instagram:rina'))[0]!.score);
    expect(before).toHaveLength(1);
  });

  it('another engine tag (extension updated) rescores what the old engine cached', async () => {
    const factory = freshFactory();
    const { openStore } = await import('./store');
    const old = await openStore(factory, 'tagged', { fitTag: '1.0.0' });
    await old.saveBrief(SKIN, T0);
    await shortlisted(old, [['rina', 'serum #skincare']]);
    await old.close();
    const counting = countingScoring();
    const updated = await openStore(factory, 'tagged', { fitTag: '1.1.0', fitScoring: counting.scoring });
    await updated.listShortlistRows(T0);
    expect(counting.scored).toEqual(['instagram:rina']);
  });

  it(`creators without a cache record (more than one batch of ${FIT_BATCH}) are scored and cached`, async () => {
    const factory = freshFactory();
    const store = await newStore({}, factory);
    await store.saveBrief(SKIN, T0);
    await store.recordReading(creatorReading('seed', 'serum #skincare'), T0);
    const { creators, posts } = await store.dump();
    const template = creators[0]!.value as Record<string, unknown>;
    const postTemplate = posts[0]!.value as Record<string, unknown>;
    await store.close();
    // Raw records as an older build (no fits store content) left them.
    const db = await openDatabase(factory, 'microlens-test');
    const n = FIT_BATCH + 12;
    const tx = db.transaction(['creators', 'posts', 'shortlist', 'fits'], 'readwrite');
    await tx.objectStore('fits').clear();
    for (let i = 0; i < n; i++) {
      const key = `instagram:c${i}`;
      await tx.objectStore('creators').put({ ...template, key, handle: `c${i}` });
      const caption = i % 2 ? 'serum malam #skincare' : 'main game';
      await tx
        .objectStore('posts')
        .put({ ...postTemplate, key: `instagram:q${i}`, id: `q${i}`, creatorKey: key, caption });
      await tx.objectStore('shortlist').put({
        creatorKey: key,
        status: 'saved',
        notes: '',
        tags: [],
        rate: null,
        addedAt: T0,
        updatedAt: T0 + i,
      });
    }
    await tx.done;
    db.close();

    const counting = countingScoring();
    const reopened = await newStore({ fitScoring: counting.scoring }, factory);
    const rows = await reopened.listShortlistRows(T0);
    expect(rows).toHaveLength(n);
    expect(new Set(counting.scored).size).toBe(n);
    expect(rows[0]!.creator.key).toBe(`instagram:c${n - 1}`); // newest change first
    for (const i of [0, 1, FIT_BATCH + 3]) {
      const row = rows.find((r) => r.creator.key === `instagram:c${i}`)!;
      expect(row.fits[0]!.score).toBe((await freshFits(reopened, row.creator.key))[0]!.score);
    }
    expect((await reopened.dump()).fits).toHaveLength(n);
    counting.scored.length = 0;
    await reopened.listShortlistRows(T0);
    expect(counting.scored).toEqual([]);
  });

  it('a corrupt cache record is reported and rescored, never shown', async () => {
    const factory = freshFactory();
    const store = await newStore({}, factory);
    await store.saveBrief(SKIN, T0);
    await shortlisted(store, [['rina', 'serum #skincare']]);
    const db = await openDatabase(factory, 'microlens-test');
    await db.put('fits', {
      creatorKey: 'instagram:rina',
      basis: 'x',
      computedAt: 1,
      fits: [{ briefId: 'skin', score: 900 }],
    });
    db.close();
    const rows = await store.listShortlistRows(T0);
    expect(rows[0]!.fits[0]!.score).toBe((await freshFits(store, 'instagram:rina'))[0]!.score);
    expect(store.corruptRecords().map((r) => r.store)).toEqual(['fits']);
  });

  it('when caching fails (storage full), the list still shows freshly computed scores', async () => {
    const store = await newStore();
    await store.saveBrief(SKIN, T0);
    await shortlisted(store, [['rina', 'serum #skincare']]);
    await store.saveBrief(GAME, T0 + 1); // every cached score is now stale
    const before = (await store.dump()).fits;
    const restore = failWriteWithQuota(1);
    let rows: Awaited<ReturnType<Store['listShortlistRows']>>;
    try {
      rows = await store.listShortlistRows(T0 + 2);
    } finally {
      restore();
    }
    expect(rows[0]!.fits.map((f) => f.briefId).sort()).toEqual(['game', 'skin']);
    expect((await store.dump()).fits).toEqual(before);
  });

  it('a post re-attributed to its real author drops that author’s cached scores', async () => {
    const store = await newStore();
    await store.saveBrief(SKIN, T0);
    await shortlisted(store, [['ana', 'main game']]);
    // Another profile's page shows a post naming ana as its author: ana's text changed.
    await store.recordReading(
      reading({
        handle: 'budi',
        url: 'https://www.instagram.com/budi/',
        recentPosts: [post({ id: 'shared', author: 'ana', caption: 'serum #skincare', takenAt: T0 })],
      }),
      T0 + 1,
    );
    expect((await store.dump()).fits.map((r) => r.key)).not.toContain('instagram:ana');
    const [row] = await store.listShortlistRows(T0 + 2);
    expect(row!.fits[0]!.score).toBe((await freshFits(store, 'instagram:ana'))[0]!.score);
  });

  it('an import drops the cached scores of the creators it changes', async () => {
    const source = await newStore();
    await source.recordReading(creatorReading('rina', 'serum #skincare'), T0 + DAY);
    const { json } = await source.exportBackup(T0 + DAY);
    const target = await newStore();
    await target.saveBrief(SKIN, T0);
    await shortlisted(target, [['rina', 'main game']]);
    const stale = (await target.listShortlistRows(T0))[0]!.fits[0]!.score;
    await target.importBackup(json);
    const [row] = await target.listShortlistRows(T0 + 2 * DAY);
    const fresh = (await freshFits(target, 'instagram:rina'))[0]!.score;
    expect(row!.fits[0]!.score).toBe(fresh);
    expect(fresh).not.toBe(stale);
  });
});

describe('bulk tag changes', () => {
  it('adds and removes tags on every entry in one request, keeping each entry’s own tags', async () => {
    const store = await newStore();
    await shortlisted(store, [
      ['a1', 'x'],
      ['a2', 'y'],
      ['a3', 'z'],
    ]);
    await store.updateShortlist(['instagram:a1'], { tags: ['beauty', 'VIP'] }, T0 + 1);
    await store.updateShortlist(['instagram:a2'], { tags: ['old'] }, T0 + 1);
    const updated = await store.updateShortlist(
      ['instagram:a1', 'instagram:a2', 'instagram:a3'],
      { addTags: ['vip', 'q3'], removeTags: ['OLD'] },
      T0 + 2,
    );
    expect(updated).toBe(3);
    const tags = Object.fromEntries(
      (await store.listShortlist()).map((v) => [v.creator.handle, v.entry?.tags]),
    );
    expect(tags).toEqual({ a1: ['beauty', 'VIP', 'q3'], a2: ['vip', 'q3'], a3: ['vip', 'q3'] });
  });

  it('a failure part-way leaves every entry as it was (one transaction)', async () => {
    const store = await newStore();
    await shortlisted(store, [
      ['a1', 'x'],
      ['a2', 'y'],
    ]);
    const before = await store.dump();
    const restore = failWriteWithQuota(2);
    const error = await store
      .updateShortlist(['instagram:a1', 'instagram:a2'], { addTags: ['vip'] }, T0 + 1)
      .catch((e) => e);
    restore();
    expect(error).toMatchObject({ code: 'quota' });
    expect(await store.dump()).toEqual(before);
  });
});

describe('rescoring reads a batch of creators in one key range', () => {
  /** Creators b00…b{n-1}; the ones in `saved` are shortlisted; captions differ so a mixed-up post shows. */
  async function known(store: Store, n: number, saved: (i: number) => boolean) {
    for (let i = 0; i < n; i++) {
      const h = `b${String(i).padStart(2, '0')}`;
      await store.recordReading(creatorReading(h, i % 3 ? 'push rank #gaming' : 'serum pagi #skincare'), T0);
      if (saved(i)) await store.saveToShortlist(`instagram:${h}`, T0);
    }
  }

  for (const [what, n, saved] of [
    ['dense: the range holds mostly stale creators', 9, (i: number) => i !== 4],
    ['sparse: the range would hold many others, read key by key', 20, (i: number) => i === 1 || i === 18],
  ] as const) {
    it(`${what}; each creator is scored on its own posts only`, async () => {
      const counting = countingScoring();
      const store = await newStore({ fitScoring: counting.scoring });
      await store.saveBrief(SKIN, T0);
      await known(store, n, saved);
      await store.saveBrief(GAME, T0 + 1); // every cached score is stale now
      counting.scored.length = 0;
      const rows = await store.listShortlistRows(T0 + 2);
      const expected = Array.from({ length: n }, (_, i) => i)
        .filter(saved)
        .map((i) => `instagram:b${String(i).padStart(2, '0')}`);
      expect(counting.scored.sort()).toEqual(expected); // the unsaved creators in the range are not scored
      expect(rows.map((r) => r.creator.key).sort()).toEqual(expected);
      for (const row of rows) {
        const fresh = await freshFits(store, row.creator.key);
        expect(row.fits.map((f) => [f.briefId, f.score])).toEqual(fresh.map((f) => [f.briefId, f.score]));
      }
      const skin = rows.map((r) => r.fits.find((f) => f.briefId === 'skin')!.score);
      expect(new Set(skin).size).toBeGreaterThan(1); // the captions really differ between creators
    });
  }
});
