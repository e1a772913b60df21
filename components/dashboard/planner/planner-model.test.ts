import { describe, expect, it } from 'vitest';
import {
  microVsMega,
  planInput,
  planViews,
  typicalProfile,
} from '@/components/dashboard/planner/planner-model';
import { cardRate } from '@/lib/cost/planner';
import { DEFAULT_RATE_CARD } from '@/lib/cost/rate-card';
import { benchmarkSetById } from '@/lib/metrics/benchmark-sets/sets';
import { TIER_PRESETS } from '@/lib/metrics/tiers';
import type { CreatorView } from '@/lib/schema/views';
import { FAKE_SETTINGS, fakeView, fakeViews } from '@/tests/support/dashboard/fake-views';

describe('planner adapter', () => {
  const reports = benchmarkSetById('reports');

  it('maps a view to plan inputs: the creator’s own figures only, agreed rate kept', () => {
    const v = fakeView(4);
    const p = planInput(v, 3);
    expect(p.followers).toBe(v.creator.followers?.value ?? null);
    const e = v.creator.metrics?.engagement;
    expect(p.engagementRate).toBe(e?.known ? e.byFollowers.median : null);
    expect(p.agreedRate).toEqual(v.entry?.rate ?? null);
    expect(p.posts).toBe(3);
    const unknown: CreatorView = {
      ...v,
      creator: { ...v.creator, followers: null, metrics: null },
      entry: null,
    };
    expect(planInput(unknown, 1)).toMatchObject({
      followers: null,
      engagementRate: null,
      medianViews: null,
      tiers: null,
      agreedRate: null,
    });
  });

  it('plans a shortlist: agreed rates win, every creator is a line, plans by tier follow the whole', () => {
    const views = fakeViews(200);
    const { lines, plans } = planViews(views, FAKE_SETTINGS, 2);
    expect(lines).toHaveLength(200);
    const agreed = views.filter((v) => v.entry?.rate?.currency === 'IDR');
    expect(lines.filter((l) => l.price.source === 'agreed')).toHaveLength(agreed.length);
    expect(plans[0]?.tier).toBeNull();
    expect(plans[0]?.summary.creators).toBe(200);
    const byTier = plans.slice(1).reduce((n, p) => n + p.summary.creators, 0);
    expect(byTier).toBe(lines.filter((l) => l.tier !== null).length);
    expect(plans[0]?.summary.costPerEngagement?.low).not.toBeNull();
  });

  it('builds typical micro and mega profiles from the tier scheme and the benchmark set', () => {
    const micro = typicalProfile(TIER_PRESETS.standard, 'micro', reports);
    expect(micro?.followers).toBe(Math.round(Math.sqrt(10_000 * 100_000)));
    expect(micro?.engagementRate).toBeGreaterThan(0);
    expect(typicalProfile(TIER_PRESETS.standard, 'mega', reports)?.followers).toBe(2_000_000);
    // HypeAuditor 2026's mega figure, as published.
    expect(typicalProfile(TIER_PRESETS.standard, 'mega', reports)?.engagementRate).toBeCloseTo(0.0033, 12);
    expect(typicalProfile(TIER_PRESETS.standard, 'nope', reports)).toBeNull();
  });

  it('compares micro vs mega with the default card, as many micro as one mega buys', () => {
    const c = microVsMega(DEFAULT_RATE_CARD, TIER_PRESETS.standard, 'IDR', reports);
    expect(c).not.toBeNull();
    const micro = cardRate(DEFAULT_RATE_CARD, 'instagram', ['micro'], 'IDR')!;
    const mega = cardRate(DEFAULT_RATE_CARD, 'instagram', ['mega'], 'IDR')!;
    expect(c?.planA.creators).toBe(Math.floor(mega.mid / micro.mid));
    expect(c?.planB.creators).toBe(1);
    // A card without mega prices gives no comparison rather than a made-up one.
    const noMega = {
      ...DEFAULT_RATE_CARD,
      entries: DEFAULT_RATE_CARD.entries.filter((e) => e.tier !== 'mega'),
    };
    expect(microVsMega(noMega, TIER_PRESETS.standard, 'IDR', reports)).toBeNull();
  });
});
