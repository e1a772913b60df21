import { describe, expect, it } from 'vitest';
import { type PlanInput, planLine, summarizePlan } from '@/lib/cost/plan';
import { cardRate, compareSmallVsBig } from '@/lib/cost/planner';
import { DEFAULT_RATE_CARD } from '@/lib/cost/rate-card';
import { benchmarkSetById } from '@/lib/metrics/benchmark-sets/sets';
import { TIER_PRESETS } from '@/lib/metrics/tiers';
import { RateCardSchema } from '@/lib/schema/settings';

describe('DEFAULT_RATE_CARD', () => {
  it('is a valid rate card with a source', () => {
    expect(() => RateCardSchema.parse(DEFAULT_RATE_CARD)).not.toThrow();
    expect(DEFAULT_RATE_CARD.source).toMatch(/indicative/i);
  });
  it('prices every standard tier above "emerging" on both platforms in USD and IDR', () => {
    for (const platform of ['instagram', 'tiktok'] as const) {
      for (const currency of ['USD', 'IDR'] as const) {
        for (const tier of TIER_PRESETS.standard.tiers.map((t) => t.name).filter((t) => t !== 'emerging')) {
          expect(
            cardRate(DEFAULT_RATE_CARD, platform, [tier], currency),
            `${platform} ${tier} ${currency}`,
          ).not.toBeNull();
        }
      }
    }
  });
  it('carries the published figures', () => {
    expect(cardRate(DEFAULT_RATE_CARD, 'instagram', ['micro'], 'USD')).toEqual({
      min: 100,
      mid: 300,
      max: 500,
    });
    expect(cardRate(DEFAULT_RATE_CARD, 'tiktok', ['nano'], 'USD')).toEqual({ min: 5, mid: 15, max: 25 });
    expect(cardRate(DEFAULT_RATE_CARD, 'tiktok', ['micro'], 'IDR')).toEqual({
      min: 2_000_000,
      mid: 6_000_000,
      max: 10_000_000,
    });
  });
});

describe('planLine prices', () => {
  const base = {
    handle: 'x',
    engagementRate: null,
    viewsEngagementRate: null,
    medianViews: null,
    agreedRate: null,
    posts: 1,
  };
  const creators: PlanInput[] = [
    { ...base, key: 'a', platform: 'instagram', tiers: ['micro'], followers: 20_000, engagementRate: 0.05 },
    {
      ...base,
      key: 'b',
      platform: 'tiktok',
      tiers: ['nano', 'micro'],
      followers: 10_000,
      engagementRate: 0.1,
    },
    {
      ...base,
      key: 'c',
      platform: 'instagram',
      tiers: ['micro'],
      followers: null,
      agreedRate: { amount: 250, currency: 'USD' },
      posts: 2,
    },
    {
      ...base,
      key: 'd',
      platform: 'instagram',
      tiers: ['nano'],
      followers: 5_000,
      agreedRate: { amount: 3_000_000, currency: 'IDR' },
    },
    { ...base, key: 'e', platform: 'instagram', tiers: ['emerging'], followers: 500 },
    { ...base, key: 'f', platform: 'tiktok', tiers: null, followers: null, engagementRate: 0.02 },
  ];
  const ctx = { card: DEFAULT_RATE_CARD, currency: 'USD' as const, benchmarks: benchmarkSetById('reports') };
  const lines = creators.map((c) => planLine(c, ctx));

  it('prices each creator: card middle with its range, spanning tiers, agreed rate, and why a price is unknown', () => {
    expect(lines.map((l) => [l.key, l.price, l.cost])).toEqual([
      ['a', { value: 300, cardMin: 100, cardMax: 500, source: 'rate-card' }, 300],
      ['b', { value: 65, cardMin: 5, cardMax: 125, source: 'rate-card' }, 65],
      ['c', { value: 250, source: 'agreed' }, 500],
      ['d', { value: null, source: 'unknown', unknown: 'currency-mismatch' }, null],
      ['e', { value: null, source: 'unknown', unknown: 'no-rate' }, null],
      ['f', { value: null, source: 'unknown', unknown: 'no-tier' }, null],
    ]);
  });

  it('adds up what is known and counts it, never guessing a missing figure as 0', () => {
    const s = summarizePlan(lines);
    expect(s.cost).toMatchObject({ value: 865, known: 3 });
    // a: 20,000 × 5%; b: 10,000 × 10%; d: no rate of its own, so the benchmark's 1k–10k figure;
    // e (500 followers) is below every published row: unknown, not 0.
    expect(s.engagements?.known).toBe(3);
    expect(lines[3]!.rate.source).toBe('benchmark');
    expect(s.costPerEngagement?.value).toBeCloseTo((300 + 65) / (1_000 + 1_000), 12);
  });

  it('uses the edited card', () => {
    const card = {
      source: 'mine',
      entries: [
        { platform: 'instagram' as const, tier: 'micro', currency: 'USD' as const, min: 50, max: 50 },
      ],
    };
    expect(planLine(creators[0]!, { ...ctx, card }).price).toEqual({
      value: 50,
      cardMin: 50,
      cardMax: 50,
      source: 'rate-card',
    });
  });
});

describe('compareSmallVsBig', () => {
  it('compares N micro creators with one mega creator at mid prices (USD, Instagram)', () => {
    const c = compareSmallVsBig({
      card: DEFAULT_RATE_CARD,
      platform: 'instagram',
      currency: 'USD',
      small: { tier: 'micro', followers: 30_000, engagementRate: 0.03 },
      big: { tier: 'mega', followers: 2_000_000, engagementRate: 0.01 },
      budget: 15_000,
    })!;
    // Mega mid $7,500 / micro mid $300 = 25 micro creators.
    expect(c.smallPerBig).toBe(25);
    expect(c.planA).toEqual({
      creators: 25,
      cost: { min: 2_500, mid: 7_500, max: 12_500 },
      reach: 750_000,
      engagements: 22_500,
      costPerEngagement: 7_500 / 22_500,
    });
    expect(c.planB.reach).toBe(2_000_000);
    expect(c.planB.engagements).toBe(20_000);
    expect(c.planB.costPerEngagement).toBe(0.375);
    expect(c.budget).toEqual({ amount: 15_000, smallAffordable: 50, bigAffordable: 2 });
  });
  it('works in IDR and rounds the count down', () => {
    const c = compareSmallVsBig({
      card: DEFAULT_RATE_CARD,
      platform: 'tiktok',
      currency: 'IDR',
      small: { tier: 'micro', followers: 20_000, engagementRate: 0.05 },
      big: { tier: 'mega', followers: 1_500_000, engagementRate: 0.02 },
    })!;
    // Rp275 jt / Rp6 jt = 45.8 → 45.
    expect(c.smallPerBig).toBe(45);
    expect(c.planA.engagements).toBe(45_000);
    expect(c.planB.engagements).toBe(30_000);
    expect(c.budget).toBeUndefined();
  });
  it('returns null when the card lacks a price', () => {
    expect(
      compareSmallVsBig({
        card: DEFAULT_RATE_CARD,
        platform: 'instagram',
        currency: 'EUR',
        small: { tier: 'micro', followers: 1, engagementRate: 0 },
        big: { tier: 'mega', followers: 1, engagementRate: 0 },
      }),
    ).toBeNull();
  });
});
