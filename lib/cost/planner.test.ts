import { describe, expect, it } from 'vitest';
import { TIER_PRESETS } from '@/lib/metrics/tiers';
import { RateCardSchema } from '@/lib/schema/settings';
import { cardRate, compareSmallVsBig, estimateShortlist, type PlanCreator } from './planner';
import { DEFAULT_RATE_CARD } from './rate-card';

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

describe('estimateShortlist', () => {
  const creators: PlanCreator[] = [
    { key: 'a', platform: 'instagram', tiers: ['micro'], followers: 20_000, engagementRate: 0.05 },
    { key: 'b', platform: 'tiktok', tiers: ['nano', 'micro'], followers: 10_000, engagementRate: 0.1 },
    {
      key: 'c',
      platform: 'instagram',
      tiers: ['micro'],
      followers: null,
      engagementRate: null,
      agreedRate: { amount: 250, currency: 'USD' },
      posts: 2,
    },
    {
      key: 'd',
      platform: 'instagram',
      tiers: ['nano'],
      followers: 5_000,
      engagementRate: 0.04,
      agreedRate: { amount: 3_000_000, currency: 'IDR' },
    },
    { key: 'e', platform: 'instagram', tiers: ['emerging'], followers: 500, engagementRate: null },
    { key: 'f', platform: 'tiktok', tiers: null, followers: null, engagementRate: 0.02 },
  ];
  const est = estimateShortlist(creators, DEFAULT_RATE_CARD, 'USD');

  it('prices each creator: card range, spanning tiers, agreed rate, and says why a cost is unknown', () => {
    expect(est.lines.map((l) => [l.key, l.source, l.cost, l.unknownReason])).toEqual([
      ['a', 'card', { min: 100, mid: 300, max: 500 }, undefined],
      ['b', 'card', { min: 5, mid: 65, max: 125 }, undefined],
      ['c', 'agreed', { min: 500, mid: 500, max: 500 }, undefined],
      ['d', 'unknown', null, 'currency-mismatch'],
      ['e', 'unknown', null, 'no-rate'],
      ['f', 'unknown', null, 'no-tier'],
    ]);
  });
  it('adds up known costs, engagements and reach, counting unknowns apart', () => {
    expect(est.total).toEqual({ min: 605, mid: 865, max: 1125 });
    expect([est.costKnown, est.costUnknown]).toEqual([3, 3]);
    expect(est.expectedEngagements).toBeCloseTo(2200, 9);
    expect([est.engagementsKnown, est.engagementsUnknown]).toEqual([3, 3]);
    expect(est.reach).toBe(35_500);
  });
  it('computes cost per engagement over creators with both figures', () => {
    expect(est.costPerEngagement!.min).toBeCloseTo(105 / 2000, 12);
    expect(est.costPerEngagement!.mid).toBeCloseTo(365 / 2000, 12);
    expect(est.costPerEngagement!.max).toBeCloseTo(625 / 2000, 12);
  });
  it('has no cost per engagement when nothing has both', () => {
    const none = estimateShortlist([creators[2]!, creators[5]!], DEFAULT_RATE_CARD, 'USD');
    expect(none.costPerEngagement).toBeNull();
    expect(none.total).toEqual({ min: 500, mid: 500, max: 500 });
  });
  it('uses the edited card', () => {
    const card = {
      source: 'mine',
      entries: [
        { platform: 'instagram' as const, tier: 'micro', currency: 'USD' as const, min: 50, max: 50 },
      ],
    };
    expect(estimateShortlist([creators[0]!], card, 'USD').total).toEqual({ min: 50, mid: 50, max: 50 });
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
