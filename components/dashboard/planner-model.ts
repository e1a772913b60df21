/**
 * Cost planner figures for a set of shortlisted creators. Pure.
 *
 * Price per post: the creator's own rate when it is in the planning currency,
 * else the rate card's range for their platform and tier. Engagements per post:
 * followers × median engagement. Creators with neither price nor engagement
 * known are counted separately rather than guessed ("correct or unknown").
 */
import { BENCHMARKS, benchmarkRow } from '../../lib/benchmarks';
import type { CreatorView } from '../../lib/messages';
import type { Currency } from '../../lib/schema/creator';
import type { Platform } from '../../lib/schema/reading';
import type { RateCard, TierScheme } from '../../lib/schema/settings';

export interface Range {
  min: number;
  max: number;
}

export interface PlanSummary {
  creators: number;
  priced: number;
  /** Creators without own rate (in this currency) and without a rate-card row. */
  unpriced: number;
  /** Total cost for `posts` posts each. */
  cost: Range;
  /** Expected engagements (likes + comments) over all posts, creators with known engagement. */
  engagements: number;
  withEngagement: number;
  /** Cost per engagement over creators with both price and engagement; null when none. */
  costPerEngagement: Range | null;
}

export function rateCardPrice(
  card: RateCard,
  platform: Platform,
  tiers: readonly string[],
  currency: Currency,
): Range | null {
  // A rounded count straddling two tiers: span both tiers' prices.
  const rows = card.entries.filter(
    (e) => e.platform === platform && e.currency === currency && tiers.includes(e.tier),
  );
  if (rows.length === 0) return null;
  return { min: Math.min(...rows.map((r) => r.min)), max: Math.max(...rows.map((r) => r.max)) };
}

export function priceOf(view: CreatorView, card: RateCard, currency: Currency): Range | null {
  const rate = view.entry?.rate;
  if (rate && rate.currency === currency) return { min: rate.amount, max: rate.amount };
  const tier = view.creator.metrics?.tier;
  if (!tier?.known) return null;
  return rateCardPrice(card, view.creator.platform, tier.tiers, currency);
}

export function engagementsPerPost(view: CreatorView): number | null {
  const f = view.creator.followers;
  const e = view.creator.metrics?.engagement;
  if (!f || !e?.known) return null;
  return f.value * e.byFollowers.median;
}

export function planFor(
  views: readonly CreatorView[],
  card: RateCard,
  currency: Currency,
  posts: number,
): PlanSummary {
  const cost = { min: 0, max: 0 };
  const both = { min: 0, max: 0, eng: 0 };
  let priced = 0;
  let engagements = 0;
  let withEngagement = 0;
  for (const v of views) {
    const price = priceOf(v, card, currency);
    const eng = engagementsPerPost(v);
    if (price) {
      priced++;
      cost.min += price.min * posts;
      cost.max += price.max * posts;
    }
    if (eng !== null) {
      withEngagement++;
      engagements += eng * posts;
    }
    if (price && eng !== null && eng > 0) {
      both.min += price.min * posts;
      both.max += price.max * posts;
      both.eng += eng * posts;
    }
  }
  return {
    creators: views.length,
    priced,
    unpriced: views.length - priced,
    cost,
    engagements,
    withEngagement,
    costPerEngagement: both.eng > 0 ? { min: both.min / both.eng, max: both.max / both.eng } : null,
  };
}

export interface CompareSide {
  tier: string;
  creators: number;
  /** Typical followers of one creator of this tier (geometric middle of its range). */
  followers: number;
  /** Benchmark engagement (middle of the published range). */
  rate: number;
  cost: number;
  engagements: number;
}

/**
 * Several micro creators vs one mega creator for the same money, on Instagram
 * (its benchmarks are follower-based, like the rates in the shortlist). Null
 * when the rate card or the scheme lacks either tier.
 */
export function microVsMega(
  card: RateCard,
  scheme: TierScheme,
  currency: Currency,
  micro = 'micro',
  mega = 'mega',
): { micro: CompareSide; mega: CompareSide } | null {
  const platform: Platform = 'instagram';
  const typical = (tier: string): number | null => {
    const i = scheme.tiers.findIndex((t) => t.name === tier);
    if (i < 0) return null;
    const lo = Math.max(1, scheme.tiers[i]?.min ?? 1);
    const hi = scheme.tiers[i + 1]?.min;
    // Open-ended top tier: twice its threshold, a conservative middle.
    return Math.round(hi === undefined ? lo * 2 : Math.sqrt(lo * hi));
  };
  const side = (tier: string, n: number | null): CompareSide | null => {
    const price = rateCardPrice(card, platform, [tier], currency);
    const followers = typical(tier);
    if (!price || followers === null) return null;
    const row = benchmarkRow(platform, followers) ?? BENCHMARKS[platform].at(-1);
    if (!row) return null;
    const unit = (price.min + price.max) / 2;
    const creators = n ?? 1;
    const rate = (row.min + row.max) / 2;
    return {
      tier,
      creators,
      followers,
      rate,
      cost: unit * creators,
      engagements: followers * rate * creators,
    };
  };
  const big = side(mega, 1);
  const smallUnit = side(micro, 1);
  if (!big || !smallUnit || smallUnit.cost <= 0) return null;
  const n = Math.max(1, Math.floor(big.cost / smallUnit.cost));
  const small = side(micro, n);
  return small ? { micro: small, mega: big } : null;
}
