/**
 * Follower growth from stored snapshots: the change from the first to the latest snapshot that
 * has a follower count, scaled to 30 days. Needs two such snapshots at least MIN_SPAN_DAYS
 * apart ('too-few-snapshots' otherwise: a few hours say nothing about a month). Exact only
 * when both ends were exact counts; from rounded displays ("1.1M" → "1.2M") it is an estimate.
 * A first count of 0 gives no relative rate ('zero-followers').
 */

import type { Snapshot } from '@/lib/schema/creator';
import type { Growth } from '@/lib/schema/metrics';

export const DAY_MS = 86_400_000;
export const MIN_SPAN_DAYS = 1;

export function growthFrom(snapshots: readonly Snapshot[]): Growth {
  const withFollowers = snapshots
    .filter((s): s is Snapshot & { followers: number } => s.followers !== null)
    .sort((a, b) => a.at - b.at);
  const first = withFollowers[0];
  const latest = withFollowers[withFollowers.length - 1];
  if (!first || !latest || withFollowers.length < 2) return { known: false, reason: 'too-few-snapshots' };
  const days = (latest.at - first.at) / DAY_MS;
  if (days < MIN_SPAN_DAYS) return { known: false, reason: 'too-few-snapshots' };
  if (first.followers === 0) return { known: false, reason: 'zero-followers' };

  const sinceFirstSeen = latest.followers - first.followers;
  const per30Days = (sinceFirstSeen / days) * 30;
  return {
    known: true,
    per30Days,
    ratePer30Days: per30Days / first.followers,
    sinceFirstSeen,
    days,
    exact: first.followersExact === true && latest.followersExact === true,
  };
}
