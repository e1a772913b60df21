/**
 * The honest planner: what a set of creators is expected to deliver and cost, with every input
 * named by where it comes from, and ranges that come from the creators' own spread.
 *
 * Inputs per creator, best first (WHY: a creator's own figures beat any average):
 * - Engagement rate: the creator's MEASURED median (views-based on TikTok when views are known,
 *   follower-based otherwise); else the chosen BENCHMARK set's published figure at that size;
 *   else unknown (never 0).
 * - Views per post: the creator's measured median views; no published source gives views by
 *   size, so otherwise unknown.
 * - Price per post: the AGREED or entered rate on the shortlist; else the RATE CARD's middle for
 *   the creator's tier (its range is kept for the page); else unknown. A rate in another currency
 *   is not converted (no exchange rates offline).
 * Expected engagements per post = median views × views-based rate when both are known (what a
 * TikTok video earns), else followers × follower-based rate.
 *
 * Ranges: a plan's totals and ratios get the interquartile range of a bootstrap over its own
 * creators (resampled with replacement, fixed seed, so the same plan always shows the same
 * range): "if the plan's creators were drawn again from this group". Never the sum of every
 * worst case and every best case. Fewer than MIN_FOR_RANGE creators: no range.
 */

import { cardRate } from '@/lib/cost/planner';
import { centerAt } from '@/lib/metrics/benchmark-sets/curve';
import type { BenchmarkSet } from '@/lib/metrics/benchmark-sets/schema';
import { sourceLine } from '@/lib/metrics/benchmarks';
import type { Currency } from '@/lib/schema/creator';
import type { Platform } from '@/lib/schema/reading';
import type { RateCard } from '@/lib/schema/settings';

export const MIN_FOR_RANGE = 3;
const RESAMPLES = 2_000;

export interface PlanInput {
  key: string;
  handle: string;
  platform: Platform;
  tiers: string[] | null;
  followers: number | null;
  /** Measured medians, fractions; null when unknown. */
  engagementRate: number | null;
  viewsEngagementRate: number | null;
  medianViews: number | null;
  agreedRate: { amount: number; currency: Currency } | null;
  posts: number;
}

export interface PlanContext {
  card: RateCard;
  currency: Currency;
  benchmarks: BenchmarkSet;
}

export type RateSource = 'measured' | 'benchmark' | 'unknown';
export type PriceSource = 'agreed' | 'rate-card' | 'unknown';
export type PriceUnknown = 'no-tier' | 'no-rate' | 'currency-mismatch';

export interface PlanLine {
  key: string;
  handle: string;
  platform: Platform;
  tier: string | null;
  followers: number | null;
  posts: number;
  rate: {
    value: number | null;
    basis: 'followers' | 'views';
    source: RateSource;
    /** For a benchmark: the set and its published source. */
    from?: string;
  };
  views: { value: number | null; source: 'measured' | 'unknown' };
  price: {
    /** Per post, in the plan's currency. */
    value: number | null;
    /** The rate card's range for the tier, when that is the source. */
    cardMin?: number;
    cardMax?: number;
    source: PriceSource;
    unknown?: PriceUnknown;
  };
  /** Over all posts; null when unknown. */
  engagements: number | null;
  views_total: number | null;
  cost: number | null;
}

export function planLine(c: PlanInput, ctx: PlanContext): PlanLine {
  const posts = Math.max(1, c.posts);
  const tier = c.tiers?.[0] ?? null;
  // Rate: measured, else benchmark.
  let rate: PlanLine['rate'];
  if (c.platform === 'tiktok' && c.viewsEngagementRate !== null && c.medianViews !== null) {
    rate = { value: c.viewsEngagementRate, basis: 'views', source: 'measured' };
  } else if (c.engagementRate !== null) {
    rate = { value: c.engagementRate, basis: 'followers', source: 'measured' };
  } else {
    const table = ctx.benchmarks[c.platform];
    const value = table && c.followers !== null ? centerAt(table, c.followers) : null;
    const basis = table?.basis ?? 'followers';
    rate =
      value !== null && table
        ? { value, basis, source: 'benchmark', from: `${ctx.benchmarks.name}: ${sourceLine(table)}` }
        : { value: null, basis, source: 'unknown' };
  }
  const views: PlanLine['views'] =
    c.medianViews !== null
      ? { value: c.medianViews, source: 'measured' }
      : { value: null, source: 'unknown' };
  // Engagements per post from the rate's own base: views for a views-based rate, followers otherwise.
  const base = rate.basis === 'views' ? views.value : c.followers;
  const perPost = rate.value !== null && base !== null ? rate.value * base : null;
  // Price: agreed, else the card's middle.
  let price: PlanLine['price'];
  if (c.agreedRate) {
    price =
      c.agreedRate.currency === ctx.currency
        ? { value: c.agreedRate.amount, source: 'agreed' }
        : { value: null, source: 'unknown', unknown: 'currency-mismatch' };
  } else if (!c.tiers || c.tiers.length === 0) {
    price = { value: null, source: 'unknown', unknown: 'no-tier' };
  } else {
    const card = cardRate(ctx.card, c.platform, c.tiers, ctx.currency);
    price = card
      ? { value: card.mid, cardMin: card.min, cardMax: card.max, source: 'rate-card' }
      : { value: null, source: 'unknown', unknown: 'no-rate' };
  }
  return {
    key: c.key,
    handle: c.handle,
    platform: c.platform,
    tier,
    followers: c.followers,
    posts,
    rate,
    views,
    price,
    engagements: perPost === null ? null : perPost * posts,
    views_total: views.value === null ? null : views.value * posts,
    cost: price.value === null ? null : price.value * posts,
  };
}

