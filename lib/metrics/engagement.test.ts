import { describe, expect, it } from 'vitest';
import { EngagementSchema, ViewRateSchema, ViewsEngagementSchema } from '@/lib/schema/metrics';
import { type Count, type PostReading, type PostReadingInput, PostReadingSchema } from '@/lib/schema/reading';
import { engagementFor, rateStats, recentCandidates, viewRateFor, viewsEngagementFor } from './engagement';

const exact = (n: number): Count => ({ value: n, exact: true, min: n, max: n, source: 'json' });
const rounded = (n: number, unit: number): Count => ({
  value: n,
  exact: false,
  min: n - unit / 2,
  max: n + unit - 1,
  source: 'dom',
});
let nextId = 0;
const post = (p: Partial<PostReadingInput> = {}): PostReading =>
  PostReadingSchema.parse({ id: `p${nextId++}`, url: 'https://example.test/p', ...p });
const lc = (likes: number, comments: number, extra: Partial<PostReadingInput> = {}) =>
  post({ likes: exact(likes), comments: exact(comments), ...extra });

// The legacy Instagram capture (robertdowneyjr, 2020): 46,383,825 followers, first three posts.
const RDJ_FOLLOWERS = exact(46_383_825);
const RDJ = [lc(686_512, 3_253), lc(3_218_365, 7_445), lc(1_157_915, 7_088)];

describe('rateStats', () => {
  it('gives the middle value or the mean of the two middle values', () => {
    expect(rateStats([3, 1, 2])).toEqual({ median: 2, mean: 2 });
    expect(rateStats([4, 1, 3, 10])).toEqual({ median: 3.5, mean: 4.5 });
  });
});

