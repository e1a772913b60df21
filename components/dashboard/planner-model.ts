/**
 * Feeds the cost planner (lib/cost/planner) from shortlist views and the
 * settings: creators become PlanCreators, and the micro-vs-mega comparison gets
 * typical profiles from the tier scheme and the published benchmarks. Pure.
 */

import {
  compareMicroVsMega,
  estimateShortlist,
  type PlanComparison,
  type PlanCreator,
  type PlanProfile,
  type ShortlistEstimate,
} from '../../lib/cost/planner';
import type { ShortlistItem } from '../../lib/messages';
import { rangeAt } from '../../lib/metrics/benchmark-sets/curve';
import type { BenchmarkSet } from '../../lib/metrics/benchmark-sets/schema';
import type { Currency } from '../../lib/schema/creator';
import type { Platform } from '../../lib/schema/reading';
import type { RateCard, TierScheme } from '../../lib/schema/settings';

export function planCreator(view: ShortlistItem, posts: number): PlanCreator {
  const m = view.creator.metrics;
  return {
    key: view.creator.key,
    platform: view.creator.platform,
    tiers: m?.tier.known ? m.tier.tiers : null,
    followers: view.creator.followers?.value ?? null,
    engagementRate: m?.engagement.known ? m.engagement.byFollowers.median : null,
    agreedRate: view.entry?.rate ?? null,
    posts,
  };
}

export function estimateViews(
  views: readonly ShortlistItem[],
  card: RateCard,
  currency: Currency,
  posts: number,
): ShortlistEstimate {
  return estimateShortlist(
    views.map((v) => planCreator(v, posts)),
    card,
    currency,
  );
}

/**
 * A typical creator of a tier: the geometric middle of its follower range (an
 * open-ended top tier counts as twice its threshold), with the middle of the
 * published Instagram benchmark for that size. Null when the scheme lacks it.
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
  const row = table ? rangeAt(table, followers) : null;
  if (!row) return null;
  return { followers, engagementRate: (row.min + row.max) / 2 };
}

/** Micro creators vs one mega creator on Instagram (follower-based benchmarks, like the shortlist's rates). */
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
