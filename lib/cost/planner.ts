/**
 * Rate-card prices and the comparison budgets raise ("N micro creators for the price of one
 * mega?"), for typical creators of a tier. The planner for real creators is lib/cost/plan.ts.
 *
 * - Card range: a creator whose rounded count spans tiers gets the lowest tier's min and the
 *   highest tier's max. mid = (min + max) / 2.
 * - Reach is the follower count (potential reach, not impressions).
 */
import type { Currency } from '@/lib/schema/creator';
import type { Platform } from '@/lib/schema/reading';
import type { RateCard } from '@/lib/schema/settings';

export interface Range {
  min: number;
  mid: number;
  max: number;
}

const range = (min: number, max: number): Range => ({ min, mid: (min + max) / 2, max });

/** The card's range for a platform and tier(s), in one currency; null when the card has none. */
export function cardRate(
  card: RateCard,
  platform: Platform,
  tiers: readonly string[],
  currency: Currency,
): Range | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const tier of tiers) {
    const entry = card.entries.find(
      (e) => e.platform === platform && e.tier === tier && e.currency === currency,
    );
    // Every tier the count may be in needs a price, or the range would be a guess.
    if (!entry) return null;
    min = Math.min(min, entry.min);
    max = Math.max(max, entry.max);
  }
  return tiers.length > 0 ? range(min, max) : null;
}

export interface PlanProfile {
  tier: string;
  /** Typical followers of one creator in this plan. */
  followers: number;
  /** Typical engagement rate, fraction. */
  engagementRate: number;
}

export interface PlanSummary {
  creators: number;
  /** Mid-card cost of the plan (and its range). */
  cost: Range;
  reach: number;
  engagements: number;
  /** Mid cost over engagements. */
  costPerEngagement: number | null;
}

export interface PlanComparison {
  currency: Currency;
  perSmall: Range;
  perBig: Range;
  /** How many small creators one big creator's mid price buys. */
  smallPerBig: number;
  /** Plan A: that many small creators. */
  planA: PlanSummary;
  /** Plan B: one big creator. */
  planB: PlanSummary;
  /** With a budget: how many of each it affords at mid price. */
  budget?: { amount: number; smallAffordable: number; bigAffordable: number };
}

function summary(n: number, per: Range, p: PlanProfile): PlanSummary {
  const engagements = n * p.followers * p.engagementRate;
  const cost = { min: n * per.min, mid: n * per.mid, max: n * per.max };
  return {
    creators: n,
    cost,
    reach: n * p.followers,
    engagements,
    costPerEngagement: engagements > 0 ? cost.mid / engagements : null,
  };
}

/**
 * Plan A (N small creators) against plan B (one big creator) at the card's mid
 * prices, where N is how many small creators the big one's price buys. Null
 * when the card lacks either price or the small price is 0.
 */
export function compareSmallVsBig(input: {
  card: RateCard;
  platform: Platform;
  currency: Currency;
  small: PlanProfile;
  big: PlanProfile;
  budget?: number;
}): PlanComparison | null {
  const perSmall = cardRate(input.card, input.platform, [input.small.tier], input.currency);
  const perBig = cardRate(input.card, input.platform, [input.big.tier], input.currency);
  if (!perSmall || !perBig || perSmall.mid <= 0) return null;
  const smallPerBig = Math.floor(perBig.mid / perSmall.mid);
  const out: PlanComparison = {
    currency: input.currency,
    perSmall,
    perBig,
    smallPerBig,
    planA: summary(smallPerBig, perSmall, input.small),
    planB: summary(1, perBig, input.big),
  };
  if (input.budget !== undefined) {
    out.budget = {
      amount: input.budget,
      smallAffordable: Math.floor(input.budget / perSmall.mid),
      bigAffordable: perBig.mid > 0 ? Math.floor(input.budget / perBig.mid) : 0,
    };
  }
  return out;
}

/** The usual question, by name: micro creators against one mega creator. */
export const compareMicroVsMega = (
  input: Omit<Parameters<typeof compareSmallVsBig>[0], 'small' | 'big'> & {
    micro: Omit<PlanProfile, 'tier'>;
    mega: Omit<PlanProfile, 'tier'>;
  },
): PlanComparison | null =>
  compareSmallVsBig({
    ...input,
    small: { tier: 'micro', ...input.micro },
    big: { tier: 'mega', ...input.mega },
  });