describe('engagementFor', () => {
  it('computes median and mean of (likes + comments) / followers from the real capture', () => {
    const e = engagementFor(RDJ_FOLLOWERS, RDJ);
    const f = 46_383_825;
    expect(e.known).toBe(true);
    if (!e.known) return;
    // Per post: 689,765 / f ≈ 1.487%, 3,225,810 / f ≈ 6.955%, 1,165,003 / f ≈ 2.512%.
    expect(e.byFollowers.median).toBeCloseTo(1_165_003 / f, 12);
    expect(e.byFollowers.mean).toBeCloseTo((689_765 + 3_225_810 + 1_165_003) / 3 / f, 12);
    expect(e.byFollowers.median).toBeCloseTo(0.025117, 6);
    expect(e.byFollowersAllInteractions).toBeNull();
    expect(e.postsUsed).toBe(3);
    expect(e.exact).toBe(true);
    expect(EngagementSchema.safeParse(e).success).toBe(true);
  });

  it('is an estimate when the follower count was rounded', () => {
    const e = engagementFor(rounded(46_300_000, 100_000), RDJ);
    expect(e.known && e.exact).toBe(false);
    expect(e.known && e.byFollowers.median).toBeCloseTo(1_165_003 / 46_300_000, 12);
  });

  it('is an estimate when a used post count was rounded', () => {
    const posts = [...RDJ.slice(0, 2), post({ likes: rounded(298_000, 1000), comments: exact(553) })];
    const e = engagementFor(RDJ_FOLLOWERS, posts);
    expect(e.known).toBe(true);
    expect(e.known && e.exact).toBe(false);
  });

  it('leaves pinned posts out', () => {
    const pinned = lc(40_000_000, 0, { pinned: true });
    const e = engagementFor(RDJ_FOLLOWERS, [pinned, ...RDJ]);
    expect(e.known && e.postsUsed).toBe(3);
    expect(e.known && e.byFollowers.median).toBeCloseTo(1_165_003 / 46_383_825, 12);
  });

  it('never treats missing or hidden likes as 0', () => {
    const followers = exact(1_000);
    const posts = [lc(100, 0), lc(50, 10), lc(30, 0), post({ likes: null, comments: exact(5) })];
    posts.push(post({ likesHidden: true, comments: exact(2) }));
    const e = engagementFor(followers, posts);
    expect(e.known && e.postsUsed).toBe(3);
    expect(e.known && e.byFollowers.median).toBeCloseTo(0.06, 12);
    expect(e.known && e.byFollowers.mean).toBeCloseTo(190 / 3 / 1000, 12);
  });

  it('needs three usable posts', () => {
    expect(engagementFor(exact(1000), [lc(1, 1), lc(2, 2)])).toEqual({
      known: false,
      reason: 'too-few-posts',
      postsUsed: 0,
    });
    expect(engagementFor(exact(1000), [])).toEqual({ known: false, reason: 'too-few-posts', postsUsed: 0 });
    const listedWithoutCounts = [lc(1, 1), post(), post(), post()];
    expect(engagementFor(exact(1000), listedWithoutCounts)).toEqual({
      known: false,
      reason: 'missing-counts',
      postsUsed: 0,
    });
  });

  it('reports likes-hidden when every post hides likes, even without followers', () => {
    const hidden = [1, 2, 3].map(() => post({ likesHidden: true, comments: exact(3) }));
    expect(engagementFor(exact(1000), hidden)).toEqual({
      known: false,
      reason: 'likes-hidden',
      postsUsed: 0,
    });
    expect(engagementFor(null, hidden)).toEqual({ known: false, reason: 'likes-hidden', postsUsed: 0 });
  });

  it('reports no-followers and zero-followers', () => {
    expect(engagementFor(null, RDJ)).toEqual({ known: false, reason: 'no-followers', postsUsed: 0 });
    expect(engagementFor(exact(0), RDJ)).toEqual({ known: false, reason: 'zero-followers', postsUsed: 0 });
  });

  it('adds shares and saves in a separate figure, only over posts where both are known', () => {
    const followers = exact(1_000);
    const posts = [
      lc(100, 10, { shares: exact(5), saves: exact(5) }), // 0.12 with extras
      lc(50, 10, { shares: exact(20), saves: exact(0) }), // 0.08
      lc(30, 0, { shares: exact(10), saves: exact(10) }), // 0.05
      lc(60, 0, { shares: exact(40), saves: null }), // saves unknown: left out of the extra figure
    ];
    const e = engagementFor(followers, posts);
    expect(e.known).toBe(true);
    if (!e.known) return;
    expect(e.postsUsed).toBe(4);
    expect(e.byFollowers.median).toBeCloseTo((0.06 + 0.06) / 2, 12);
    expect(e.byFollowersAllInteractions?.median).toBeCloseTo(0.08, 12);
    expect(e.byFollowersAllInteractions?.mean).toBeCloseTo((0.12 + 0.08 + 0.05) / 3, 12);
  });

  it('uses the twelve newest posts by date, undated ones after', () => {
    const day = 86_400_000;
    const old = Array.from({ length: 12 }, (_, i) => lc(10, 0, { takenAt: i * day }));
    const newest = Array.from({ length: 12 }, (_, i) => lc(90, 0, { takenAt: (100 + i) * day }));
    const undated = [lc(500, 0)];
    const e = engagementFor(exact(1_000), [...undated, ...old, ...newest]);
    expect(e.known && e.postsUsed).toBe(12);
    expect(e.known && e.byFollowers.mean).toBeCloseTo(0.09, 12);
  });

  it('counts a post listed twice once', () => {
    const a = lc(100, 0);
    expect(recentCandidates([a, a, lc(1, 0)])).toHaveLength(2);
  });
});

