/**
 * Feeds the planner (lib/cost/plan) from shortlist views and the settings: each creator's own
 * measured figures and agreed rate, the chosen benchmark set and the rate card; and the typical
 * micro-vs-mega comparison from the tier scheme, the benchmark set and the card. Pure.
 */
import { type PlanInput, type PlanLine, planLine, plansByTier, summarizePlan } from '@/lib/cost/plan';
import { compareMicroVsMega, type PlanComparison, type PlanProfile } from '@/lib/cost/planner';
import { centerAt } from '@/lib/metrics/benchmark-sets/curve';
import type { BenchmarkSet } from '@/lib/metrics/benchmark-sets/schema';
import { benchmarkSetById } from '@/lib/metrics/benchmark-sets/sets';
import type { Currency } from '@/lib/schema/creator';
import type { Platform } from '@/lib/schema/reading';
import type { RateCard, Settings, TierScheme } from '@/lib/schema/settings';
import type { ShortlistItem } from '@/lib/schema/views';

export function planInput(view: ShortlistItem, posts: number): PlanInput {
  const m = view.creator.metrics;
  return {
    key: view.creator.key,
    handle: view.creator.handle,
    platform: view.creator.platform,
    tiers: m?.tier.known ? m.tier.tiers : null,
    followers: view.creator.followers?.value ?? null,
    engagementRate: m?.engagement.known ? m.engagement.byFollowers.median : null,
    viewsEngagementRate: m?.views.known ? m.views.byViews.median : null,
    medianViews: m?.viewRate?.known ? m.viewRate.medianViews : null,
    agreedRate: view.entry?.rate ?? null,
    posts,
  };
}

export function planViews(views: readonly ShortlistItem[], settings: Settings, posts: number) {
  const ctx = {
    card: settings.rateCard,
    currency: settings.currency,
    benchmarks: benchmarkSetById(settings.benchmarkSet, settings.customBenchmarks),
  };
  const lines: PlanLine[] = views.map((v) => planLine(planInput(v, posts), ctx));
  const plans = plansByTier(
    lines,
    settings.tierScheme.tiers.map((t) => t.name),
  ).map((p) => ({ tier: p.tier, summary: summarizePlan(p.lines) }));
  return { lines, plans };
}

/**
 * A typical creator of a tier: the geometric middle of its follower range (an open-ended top
 * tier counts as twice its threshold), with the benchmark set's published Instagram figure for
 * that size. Null when the scheme lacks the tier or the set has no Instagram figure there.
 */
export function typicalProfile(
  scheme: TierScheme,
  tier: string,
  set: BenchmarkSet,
): Omit<PlanProfile, 'tier'> | null {
  const i = scheme.tiers.findIndex((t) => t.name === tier);
  if (i < 0) return null;
  const lo = Math.max(1, scheme.tiers[i]?.min ?? 1);
  const hi = scheme.tiers[i + 1]?.min;
  const followers = Math.round(hi === undefined ? lo * 2 : Math.sqrt(lo * hi));
  const platform: Platform = 'instagram';
  const table = set[platform];
  const rate = table && table.basis === 'followers' ? centerAt(table, followers) : null;
  if (rate === null) return null;
  return { followers, engagementRate: rate };
}

/** Micro creators vs one mega creator on Instagram (follower-based benchmark, the rate card's prices). */
export function microVsMega(
  card: RateCard,
  scheme: TierScheme,
  currency: Currency,
  set: BenchmarkSet,
): PlanComparison | null {
  const micro = typicalProfile(scheme, 'micro', set);
  const mega = typicalProfile(scheme, 'mega', set);
  if (!micro || !mega) return null;
  return compareMicroVsMega({ card, platform: 'instagram', currency, micro, mega });
}
