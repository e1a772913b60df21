import { describe, expect, it } from 'vitest';
import { CID, campaign, DAY, entry, figures, post, T0 } from '@/tests/support/campaigns/fixtures';
import { campaignProgress, engagementsOf, weekOf } from './progress';

const RINA = 'instagram:rina.makeup';
const OZI = 'tiktok:bang.ozi.main';
const SALSA = 'tiktok:hijab.daily.salsa';
const NADIA = 'instagram:glowing.with.nadia';
const BUDI = 'instagram:budi.jajan';

describe('weekOf', () => {
  it.each([
    ['2027-02-03', '2027-02-01', '2027-02-07'], // Wednesday
    ['2027-02-01', '2027-02-01', '2027-02-07'], // Monday
    ['2027-02-07', '2027-02-01', '2027-02-07'], // Sunday
    ['2026-12-31', '2026-12-28', '2027-01-03'], // across the year
  ])('%s is in %s..%s', (today, start, end) => {
    expect(weekOf(today)).toEqual({ start, end });
  });
});

describe('engagementsOf', () => {
  it('likes + comments, plus shares and saves where shown; unknown without likes or comments', () => {
    expect(engagementsOf(figures(0, { likes: 100, comments: 5 }))).toBe(105);
    expect(engagementsOf(figures(0, { likes: 100, comments: 5, shares: 7, saves: 3 }))).toBe(115);
    expect(engagementsOf(figures(0, { likes: null, comments: 5, views: 900 }))).toBeNull();
  });
});