describe('viewsEngagementFor', () => {
  const tiktokPost = (
    views: number,
    likes: number,
    comments: number,
    shares: number | null,
    saves: number | null,
  ) =>
    post({
      views: exact(views),
      likes: exact(likes),
      comments: exact(comments),
      shares: shares === null ? null : exact(shares),
      saves: saves === null ? null : exact(saves),
    });

  it('computes interactions / views and view rate by hand', () => {
    // The real video: 192,100 plays, 25,500 likes, 146 comments, 2,156 shares, 1,311 saves.
    const posts = [
      tiktokPost(192_100, 25_500, 146, 2_156, 1_311), // 29,113 / 192,100
      tiktokPost(100_000, 5_000, 500, 300, 200), // 0.06
      tiktokPost(50_000, 4_000, 500, 400, 100), // 0.1
    ];
    const v = viewsEngagementFor(posts);
    expect(v.known).toBe(true);
    if (!v.known) return;
    expect(v.byViews.median).toBeCloseTo(0.1, 12); // sorted: 0.06, 0.1, 0.1516
    expect(v.byViews.mean).toBeCloseTo((29_113 / 192_100 + 0.06 + 0.1) / 3, 12);
    expect(v.postsUsed).toBe(3);
    expect(v.exact).toBe(true);
    expect(ViewsEngagementSchema.safeParse(v).success).toBe(true);
  });

  it('adds shares only when every used post has them', () => {
    const posts = [
      tiktokPost(1000, 50, 10, 40, null),
      tiktokPost(1000, 70, 10, null, null),
      tiktokPost(1000, 30, 0, 5, null),
    ];
    const v = viewsEngagementFor(posts);
    expect(v.known && v.byViews.median).toBeCloseTo(0.06, 12);
  });

  it('is an estimate with rounded views (like TikTok grids "1.9M")', () => {
    const posts = [1, 2, 3].map(() =>
      post({ views: rounded(1_900_000, 100_000), likes: exact(10), comments: exact(1) }),
    );
    const v = viewsEngagementFor(posts);
    expect(v.known && v.exact).toBe(false);
  });

  it('is unknown without views, without likes, or with hidden likes', () => {
    expect(viewsEngagementFor(RDJ)).toEqual({ known: false, reason: 'no-views', postsUsed: 0 });
    const viewsOnly = [1, 2, 3].map(() => post({ views: exact(5000) }));
    expect(viewsEngagementFor(viewsOnly)).toEqual({
      known: false,
      reason: 'missing-counts',
      postsUsed: 0,
    });
    const hidden = [1, 2, 3].map(() => post({ views: exact(5000), likesHidden: true }));
    expect(viewsEngagementFor(hidden)).toEqual({
      known: false,
      reason: 'likes-hidden',
      postsUsed: 0,
    });
    expect(viewsEngagementFor([])).toEqual({
      known: false,
      reason: 'too-few-posts',
      postsUsed: 0,
    });
  });

  it('leaves out posts with 0 views instead of dividing by zero', () => {
    const posts = [
      tiktokPost(0, 5, 0, null, null),
      tiktokPost(100, 5, 0, null, null),
      tiktokPost(100, 5, 0, null, null),
    ];
    expect(viewsEngagementFor(posts)).toEqual({
      known: false,
      reason: 'too-few-posts',
      postsUsed: 0,
    });
  });
});

describe('viewRateFor', () => {
  const withViews = (views: Count | null, pinned = false) =>
    post({ views, pinned, likes: null, comments: null });

  it('needs views only: median views over followers, from a grid without likes', () => {
    const posts = [exact(100_000), exact(50_000), exact(192_100), exact(20_000)].map((v) => withViews(v));
    const r = viewRateFor(exact(783_427), posts);
    expect(r).toEqual({
      known: true,
      rate: 75_000 / 783_427,
      medianViews: 75_000,
      postsUsed: 4,
      exact: true,
    });
    expect(ViewRateSchema.safeParse(r).success).toBe(true);
  });

  it('is an estimate when the grid shows rounded views ("1.9M"), and skips pinned and zero-view posts', () => {
    const posts = [
      withViews(rounded(1_900_000, 100_000)),
      withViews(exact(1_000)),
      withViews(exact(3_000)),
      withViews(exact(0)),
      withViews(exact(9_999_999), true),
    ];
    const r = viewRateFor(exact(10_000), posts);
    expect(r).toMatchObject({ known: true, rate: 0.3, medianViews: 3_000, postsUsed: 3, exact: false });
  });

  it('is unknown, with the reason, without enough views or followers', () => {
    const three = [1, 2, 3].map(() => withViews(exact(500)));
    expect(viewRateFor(exact(1000), [withViews(null)])).toMatchObject({ known: false, reason: 'no-views' });
    expect(viewRateFor(exact(1000), three.slice(0, 2))).toMatchObject({
      known: false,
      reason: 'too-few-posts',
    });
    expect(viewRateFor(null, three)).toMatchObject({ known: false, reason: 'no-followers' });
    expect(viewRateFor(exact(0), three)).toMatchObject({ known: false, reason: 'zero-followers' });
  });
});
