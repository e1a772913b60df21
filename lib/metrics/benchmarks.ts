/**
 * Engagement benchmark bands. The figures live in named, sourced benchmark sets
 * (lib/metrics/benchmark-sets/sets.ts); the marketer picks one in settings. This file only
 * decides which creator figure a set's table describes and which band that figure falls in.
 *
 * - A table's `basis` says which figure it describes: 'followers' → follower-based engagement
 *   (likes + comments over followers), 'views' → views-based engagement (interactions over
 *   views). The band is attached to THAT figure (`of`), never to the other one: on TikTok the
 *   usual tables are views-based, so the follower-based rate gets no band of its own.
 * - The range at a follower count is continuous (curve.ts): no cliff between two rows.
 *
 * Bands: below `min` → low; min..max → typical; above max → high; above
 * UNUSUALLY_HIGH_FACTOR × max → unusually-high (worth a look: giveaways, engagement pods or
 * bought likes can cause it, so the UI treats it as a question, not a compliment).
 */
import { rangeAt } from '@/lib/metrics/benchmark-sets/curve';
import type { BenchmarkSet, PlatformBenchmarks } from '@/lib/metrics/benchmark-sets/schema';
import { BENCHMARK_SETS } from '@/lib/metrics/benchmark-sets/sets';
import type { BandResult, Engagement, ViewsEngagement } from '@/lib/schema/metrics';
import type { Platform } from '@/lib/schema/reading';

export const UNUSUALLY_HIGH_FACTOR = 3;

/** Which band a rate falls in against one range. */
export function bandOf(rate: number, row: { min: number; max: number }) {
  if (rate < row.min) return 'low' as const;
  if (rate <= row.max) return 'typical' as const;
  if (rate > UNUSUALLY_HIGH_FACTOR * row.max) return 'unusually-high' as const;
  return 'high' as const;
}

/** One line naming where a table's figures come from, for the chip's hover text and exports. */
export function sourceLine(table: PlatformBenchmarks): string {
  const s = table.source;
  return `${s.publisher}, ${s.report} (${s.year})${s.where ? `: ${s.where}` : ''}`;
}

/** Which creator figure a set's table for this platform describes, or null when it has none. */
export function bandFigureOf(platform: Platform, set: BenchmarkSet): 'engagement' | 'viewsEngagement' | null {
  const table = set[platform];
  if (!table) return null;
  return table.basis === 'views' ? 'viewsEngagement' : 'engagement';
}

/**
 * The benchmark band for a creator, against the platform's table in `set` (the first built-in
 * set by default). The table's basis picks the figure: follower-based engagement or views-based
 * engagement (unknown 'no-views' when that is not given). Unknown figure or followers → unknown
 * with that reason; no table for the platform or a size outside it → 'no-benchmark'.
 */
export function bandFor(
  platform: Platform,
  followers: number | null,
  engagement: Engagement,
  viewsEng?: ViewsEngagement,
  set: BenchmarkSet = BENCHMARK_SETS[0] as BenchmarkSet,
): BandResult {
  const table = set[platform];
  if (!table) return { known: false, reason: 'no-benchmark' };
  let rate: number;
  if (table.basis === 'views') {
    if (!viewsEng) return { known: false, reason: 'no-views' };
    if (!viewsEng.known) return { known: false, reason: viewsEng.reason };
    rate = viewsEng.byViews.median;
  } else {
    if (!engagement.known) return { known: false, reason: engagement.reason };
    rate = engagement.byFollowers.median;
  }
  if (followers === null || followers < 0) return { known: false, reason: 'no-followers' };
  if (!Number.isFinite(rate)) return { known: false, reason: 'no-followers' };
  const range = rangeAt(table, followers);
  if (!range) return { known: false, reason: 'no-benchmark' };
  return {
    known: true,
    band: bandOf(rate, range),
    benchmark: {
      min: range.min,
      max: range.max,
      label: range.rows.map((r) => r.label).join(' ↔ '),
      of: table.basis === 'views' ? 'viewsEngagement' : 'engagement',
      setId: set.id,
      setName: set.name,
      source: sourceLine(table),
    },
  };
}
