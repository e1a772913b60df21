import { describe, expect, it } from 'vitest';
import { cardRate } from '@/lib/cost/planner';
import { DEFAULT_RATE_CARD } from '@/lib/cost/rate-card';
import { TIER_PRESETS } from '@/lib/metrics/tiers';
import type { CreatorView } from '@/lib/schema/views';
import { FAKE_SETTINGS, fakeView, fakeViews } from '@/tests/support/dashboard/fake-views';
import { estimateViews, microVsMega, planCreator, typicalProfile } from './planner-model';

describe('planner adapter', () => {
  it('maps a view to a plan creator: known figures only, agreed rate kept', () => {
    const v = fakeView(4);
    const p = planCreator(v, 3);
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
    expect(planCreator(unknown, 1)).toMatchObject({
      followers: null,
      engagementRate: null,
      tiers: null,
      agreedRate: null,
    });
  });

  it('estimates a shortlist: agreed rates win, unknowns are counted not guessed', () => {
    const views = fakeViews(200);
    const est = estimateViews(views, FAKE_SETTINGS.rateCard, 'IDR', 2);
    expect(est.costKnown + est.costUnknown).toBe(200);
    const agreed = views.filter((v) => v.entry?.rate?.currency === 'IDR');
    expect(est.lines.filter((l) => l.source === 'agreed')).toHaveLength(agreed.length);
    const agreedTotal = agreed.reduce((s, v) => s + (v.entry?.rate?.amount ?? 0) * 2, 0);
    const cardMin = est.lines.filter((l) => l.source === 'card').reduce((s, l) => s + (l.cost?.min ?? 0), 0);
    expect(est.total.min).toBeCloseTo(agreedTotal + cardMin, 2);
    const withEng = views.filter((v) => v.creator.followers && v.creator.metrics?.engagement.known).length;
    expect(est.engagementsKnown).toBe(withEng);
  });

  it('builds typical micro and mega profiles from the tier scheme', () => {
    const micro = typicalProfile(TIER_PRESETS.standard, 'micro');
    expect(micro?.followers).toBe(Math.round(Math.sqrt(10_000 * 100_000)));
    expect(micro?.engagementRate).toBeGreaterThan(0);
    expect(typicalProfile(TIER_PRESETS.standard, 'mega')?.followers).toBe(2_000_000);
    expect(typicalProfile(TIER_PRESETS.standard, 'nope')).toBeNull();
  });

  it('compares micro vs mega with the default card, as many micro as one mega buys', () => {
    const c = microVsMega(DEFAULT_RATE_CARD, TIER_PRESETS.standard, 'IDR');
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
    expect(microVsMega(noMega, TIER_PRESETS.standard, 'IDR')).toBeNull();
  });
});
