import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_CARD } from '@/lib/cost/rate-card';
import { TIER_PRESETS } from '@/lib/metrics/tiers';
import { DAY, exact, freshFactory, newStore, post, reading, T0 } from '@/tests/support/store/helpers';
import { openDatabase } from './connection';
import { SETTINGS_KEY } from './db-schema';
import type { StoreError } from './errors';
import { openStore } from './store';

describe('shortlist', () => {
  it('saves a known creator once, keeps the entry on a second save', async () => {
    const store = await newStore();
    await store.recordReading(reading({ followers: exact(10) }), T0);
    const first = await store.saveToShortlist('instagram:rina.makeup', T0);
    expect(first.entry).toMatchObject({ status: 'saved', addedAt: T0, updatedAt: T0, notes: '', tags: [] });
    await store.updateShortlist(['instagram:rina.makeup'], { notes: 'hi' }, T0 + 1);
    const again = await store.saveToShortlist('instagram:rina.makeup', T0 + 2);
    expect(again.entry).toMatchObject({ notes: 'hi', addedAt: T0, updatedAt: T0 + 1 });
  });

  it('refuses to save a creator it has never seen', async () => {
    const store = await newStore();
    const error = await store.saveToShortlist('instagram:nobody', T0).catch((e) => e);
    expect((error as StoreError).code).toBe('not-found');
  });

  it('updates and removes in bulk, counting only entries that exist', async () => {
    const store = await newStore();
    for (const h of ['a1', 'a2', 'a3']) {
      await store.recordReading(reading({ handle: h }), T0);
      await store.saveToShortlist(`instagram:${h}`, T0);
    }
    const updated = await store.updateShortlist(
      ['instagram:a1', 'instagram:a2', 'instagram:zz'],
      { status: 'negotiating', rate: { amount: 750_000, currency: 'IDR' } },
      T0 + 5,
    );
    expect(updated).toBe(2);
    const list = await store.listShortlist();
    expect(list.map((v) => [v.creator.handle, v.entry?.status])).toEqual([
      ['a1', 'negotiating'],
      ['a2', 'negotiating'],
      ['a3', 'saved'],
    ]);
    expect(list[0]?.entry?.rate).toEqual({ amount: 750_000, currency: 'IDR' });
    expect((await store.shortlistSummary()).byStatus).toEqual({
      saved: 1,
      contacted: 0,
      negotiating: 2,
      active: 0,
      done: 0,
      rejected: 0,
    });
    expect(await store.removeFromShortlist(['instagram:a1', 'instagram:a1', 'instagram:zz'])).toBe(1);
    const summary = await store.shortlistSummary();
    expect(summary.total).toBe(2);
    expect(summary.creatorsKnown).toBe(3);
  });

  it('lists each entry with its creator and posts', async () => {
    const store = await newStore();
    await store.recordReading(reading({ recentPosts: [post({ id: 'x1' }), post({ id: 'x2' })] }), T0);
    await store.saveToShortlist('instagram:rina.makeup', T0);
    const [view] = await store.listShortlist();
    expect(view?.creator.key).toBe('instagram:rina.makeup');
    expect(view?.posts.map((p) => p.id).sort()).toEqual(['x1', 'x2']);
  });
});

describe('shortlist listing paths', () => {
  it('a small shortlist (per-entry lookups) and a full one (bulk reads) give the same bundles', async () => {
    const store = await newStore();
    for (let i = 0; i < 5; i++) {
      await store.recordReading(
        reading({ handle: `h${i}`, recentPosts: [post({ id: `h${i}a` }), post({ id: `h${i}b` })] }),
        T0,
      );
    }
    await store.saveToShortlist('instagram:h2', T0);
    const small = await store.listShortlist(); // 1 of 5 creators: per-entry path
    expect(small.map((v) => v.creator.key)).toEqual(['instagram:h2']);
    expect(small[0]?.posts.map((p) => p.id).sort()).toEqual(['h2a', 'h2b']);
    for (const i of [0, 1, 3]) await store.saveToShortlist(`instagram:h${i}`, T0 - 1);
    const full = await store.listShortlist(); // 4 of 5: bulk path
    expect(full.map((v) => v.creator.key)).toEqual([
      'instagram:h2',
      'instagram:h0',
      'instagram:h1',
      'instagram:h3',
    ]);
    expect(full[0]).toEqual(small[0]);
    expect(full.flatMap((v) => v.posts.map((p) => p.creatorKey))).not.toContain('instagram:h4');
  });
});

