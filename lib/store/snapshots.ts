/**
 * Snapshots: a creator's figures at one moment, the raw material for growth.
 * One is appended when a headline count changed, or a day has passed since the
 * last one, so history stays small (at most ~1 a day when nothing moves).
 */
import type { Creator, Snapshot } from '@/lib/schema/creator';
import type { CreatorMetrics } from '@/lib/schema/metrics';

export const SNAPSHOT_INTERVAL_MS = 24 * 60 * 60 * 1000;

export function snapshotOf(creator: Creator, at: number, metrics: CreatorMetrics | null): Snapshot {
  const engagement = metrics?.engagement;
  return {
    creatorKey: creator.key,
    at,
    followers: creator.followers?.value ?? null,
    followersExact: creator.followers ? creator.followers.exact : null,
    following: creator.following?.value ?? null,
    posts: creator.posts?.value ?? null,
    likesTotal: creator.likesTotal?.value ?? null,
    engagement: engagement?.known ? engagement.byFollowers.median : null,
  };
}

export function shouldAppendSnapshot(last: Snapshot | null, next: Snapshot): boolean {
  if (!last) return true;
  if (next.at - last.at >= SNAPSHOT_INTERVAL_MS) return true;
  return (
    last.followers !== next.followers ||
    last.following !== next.following ||
    last.posts !== next.posts ||
    last.likesTotal !== next.likesTotal
  );
}