/** A plan figure: the value over the creators where it is known, its range, and how many counted. */
export interface PlanFigure {
  value: number;
  /** Interquartile range from the creators' spread; null with fewer than MIN_FOR_RANGE creators. */
  low: number | null;
  high: number | null;
  known: number;
}

export interface PlanSummary {
  creators: number;
  reach: PlanFigure | null;
  engagements: PlanFigure | null;
  views: PlanFigure | null;
  cost: PlanFigure | null;
  costPerEngagement: PlanFigure | null;
  costPer1000Views: PlanFigure | null;
}

/** Small deterministic generator (mulberry32): the same plan always shows the same range. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function quartiles(values: number[]): [number, number] {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    const i = (s.length - 1) * q;
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    return (s[lo] ?? 0) + ((s[hi] ?? 0) - (s[lo] ?? 0)) * (i - lo);
  };
  return [at(0.25), at(0.75)];
}

/**
 * Sum (or ratio of sums) over the pairs where every part is known, with its bootstrap IQR.
 * `parts` gives the numerator and denominator of one creator (denominator 1 for a plain sum).
 */
function figure(
  lines: readonly PlanLine[],
  parts: (l: PlanLine) => [number, number] | null,
  kind: 'sum' | 'ratio',
  scale = 1,
): PlanFigure | null {
  const known = lines.map(parts).filter((p): p is [number, number] => p !== null && p[1] > 0);
  if (known.length === 0) return null;
  const ratio = (ps: readonly [number, number][]) => {
    let n = 0;
    let d = 0;
    for (const [a, b] of ps) {
      n += a;
      d += b;
    }
    return d > 0 ? (n / d) * scale : 0;
  };
  const isSum = kind === 'sum';
  const value = isSum ? known.reduce((s, [a]) => s + a, 0) : ratio(known);
  if (known.length < MIN_FOR_RANGE) return { value, low: null, high: null, known: known.length };
  const next = random(known.length * 7919 + (Math.round(value) % 100_003));
  const draws: number[] = [];
  for (let r = 0; r < RESAMPLES; r++) {
    const sample: [number, number][] = [];
    for (let i = 0; i < known.length; i++) sample.push(known[Math.floor(next() * known.length)]!);
    draws.push(isSum ? sample.reduce((s, [a]) => s + a, 0) : ratio(sample));
  }
  const [low, high] = quartiles(draws);
  return { value, low, high, known: known.length };
}

export function summarizePlan(lines: readonly PlanLine[]): PlanSummary {
  return {
    creators: lines.length,
    reach: figure(lines, (l) => (l.followers === null ? null : [l.followers, 1]), 'sum'),
    engagements: figure(lines, (l) => (l.engagements === null ? null : [l.engagements, 1]), 'sum'),
    views: figure(lines, (l) => (l.views_total === null ? null : [l.views_total, 1]), 'sum'),
    cost: figure(lines, (l) => (l.cost === null ? null : [l.cost, 1]), 'sum'),
    costPerEngagement: figure(
      lines,
      (l) => (l.cost === null || l.engagements === null ? null : [l.cost, l.engagements]),
      'ratio',
    ),
    costPer1000Views: figure(
      lines,
      (l) => (l.cost === null || l.views_total === null ? null : [l.cost, l.views_total]),
      'ratio',
      1_000,
    ),
  };
}

/** Plans to compare: the whole selection, then one per tier present (smallest tier first). */
export function plansByTier(
  lines: readonly PlanLine[],
  tierOrder: readonly string[],
): { tier: string | null; lines: PlanLine[] }[] {
  const tiers = [...new Set(lines.map((l) => l.tier).filter((t): t is string => t !== null))].sort(
    (a, b) => tierOrder.indexOf(a) - tierOrder.indexOf(b),
  );
  return [
    { tier: null, lines: [...lines] },
    ...tiers.map((tier) => ({ tier, lines: lines.filter((l) => l.tier === tier) })),
  ];
}