describe('corrupt records on disk', () => {
  it('are skipped and reported, never thrown at the UI', async () => {
    const factory = freshFactory();
    const store = await openStore(factory, 'corrupt');
    await store.recordReading(reading({ handle: 'good' }), T0);
    await store.recordReading(reading({ handle: 'bad' }), T0);
    await store.saveToShortlist('instagram:good', T0);
    await store.saveToShortlist('instagram:bad', T0);
    // Something outside our code damages records.
    const raw = await openDatabase(factory, 'corrupt');
    await raw.put('creators', { key: 'instagram:bad', platform: 'instagram', handle: 42 });
    await raw.put('settings', { tierScheme: 'nope' }, SETTINGS_KEY);
    raw.close();

    expect((await store.listShortlist()).map((v) => v.creator.key)).toEqual(['instagram:good']);
    expect(await store.getCreator('instagram:bad')).toBeNull();
    expect((await store.getSettings()).tierScheme).toEqual(TIER_PRESETS.standard);
    expect(store.corruptRecords().map((r) => `${r.store}:${r.key}`)).toEqual(
      expect.arrayContaining(['creators:instagram:bad', `settings:${SETTINGS_KEY}`]),
    );
    // A new reading replaces the unreadable record with a valid one.
    await store.recordReading(reading({ handle: 'bad', followers: exact(3) }), T0 + 1);
    expect((await store.getCreator('instagram:bad'))?.creator.followers?.value).toBe(3);
  });
});

describe('briefs and settings', () => {
  it('saves, lists and deletes briefs, keeping createdAt', async () => {
    const store = await newStore();
    const saved = await store.saveBrief({ id: 'b1', name: 'Skincare', keywords: ['serum'] }, T0);
    expect(saved).toMatchObject({ createdAt: T0, updatedAt: T0, niches: [] });
    const resaved = await store.saveBrief({ id: 'b1', name: 'Skincare 2', keywords: ['serum'] }, T0 + DAY);
    expect(resaved).toMatchObject({ name: 'Skincare 2', createdAt: T0, updatedAt: T0 + DAY });
    expect(await store.listBriefs()).toHaveLength(1);
    expect(await store.deleteBrief('b1')).toBe(true);
    expect(await store.deleteBrief('b1')).toBe(false);
  });

  it('refuses an invalid brief', async () => {
    const store = await newStore();
    const error = await store.saveBrief({ id: 'b1', name: 'Nothing' }, T0).catch((e) => e);
    expect((error as StoreError).code).toBe('invalid');
    expect(await store.listBriefs()).toEqual([]);
  });

  it('starts from the defaults and keeps what is saved', async () => {
    const store = await newStore();
    const defaults = await store.getSettings();
    expect(defaults).toMatchObject({
      tierScheme: TIER_PRESETS.standard,
      language: 'auto',
      currency: 'IDR',
      csvDelimiter: ',',
      overlay: { instagram: 'shown', tiktok: 'shown' },
    });
    expect(defaults.rateCard).toEqual(DEFAULT_RATE_CARD);
    await store.saveSettings({ ...defaults, language: 'id', tierScheme: TIER_PRESETS['narrow-micro'] });
    expect((await store.getSettings()).language).toBe('id');
    const error = await store.saveSettings({ ...defaults, csvDelimiter: '|' }).catch((e) => e);
    expect((error as StoreError).code).toBe('invalid');
    expect((await store.getSettings()).language).toBe('id');
  });

  it('the saved tier scheme is used for the next metrics', async () => {
    const store = await newStore();
    await store.saveSettings({ ...(await store.getSettings()), tierScheme: TIER_PRESETS['narrow-micro'] });
    const { creator } = await store.recordReading(reading({ followers: exact(60_000) }), T0);
    expect(creator.metrics?.tier).toEqual({ known: true, tiers: ['mid'] });
  });
});

describe('metrics over stored posts (real computeCreatorMetrics)', () => {
  it('engagement uses posts from earlier readings as well as the latest one', async () => {
    const store = await newStore();
    const likes = [100, 120, 80, 90];
    await store.recordReading(
      reading({
        followers: exact(2000),
        recentPosts: likes
          .slice(0, 2)
          .map((l, i) =>
            post({ id: `old${i}`, likes: exact(l), comments: exact(10), takenAt: T0 - (10 + i) * DAY }),
          ),
      }),
      T0,
    );
    const first = (await store.getCreator('instagram:rina.makeup'))!.creator.metrics!;
    expect(first.engagement.known).toBe(false); // two posts are too few
    await store.recordReading(
      reading({
        readAt: T0 + DAY,
        followers: exact(2000),
        recentPosts: likes
          .slice(2)
          .map((l, i) =>
            post({ id: `new${i}`, likes: exact(l), comments: exact(10), takenAt: T0 - i * DAY }),
          ),
      }),
      T0 + DAY,
    );
    const metrics = (await store.getCreator('instagram:rina.makeup'))!.creator.metrics!;
    expect(metrics.engagement.known).toBe(true);
    if (!metrics.engagement.known) return;
    expect(metrics.engagement.postsUsed).toBe(4);
    // Rates (l+10)/2000: 0.045, 0.055, 0.065, 0.050 → median 0.0525.
    expect(metrics.engagement.byFollowers.median).toBeCloseTo(0.0525, 6);
    expect(metrics.tier).toEqual({ known: true, tiers: ['nano'] });
  });
});
