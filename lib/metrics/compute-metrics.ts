/**
 * Everything computed about one creator, from what has been read and stored: tier, engagement
 * and its benchmark band, views-based engagement, growth, cadence and the share of sponsored
 * posts. Pure: the caller passes `now`, so the same input always gives the same figures.
 */

import type { BenchmarkSet } from '@/lib/metrics/benchmark-sets/schema';
import { bandFor } from '@/lib/metrics/benchmarks';
import { cadenceFrom } from '@/lib/metrics/cadence';
import {
  engagementFor,
  RECENT_POSTS,
  recentCandidates,
  viewRateFor,
  viewsEngagementFor,
} from '@/lib/metrics/engagement';
import { growthFrom } from '@/lib/metrics/growth';
import { canJudgeSponsorship, isSponsoredPost } from '@/lib/metrics/sponsored';
import { tierFor } from '@/lib/metrics/tiers';
import type { Snapshot, StoredCount } from '@/lib/schema/creator';
import type { CreatorMetrics } from '@/lib/schema/metrics';
import type { Count, Platform, PostReading } from '@/lib/schema/reading';
import type { TierScheme } from '@/lib/schema/settings';

export type MetricsInput = {
  platform: Platform;
  followers: StoredCount | Count | null;
  posts: readonly PostReading[];
  snapshots: readonly Snapshot[];
  scheme: TierScheme;
  /** The chosen benchmark set; the default set when absent. */
  benchmarks?: BenchmarkSet;
  now: number;
};

/**
 * Share of the newest RECENT_POSTS non-pinned posts that disclose a paid placement, over the
 * posts that can be judged (a caption or the platform's label is known); null when none can
 * be (0 would claim "no ads" without evidence: a grid tile with only a view count says nothing).
 */
export function sponsoredShareOf(posts: readonly PostReading[]): number | null {
  const judged = recentCandidates(posts).slice(0, RECENT_POSTS).filter(canJudgeSponsorship);
  if (judged.length === 0) return null;
  return judged.filter((p) => isSponsoredPost(p).sponsored).length / judged.length;
}

export function computeCreatorMetrics(input: MetricsInput): CreatorMetrics {
  const { platform, followers, posts, snapshots, scheme, now, benchmarks } = input;
  const engagement = engagementFor(followers, posts);
  const views = viewsEngagementFor(posts);
  return {
    tier: tierFor(followers ? { min: followers.min, max: followers.max } : null, scheme),
    engagement,
    band: bandFor(platform, followers?.value ?? null, engagement, views, benchmarks),
    views,
    viewRate: viewRateFor(followers, posts),
    growth: growthFrom(snapshots),
    cadence: cadenceFrom(posts, now),
    sponsoredShare: sponsoredShareOf(posts),
    computedAt: now,
  };
}
