import { describe, expect, it } from 'vitest';
import { DAY, exact, metricsSpy, newStore, post, reading, rounded, T0 } from '@/tests/support/store/helpers';
import { StoreError } from './errors';

const KEY = 'instagram:rina.makeup';

describe('recordReading: creator merge', () => {
  it('creates the creator with counts stamped with when they were read', async () => {
    const store = await newStore();
    const { creator } = await store.recordReading(
      reading({ displayName: 'Rina', followers: exact(3351), following: exact(120), posts: exact(42) }),
      T0,
    );
    expect(creator.key).toBe(KEY);
    expect(creator.followers).toEqual({ ...exact(3351), observedAt: T0 });
    const bundle = await store.getCreator(KEY);
    expect(bundle?.creator.displayName).toBe('Rina');
    expect(bundle?.creator.firstSeen).toBe(T0);
  });

  it('never lets a partial reading (a post page) erase known fields', async () => {
    const store = await newStore();
    await store.recordReading(
      reading({ displayName: 'Rina', bio: 'MUA Jakarta', followers: exact(3351), posts: exact(42) }),
      T0,
    );
    await store.recordReading(
      reading({ pageKind: 'post', readAt: T0 + 1000, post: post({ id: 'ABC', likes: exact(10) }) }),
      T0 + 1000,
    );
    const c = (await store.getCreator(KEY))!.creator;
    expect(c.displayName).toBe('Rina');
    expect(c.bio).toBe('MUA Jakarta');
    expect(c.followers?.value).toBe(3351);
    expect(c.posts?.value).toBe(42);
    expect(c.lastSeen).toBe(T0 + 1000);
  });

  it('updates display name and bio when a newer reading shows them', async () => {
    const store = await newStore();
    await store.recordReading(reading({ displayName: 'Rina', bio: 'old bio' }), T0);
    await store.recordReading(reading({ readAt: T0 + 5, displayName: 'Rina MUA', bio: 'new bio' }), T0 + 5);
    const c = (await store.getCreator(KEY))!.creator;
    expect(c.displayName).toBe('Rina MUA');
    expect(c.bio).toBe('new bio');
  });

  it('keeps an exact follower count when a later rounded display still contains it', async () => {
    const store = await newStore();
    await store.recordReading(reading({ followers: exact(1_137_245) }), T0);
    await store.recordReading(
      reading({ readAt: T0 + DAY, followers: rounded(1_100_000, 1_050_000, 1_149_999, '1.1M') }),
      T0 + DAY,
    );
    expect((await store.getCreator(KEY))!.creator.followers).toEqual({ ...exact(1_137_245), observedAt: T0 });
  });

  it('replaces an exact count with a later rounded one outside its range', async () => {
    const store = await newStore();
    await store.recordReading(reading({ followers: exact(1_137_245) }), T0);
    const later = rounded(1_200_000, 1_150_000, 1_249_999, '1.2M');
    await store.recordReading(reading({ readAt: T0 + DAY, followers: later }), T0 + DAY);
    expect((await store.getCreator(KEY))!.creator.followers).toEqual({ ...later, observedAt: T0 + DAY });
  });

  it('replaces a rounded count with a later exact one', async () => {
    const store = await newStore();
    await store.recordReading(reading({ followers: rounded(1_100_000, 1_050_000, 1_149_999) }), T0);
    await store.recordReading(reading({ readAt: T0 + 9, followers: exact(1_137_245) }), T0 + 9);
    expect((await store.getCreator(KEY))!.creator.followers?.exact).toBe(true);
  });

  it('records nothing for a reading without a handle and says why', async () => {
    const store = await newStore();
    const before = await store.dump();
    const error = await store
      .recordReading(reading({ handle: null, followers: exact(5) }), T0)
      .catch((e) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('invalid');
    expect((error as StoreError).message).toMatch(/no creator handle/);
    expect(await store.dump()).toEqual(before);
  });

  it('refuses an invalid reading', async () => {
    const store = await newStore();
    const error = await store.recordReading({ platform: 'myspace', handle: 'x' }, T0).catch((e) => e);
    expect((error as StoreError).code).toBe('invalid');
    expect((await store.dump()).creators).toEqual([]);
  });

  it('clamps a reading stamped far in the future to now', async () => {
    const store = await newStore();
    const { creator } = await store.recordReading(
      reading({ readAt: T0 + 10 * DAY, followers: exact(7) }),
      T0,
    );
    expect(creator.lastSeen).toBe(T0);
    expect(creator.followers?.observedAt).toBe(T0);
  });
});

describe('recordReading: posts', () => {
  it('upserts posts keyed platform:id and merges their stats field by field', async () => {
    const store = await newStore();
    await store.recordReading(
      reading({ recentPosts: [post({ id: 'P1', likes: exact(100), comments: exact(5), caption: 'hello' })] }),
      T0,
    );
    await store.recordReading(
      reading({ readAt: T0 + 10, recentPosts: [post({ id: 'P1', likes: exact(150) })] }),
      T0 + 10,
    );
    const posts = (await store.getCreator(KEY))!.posts;
    expect(posts).toHaveLength(1);
    const p = posts[0]!;
    expect(p.key).toBe('instagram:P1');
    expect(p.likes?.value).toBe(150);
    expect(p.comments?.value).toBe(5);
    expect(p.caption).toBe('hello');
    expect(p.firstSeen).toBe(T0);
    expect(p.lastSeen).toBe(T0 + 10);
  });

  it('keeps an exact post count when a later rounded one still contains it', async () => {
    const store = await newStore();
    await store.recordReading(reading({ recentPosts: [post({ id: 'P1', likes: exact(12_345) })] }), T0);
    await store.recordReading(
      reading({
        readAt: T0 + 10,
        recentPosts: [post({ id: 'P1', likes: rounded(12_300, 12_250, 12_349, '12.3K') })],
      }),
      T0 + 10,
    );
    expect((await store.getCreator(KEY))!.posts[0]!.likes).toEqual(exact(12_345));
  });

  it('attributes a post page post to its author', async () => {
    const store = await newStore();
    await store.recordReading(
      reading({
        pageKind: 'post',
        handle: 'budi',
        post: post({ id: 'Q9', author: 'budi', likes: exact(3) }),
      }),
      T0,
    );
    const budi = await store.getCreator('instagram:budi');
    expect(budi?.posts.map((p) => p.key)).toEqual(['instagram:Q9']);
    expect(budi?.posts[0]?.creatorKey).toBe('instagram:budi');
  });

  it('stores a grid post that names another author under that author, not the profile', async () => {
    const store = await newStore();
    await store.recordReading(
      reading({ recentPosts: [post({ id: 'OWN' }), post({ id: 'COLLAB', author: 'Someone.Else' })] }),
      T0,
    );
    expect((await store.getCreator(KEY))!.posts.map((p) => p.id)).toEqual(['OWN']);
    const dump = await store.dump();
    const collab = dump.posts.find((r) => r.key === 'instagram:COLLAB')?.value as { creatorKey: string };
    expect(collab.creatorKey).toBe('instagram:someone.else');
  });

  it('computes metrics over all known posts: most recent 30 by date, pinned excluded', async () => {
    const spy = metricsSpy();
    const store = await newStore({ computeMetrics: spy.compute });
    const first = Array.from({ length: 20 }, (_, i) => post({ id: `A${i}`, takenAt: T0 - (40 - i) * DAY }));
    const second = Array.from({ length: 20 }, (_, i) => post({ id: `B${i}`, takenAt: T0 - (20 - i) * DAY }));
    const pinned = post({ id: 'PIN', pinned: true, takenAt: T0 });
    await store.recordReading(reading({ followers: exact(1000), recentPosts: [...first, pinned] }), T0);
    await store.recordReading(
      reading({ readAt: T0 + 1, followers: exact(1000), recentPosts: second }),
      T0 + 1,
    );
    const input = spy.calls.at(-1)!;
    expect(input.posts).toHaveLength(30);
    const ids = input.posts.map((p) => p.id);
    expect(ids).not.toContain('PIN');
    // The 30 newest: all of B and the 10 newest of A.
    expect(new Set(ids)).toEqual(new Set([...second.map((p) => p.id), ...first.slice(10).map((p) => p.id)]));
    expect(input.now).toBe(T0 + 1);
    expect(input.scheme.id).toBe('standard');
    const stored = (await store.getCreator(KEY))!.creator.metrics;
    expect(stored?.computedAt).toBe(T0 + 1);
    expect(stored?.engagement.known && stored.engagement.postsUsed).toBe(30);
  });

  it('leaves metrics unknown (null) when no metrics computation is available', async () => {
    const store = await newStore({ computeMetrics: null });
    const { creator } = await store.recordReading(reading({ followers: exact(10) }), T0);
    expect(creator.metrics).toBeNull();
  });
});

describe('recordReading: snapshots', () => {
  it('appends a snapshot on first sight, when counts change, and after a day; not otherwise', async () => {
    const spy = metricsSpy();
    const store = await newStore({ computeMetrics: spy.compute });
    await store.recordReading(reading({ followers: exact(1000) }), T0);
    await store.recordReading(reading({ readAt: T0 + 1000, followers: exact(1000) }), T0 + 1000);
    expect(await store.history(KEY)).toHaveLength(1);
    await store.recordReading(reading({ readAt: T0 + 2000, followers: exact(1001) }), T0 + 2000);
    expect(await store.history(KEY)).toHaveLength(2);
    await store.recordReading(reading({ readAt: T0 + 2000 + DAY, followers: exact(1001) }), T0 + 2000 + DAY);
    const history = await store.history(KEY);
    expect(history.map((s) => [s.at, s.followers])).toEqual([
      [T0, 1000],
      [T0 + 2000, 1001],
      [T0 + 2000 + DAY, 1001],
    ]);
    // Metrics saw the snapshot being appended (growth needs the newest point).
    expect(spy.calls.at(-1)!.snapshots.map((s) => s.at)).toContain(T0 + 2000 + DAY);
  });

  it('appends when following, posts or total likes change', async () => {
    const store = await newStore();
    await store.recordReading(reading({ following: exact(5), posts: exact(1) }), T0);
    await store.recordReading(reading({ readAt: T0 + 1, following: exact(6) }), T0 + 1);
    await store.recordReading(reading({ readAt: T0 + 2, posts: exact(2) }), T0 + 2);
    await store.recordReading(
      reading({ platform: 'tiktok', handle: 'tt', readAt: T0 + 3, likesTotal: exact(9) }),
      T0 + 3,
    );
    await store.recordReading(
      reading({ platform: 'tiktok', handle: 'tt', readAt: T0 + 4, likesTotal: exact(10) }),
      T0 + 4,
    );
    expect(await store.history(KEY)).toHaveLength(3);
    expect((await store.history('tiktok:tt')).map((s) => s.likesTotal)).toEqual([9, 10]);
  });

  it('records the merged figures, so a post page does not snapshot a null follower count', async () => {
    const store = await newStore();
    await store.recordReading(reading({ followers: exact(1000) }), T0);
    await store.recordReading(reading({ pageKind: 'post', readAt: T0 + 5, post: post({ id: 'Z' }) }), T0 + 5);
    expect(await store.history(KEY)).toHaveLength(1);
  });

  it('stores the engagement median with the snapshot', async () => {
    const spy = metricsSpy();
    const store = await newStore({ computeMetrics: spy.compute });
    await store.recordReading(
      reading({ followers: exact(1000), recentPosts: [post({ id: 'a' }), post({ id: 'b' })] }),
      T0,
    );
    expect((await store.history(KEY))[0]?.engagement).toBeCloseTo(0.002);
  });

  it('history with a limit returns the most recent ones, oldest first', async () => {
    const store = await newStore();
    for (let i = 0; i < 6; i++) {
      await store.recordReading(reading({ readAt: T0 + i, followers: exact(100 + i) }), T0 + i);
    }
    // Another creator's snapshots must not leak into the range.
    await store.recordReading(reading({ handle: 'rina.makeup2', followers: exact(1) }), T0);
    expect((await store.history(KEY, 3)).map((s) => s.followers)).toEqual([103, 104, 105]);
    expect(await store.history(KEY)).toHaveLength(6);
    expect(await store.history('instagram:nobody')).toEqual([]);
  });
});
