/**
 * Engagement benchmarks, kept as data so they can be reviewed and updated in one place.
 *
 * SOURCE: approximate 2025 published averages for influencer accounts (industry benchmark
 * reports such as HypeAuditor's and Influencer Marketing Hub's state-of-influencer-marketing
 * figures, which agree on the shape: smaller accounts engage more). Published figures vary by
 * report and method; these ranges are rounded APPROXIMATIONS of typical values, not a standard.
 * The 5k–10k, 50k–100k and 100k–1M Instagram rows and the TikTok split by size are filled in
 * between published points.
 *
 * - Instagram rows compare (likes + comments) / followers, median over recent posts.
 * - TikTok rows compare interactions / views (views-based engagement), the figure TikTok
 *   reports use. A TikTok creator without views-based engagement gets no band: comparing a
 *   follower-based rate with a views-based table would be wrong.
 *
 * Bands: below `min` → low; min..max → typical; above max → high; above
 * UNUSUALLY_HIGH_FACTOR × max → unusually-high (worth a look: giveaways, engagement pods or
 * bought likes can cause it, so the UI treats it as a question, not a compliment).
 */
import type { BandResult, Engagement, ViewsEngagement } from '@/lib/schema/metrics';
import type { Platform } from '@/lib/schema/reading';

export type BenchmarkRow = {
  /** Follower range this row applies to: minFollowers <= followers < maxFollowers. */
  minFollowers: number;
  maxFollowers: number;
  /** Typical engagement range, fractions (0.034 = 3.4%). */
  min: number;
  max: number;
  label: string;
};

export const BENCHMARK_SOURCE =
  'Approximate 2025 published averages (industry influencer benchmark reports); rounded, for orientation only.';

export const UNUSUALLY_HIGH_FACTOR = 3;

export const BENCHMARKS: Readonly<Record<Platform, readonly BenchmarkRow[]>> = {
  instagram: [
    // Under 1k is rarely published; small accounts behave like 1k–5k ones.
    { minFollowers: 0, maxFollowers: 5_000, min: 0.034, max: 0.044, label: 'Instagram, under 5k followers' },
    { minFollowers: 5_000, maxFollowers: 10_000, min: 0.02, max: 0.03, label: 'Instagram, 5k–10k followers' },
    {
      minFollowers: 10_000,
      maxFollowers: 50_000,
      min: 0.008,
      max: 0.011,
      label: 'Instagram, 10k–50k followers',
    },
    {
      minFollowers: 50_000,
      maxFollowers: 100_000,
      min: 0.008,
      max: 0.011,
      label: 'Instagram, 50k–100k followers',
    },
    {
      minFollowers: 100_000,
      maxFollowers: 1_000_000,
      min: 0.009,
      max: 0.012,
      label: 'Instagram, 100k–1M followers',
    },
    {
      minFollowers: 1_000_000,
      maxFollowers: Number.POSITIVE_INFINITY,
      min: 0.01,
      max: 0.013,
      label: 'Instagram, 1M+ followers',
    },
  ],
  tiktok: [
    {
      minFollowers: 0,
      maxFollowers: 10_000,
      min: 0.1,
      max: 0.14,
      label: 'TikTok by views, under 10k followers',
    },
    {
      minFollowers: 10_000,
      maxFollowers: 100_000,
      min: 0.08,
      max: 0.12,
      label: 'TikTok by views, 10k–100k followers',
    },
    {
      minFollowers: 100_000,
      maxFollowers: 1_000_000,
      min: 0.07,
      max: 0.1,
      label: 'TikTok by views, 100k–1M followers',
    },
    {
      minFollowers: 1_000_000,
      maxFollowers: Number.POSITIVE_INFINITY,
      min: 0.06,
      max: 0.09,
      label: 'TikTok by views, 1M+ followers',
    },
  ],
};

/** The row for a follower count, or null when none applies (negative or not a number). */
export function benchmarkRow(platform: Platform, followers: number): BenchmarkRow | null {
  return BENCHMARKS[platform].find((r) => followers >= r.minFollowers && followers < r.maxFollowers) ?? null;
}

/** Which band a rate falls in against one row. */
export function bandOf(rate: number, row: Pick<BenchmarkRow, 'min' | 'max'>) {
  if (rate < row.min) return 'low' as const;
  if (rate <= row.max) return 'typical' as const;
  if (rate > UNUSUALLY_HIGH_FACTOR * row.max) return 'unusually-high' as const;
  return 'high' as const;
}

/**
 * The benchmark band for a creator's median engagement. Instagram uses follower-based
 * engagement; TikTok uses views-based engagement (unknown 'no-views' when it is not given).
 * Unknown engagement or followers → unknown band with that reason.
 */
export function bandFor(
  platform: Platform,
  followers: number | null,
  engagement: Engagement,
  viewsEng?: ViewsEngagement,
): BandResult {
  let rate: number;
  if (platform === 'tiktok') {
    if (!viewsEng) return { known: false, reason: 'no-views' };
    if (!viewsEng.known) return { known: false, reason: viewsEng.reason };
    rate = viewsEng.byViews.median;
  } else {
    if (!engagement.known) return { known: false, reason: engagement.reason };
    rate = engagement.byFollowers.median;
  }
  if (followers === null) return { known: false, reason: 'no-followers' };
  const row = benchmarkRow(platform, followers);
  if (!row || !Number.isFinite(rate)) return { known: false, reason: 'no-followers' };
  return {
    known: true,
    band: bandOf(rate, row),
    benchmark: { min: row.min, max: row.max, label: row.label },
  };
}
