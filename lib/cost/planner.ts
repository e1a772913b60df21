/**
 * The cost planner: what a shortlist is likely to cost, what it buys in
 * engagements, and the comparison budgets raise ("N micro creators for the
 * price of one mega?"). Pure arithmetic on the rate card and known figures.
 *
 * Rules:
 * - An agreed rate (shortlist entry) overrides the card: min = mid = max.
 *   An agreed rate in another currency is not converted (no exchange rates
 *   offline): that creator's cost is unknown ('currency-mismatch').
 * - Card range: a creator whose rounded count spans tiers gets the lowest
 *   tier's min and the highest tier's max. mid = (min + max) / 2.
 * - Expected engagements per post = followers × engagement rate, only where
 *   both are known; unknowns are counted, never guessed as 0.
 * - Cost per engagement uses only creators with both cost and engagements.
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

export interface PlanCreator {
  key: string;
  platform: Platform;
  /** Tier names from the tier scheme (several when a rounded count spans a boundary); null when unknown. */
  tiers: string[] | null;
  followers: number | null;
  /** Fraction, e.g. 0.035. */
  engagementRate: number | null;
  /** Agreed or quoted rate per post. */
  agreedRate?: { amount: number; currency: Currency } | null;
  /** Posts (deliverables) planned; 1 by default. */
  posts?: number;
}

export type CostUnknownReason = 'no-tier' | 'no-rate' | 'currency-mismatch';

export interface CostLine {
  key: string;
  source: 'agreed' | 'card' | 'unknown';
  cost: Range | null;
  unknownReason?: CostUnknownReason;
  /** followers × engagement rate × posts; null when either is unknown. */
  expectedEngagements: number | null;
  reach: number | null;
}

export interface ShortlistEstimate {
  currency: Currency;
  lines: CostLine[];
  /** Sum over creators whose cost is known. */
  total: Range;
  costKnown: number;
  costUnknown: number;
  expectedEngagements: number;
  engagementsKnown: number;
  engagementsUnknown: number;
  reach: number;
  /** Cost over engagements, for creators with both known; null when none. */
  costPerEngagement: Range | null;
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

export function costLine(c: PlanCreator, card: RateCard, currency: Currency): CostLine {
  const posts = c.posts ?? 1;
  const expectedEngagements =
    c.followers !== null && c.engagementRate !== null ? c.followers * c.engagementRate * posts : null;
  const base = { key: c.key, expectedEngagements, reach: c.followers };
  if (c.agreedRate) {
    if (c.agreedRate.currency !== currency) {
      return { ...base, source: 'unknown', cost: null, unknownReason: 'currency-mismatch' };
    }
    const total = c.agreedRate.amount * posts;
    return { ...base, source: 'agreed', cost: { min: total, mid: total, max: total } };
  }
  if (!c.tiers || c.tiers.length === 0)
    return { ...base, source: 'unknown', cost: null, unknownReason: 'no-tier' };
  const rate = cardRate(card, c.platform, c.tiers, currency);
  if (!rate) return { ...base, source: 'unknown', cost: null, unknownReason: 'no-rate' };
  return { ...base, source: 'card', cost: range(rate.min * posts, rate.max * posts) };
}

export function estimateShortlist(
  creators: readonly PlanCreator[],
  card: RateCard,
  currency: Currency,
): ShortlistEstimate {
  const lines = creators.map((c) => costLine(c, card, currency));
  const total = { min: 0, mid: 0, max: 0 };
  const perEng = { min: 0, mid: 0, max: 0 };
  let engagementsOfPriced = 0;
  let expectedEngagements = 0;
  let reach = 0;
  for (const l of lines) {
    if (l.cost) {
      total.min += l.cost.min;
      total.mid += l.cost.mid;
      total.max += l.cost.max;
    }
    if (l.expectedEngagements !== null) expectedEngagements += l.expectedEngagements;
    if (l.reach !== null) reach += l.reach;
    if (l.cost && l.expectedEngagements !== null && l.expectedEngagements > 0) {
      perEng.min += l.cost.min;
      perEng.mid += l.cost.mid;
      perEng.max += l.cost.max;
      engagementsOfPriced += l.expectedEngagements;
    }
  }
  const costKnown = lines.filter((l) => l.cost !== null).length;
  const engagementsKnown = lines.filter((l) => l.expectedEngagements !== null).length;
  return {
    currency,
    lines,
    total,
    costKnown,
    costUnknown: lines.length - costKnown,
    expectedEngagements,
    engagementsKnown,
    engagementsUnknown: lines.length - engagementsKnown,
    reach,
    costPerEngagement:
      engagementsOfPriced > 0
        ? {
            min: perEng.min / engagementsOfPriced,
            mid: perEng.mid / engagementsOfPriced,
            max: perEng.max / engagementsOfPriced,
          }
        : null,
  };
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
