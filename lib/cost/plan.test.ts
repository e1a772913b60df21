/**
 * The planner on the demo's own creators (scripts/demo/creators.ts): their measured figures come
 * from their posts through the product's engagement functions; where a figure is taken away, the
 * benchmark set and rate card stand in, and every input says which it is.
 */
import { describe, expect, it } from 'vitest';
import { MIN_FOR_RANGE, type PlanInput, planLine, plansByTier, summarizePlan } from '@/lib/cost/plan';
import { DEFAULT_RATE_CARD } from '@/lib/cost/rate-card';
import { benchmarkSetById } from '@/lib/metrics/benchmark-sets/sets';
import { engagementFor, viewRateFor, viewsEngagementFor } from '@/lib/metrics/engagement';
import { TIER_PRESETS, tierFor } from '@/lib/metrics/tiers';
import type { Count, PostReading } from '@/lib/schema/reading';
import { SAMPLE_CREATORS, type SampleCreator } from '@/scripts/demo/creators';

const NOW = Date.UTC(2026, 11, 1);
const exact = (value: number): Count => ({ value, exact: true, min: value, max: value, source: 'api' });

function post(c: SampleCreator, p: SampleCreator['posts'][number]): PostReading {
  return {
    id: p.id,
    url: '',
    author: c.handle,
    pinned: p.pinned ?? false,
    isVideo: p.views !== undefined,
    views: p.views === undefined ? null : exact(p.views),
    likes: exact(p.likes),
    comments: exact(p.comments),
    shares: p.shares === undefined ? null : exact(p.shares),
    saves: p.saves === undefined ? null : exact(p.saves),
    likesHidden: false,
    caption: p.caption,
    hashtags: [],
    mentions: [],
    takenAt: NOW - p.daysAgo * 86_400_000,
    paidPartnership: p.paid ?? null,
  };
}

/** A demo creator as the planner gets it from the shortlist, with the product's own figures. */
function input(c: SampleCreator): PlanInput {
  const followers = exact(c.followers);
  const posts = c.posts.map((p) => post(c, p));
  const e = engagementFor(followers, posts);
  const v = viewsEngagementFor(posts);
  const vr = viewRateFor(followers, posts);
  const tier = tierFor({ min: c.followers, max: c.followers }, TIER_PRESETS.standard);
  return {
    key: `${c.platform}:${c.handle}`,
    handle: c.handle,
    platform: c.platform,
    tiers: tier.known ? tier.tiers : null,
    followers: c.followers,
    engagementRate: e.known ? e.byFollowers.median : null,
    viewsEngagementRate: v.known ? v.byViews.median : null,
    medianViews: vr.known ? vr.medianViews : null,
    agreedRate: c.shortlist?.rate ?? null,
    posts: 1,
  };
}

const ctx = { card: DEFAULT_RATE_CARD, currency: 'IDR' as const, benchmarks: benchmarkSetById('reports') };
const demo = SAMPLE_CREATORS.map(input);

describe('planner on the demo creators', () => {
  it('names the source of every input: measured or benchmark rate, agreed or rate-card price', () => {
    const lines = demo.map((c) => planLine(c, ctx));
    expect(lines.length).toBeGreaterThanOrEqual(6);
    for (const l of lines) {
      expect(l.rate.source).toBe('measured');
      expect(['agreed', 'rate-card']).toContain(l.price.source);
    }
    // TikTok creators are planned on their views: median views × views-based rate.
    const tiktok = lines.filter((l) => l.platform === 'tiktok');
    expect(tiktok.length).toBeGreaterThan(0);
    for (const l of tiktok) {
      expect(l.rate.basis).toBe('views');
      expect(l.views.source).toBe('measured');
      expect(l.engagements).toBeCloseTo((l.rate.value ?? 0) * (l.views.value ?? 0), 6);
    }
    // The one creator with an agreed rate is priced at it; the rest at the card's middle, range kept.
    const nadia = lines.find((l) => l.handle === 'glowing.with.nadia')!;
    expect(nadia.price).toEqual({ value: 1_500_000, source: 'agreed' });
    const carded = lines.filter((l) => l.price.source === 'rate-card');
    expect(carded.length).toBe(lines.length - 1);
    for (const l of carded) expect(l.price.value).toBe(((l.price.cardMin ?? 0) + (l.price.cardMax ?? 0)) / 2);
  });

  it('falls back to the benchmark set, named with its source, when a creator’s rate is unknown', () => {
    const ig = demo.find((c) => c.platform === 'instagram')!;
    const line = planLine({ ...ig, engagementRate: null }, ctx);
    expect(line.rate.source).toBe('benchmark');
    expect(line.rate.from).toContain('HypeAuditor');
    expect(line.engagements).toBeCloseTo((line.rate.value ?? 0) * (ig.followers ?? 0), 6);
    const tk = demo.find((c) => c.platform === 'tiktok')!;
    // A TikTok set is by views: without the creator's views there is nothing to apply it to.
    const blind = planLine(
      { ...tk, viewsEngagementRate: null, engagementRate: null, medianViews: null },
      ctx,
    );
    expect(blind.rate.source).toBe('benchmark');
    expect(blind.engagements).toBeNull();
    const unpriced = planLine({ ...ig, tiers: null, agreedRate: null }, ctx);
    expect(unpriced.price).toEqual({ value: null, source: 'unknown', unknown: 'no-tier' });
  });

  it('gives ranges from the creators’ spread, inside what worst-times-best would claim', () => {
    const lines = demo.map((c) => planLine(c, ctx));
    const s = summarizePlan(lines);
    for (const f of [s.engagements, s.cost, s.reach, s.costPerEngagement]) {
      expect(f).not.toBeNull();
      expect(f!.known).toBeGreaterThanOrEqual(MIN_FOR_RANGE);
      expect(f!.low).not.toBeNull();
      expect(f!.low!).toBeLessThanOrEqual(f!.value * 1.0001);
      expect(f!.high!).toBeGreaterThanOrEqual(f!.value * 0.9999);
      expect(f!.low!).toBeLessThan(f!.high!);
    }
    // Worst × best (every card minimum, every card maximum) is wider than the spread's range.
    const cardMin = lines.reduce((t, l) => t + (l.price.cardMin ?? l.price.value ?? 0), 0);
    const cardMax = lines.reduce((t, l) => t + (l.price.cardMax ?? l.price.value ?? 0), 0);
    expect(s.cost!.high! - s.cost!.low!).toBeLessThan(cardMax - cardMin);
    // Totals are sums of the known lines; ratios are sums over sums.
    const eng = lines.reduce((t, l) => t + (l.engagements ?? 0), 0);
    expect(s.engagements!.value).toBeCloseTo(eng, 6);
    const cost = lines.reduce((t, l) => t + (l.cost ?? 0), 0);
    expect(s.costPerEngagement!.value).toBeCloseTo(cost / eng, 6);
    // Deterministic: the same plan shows the same range.
    expect(summarizePlan(lines)).toEqual(s);
  });

  it('compares plans by tier, and gives a one-creator plan no range', () => {
    const lines = demo.map((c) => planLine(c, ctx));
    const plans = plansByTier(lines, ['emerging', 'nano', 'micro', 'macro', 'mega']);
    expect(plans[0]!.tier).toBeNull();
    expect(plans.map((p) => p.tier).slice(1)).toEqual(['nano', 'micro']);
    const single = summarizePlan(lines.slice(0, 1));
    expect(single.engagements).toMatchObject({ low: null, high: null, known: 1 });
  });
});