describe('campaignProgress', () => {
  const entries = [
    entry(RINA, {
      stage: 'agreed',
      fee: { amount: 3_000_000, currency: 'IDR' },
      deliverables: [
        { id: 'reels', kind: 'video', count: 3, due: ['2027-01-29', '2027-02-05', '2027-02-19'] },
      ],
    }),
    entry(OZI, {
      stage: 'content-live',
      fee: { amount: 5_000_000, currency: 'IDR' },
      deliverables: [{ id: 'tt', kind: 'video', count: 1, due: ['2027-02-07'] }],
    }),
    // A fee in dollars: listed apart, never converted.
    entry(SALSA, { stage: 'done', fee: { amount: 200, currency: 'USD' } }),
    // Agreed without a fee yet: the commitment is incomplete, and says so.
    entry(NADIA, {
      stage: 'agreed',
      deliverables: [{ id: 'story', kind: 'story', count: 2, due: ['2027-02-02'] }],
    }),
    // Negotiating: a fee here is a quote, not a commitment; declined: its due date is no longer due.
    entry(BUDI, {
      stage: 'declined',
      fee: { amount: 1_000_000, currency: 'IDR' },
      deliverables: [{ id: 'p', kind: 'post', count: 1, due: ['2027-02-04'] }],
    }),
    entry('instagram:negotiating.one', { stage: 'negotiating', fee: { amount: 9_000_000, currency: 'IDR' } }),
    entry('instagram:removed.one', {
      stage: 'agreed',
      fee: { amount: 7_000_000, currency: 'IDR' },
      removed: { at: T0, by: null },
    }),
  ];
  const posts = [
    post(RINA, 'instagram:R1', [
      figures(T0, { views: 10_000, likes: 800, comments: 40 }),
      figures(T0 + 7 * DAY, { views: 30_000, likes: 1_500, comments: 60, saves: 40 }),
    ]),
    post(RINA, 'instagram:R2', [figures(T0 + DAY, { views: 5_000, likes: null, comments: 12 })]),
    post(OZI, 'tiktok:700', [
      figures(T0 + 2 * DAY, { views: 100_000, likes: 6_000, comments: 300, shares: 200, saves: 500 }),
    ]),
    post(OZI, 'tiktok:701', [figures(T0, { views: 1, likes: 1, comments: 1 })], {
      removed: { at: T0, by: null },
    }),
  ];

  const p = campaignProgress(campaign(), entries, posts, '2027-02-03');

  it('counts live creators per stage against the target', () => {
    expect(p.creators).toBe(6);
    expect(p.target).toBe(10);
    expect(p.byStage).toEqual({
      saved: 0,
      contacted: 0,
      negotiating: 1,
      agreed: 2,
      'content-live': 1,
      done: 1,
      declined: 1,
    });
  });

  it('budget: agreed fees in the budget currency only, others apart, missing fees counted', () => {
    expect(p.committed).toEqual({
      amount: 8_000_000,
      currency: 'IDR',
      creators: 2,
      otherCurrencies: [{ currency: 'USD', amount: 200, creators: 1 }],
      withoutFee: 1,
    });
    expect(p.committedShare).toBeCloseTo(0.16, 10);
    expect(p.remaining).toBe(42_000_000);
  });

  it('deliverables due this week (Mon–Sun) and overdue ones, by date; declined creators owe nothing', () => {
    expect(p.week).toEqual({ start: '2027-02-01', end: '2027-02-07' });
    expect(p.dueThisWeek).toEqual([
      { creatorKey: NADIA, deliverableId: 'story', kind: 'story', date: '2027-02-02' },
      { creatorKey: RINA, deliverableId: 'reels', kind: 'video', date: '2027-02-05' },
      { creatorKey: OZI, deliverableId: 'tt', kind: 'video', date: '2027-02-07' },
    ]);
    expect(p.overdue).toEqual([
      { creatorKey: RINA, deliverableId: 'reels', kind: 'video', date: '2027-01-29' },
    ]);
  });

  it('delivered totals from each post’s latest figures; a post without likes is unknown, not zero', () => {
    expect(p.delivered).toMatchObject({
      posts: 3,
      views: 30_000 + 5_000 + 100_000,
      postsWithViews: 3,
      engagements: 1_600 + 7_000,
      postsWithEngagements: 2,
    });
    // (3,000,000 + 5,000,000) / (1,600 + 7,000)
    expect(p.delivered.costPerEngagement).toBeCloseTo(8_000_000 / 8_600, 6);
    expect(p.delivered.budgetPerEngagement).toBeCloseTo(50_000_000 / 8_600, 6);
  });

  it('a timeline per creator, posts in publication order, each point with views and engagements', () => {
    const rina = p.timelines.find((t) => t.creatorKey === RINA)!;
    expect(rina.posts.map((x) => x.postKey)).toEqual(['instagram:R1', 'instagram:R2']);
    expect(rina.posts[0]!.points).toEqual([
      { at: T0, views: 10_000, engagements: 840, exact: true },
      { at: T0 + 7 * DAY, views: 30_000, engagements: 1_600, exact: true },
    ]);
    expect(rina.posts[1]!.points).toEqual([{ at: T0 + DAY, views: 5_000, engagements: null, exact: true }]);
    expect(rina).toMatchObject({ views: 35_000, engagements: 1_600 });
    expect(p.timelines.map((t) => t.creatorKey).sort()).toEqual([OZI, RINA].sort());
  });

  it('totals built on a rounded figure ("298K") say they are estimates', () => {
    expect(p.delivered.exact).toBe(true);
    const rounded = post(RINA, 'instagram:R9', [
      figures(T0, { views: 298_000, likes: 12_000, comments: 80, exact: false }),
    ]);
    const q = campaignProgress(campaign(), entries, [...posts, rounded], '2027-02-03');
    expect(q.delivered.exact).toBe(false);
    const r9 = q.timelines
      .find((t) => t.creatorKey === RINA)!
      .posts.find((x) => x.postKey === 'instagram:R9');
    expect(r9!.points[0]!.exact).toBe(false);
  });

  it('without budget, fees or posts every ratio is unknown, not zero', () => {
    const empty = campaignProgress(campaign({ budget: null }), [entry(RINA)], [], '2027-02-03');
    expect(empty).toMatchObject({
      campaignId: CID,
      creators: 1,
      committedShare: null,
      remaining: null,
      committed: { amount: 0, currency: null, creators: 0, otherCurrencies: [], withoutFee: 0 },
      delivered: {
        posts: 0,
        views: null,
        engagements: null,
        costPerEngagement: null,
        budgetPerEngagement: null,
      },
      dueThisWeek: [],
      timelines: [],
    });
  });

  it('100 campaigns × 100 creators compute in well under the 300 ms first-render budget', () => {
    const many = Array.from({ length: 100 }, (_, i) =>
      entry(`instagram:c_${i}`, {
        stage: (['saved', 'agreed', 'done'] as const)[i % 3],
        fee: { amount: 1_000_000, currency: 'IDR' },
        deliverables: [{ id: 'd', kind: 'post', count: 2, due: ['2027-02-02', '2027-02-20'] }],
      }),
    );
    const started = performance.now();
    for (let c = 0; c < 100; c++) campaignProgress(campaign(), many, [], '2027-02-03');
    expect(performance.now() - started).toBeLessThan(300);
  });
});
