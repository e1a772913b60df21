/**
 * Creator records: built from a reading, and merged with what was known.
 * Used by recordReading and by backup import, so both follow the same rules.
 */
import { type Creator, creatorKey } from '@/lib/schema/creator';
import type { Reading } from '@/lib/schema/reading';
import { mergeCount, toStoredCount } from './merge-count';

const COUNT_FIELDS = ['followers', 'following', 'posts', 'likesTotal', 'videoCount'] as const;
const TEXT_FIELDS = ['displayName', 'verified', 'private', 'bio', 'externalUrl'] as const;

/** What one reading says about its creator, as a creator record (no metrics yet). */
export function creatorFromReading(reading: Reading & { handle: string }, at: number): Creator {
  return {
    key: creatorKey(reading.platform, reading.handle),
    platform: reading.platform,
    handle: reading.handle.toLowerCase(),
    displayName: reading.displayName,
    verified: reading.verified,
    private: reading.private,
    bio: reading.bio,
    externalUrl: reading.externalUrl,
    followers: toStoredCount(reading.followers, at),
    following: toStoredCount(reading.following, at),
    posts: toStoredCount(reading.posts, at),
    likesTotal: toStoredCount(reading.likesTotal, at),
    videoCount: toStoredCount(reading.videoCount, at),
    firstSeen: at,
    lastSeen: at,
    metrics: null,
  };
}

/**
 * Merges two records of the same creator. Plain fields come from the record
 * seen last when it knows them (a partial reading never erases); counts follow
 * the count rules; metrics keep the most recently computed.
 */
export function mergeCreators(a: Creator | null, b: Creator): Creator {
  if (!a) return b;
  const [older, newer] = a.lastSeen > b.lastSeen ? [b, a] : [a, b];
  const merged: Creator = { ...newer };
  for (const field of TEXT_FIELDS) {
    (merged as Record<string, unknown>)[field] = newer[field] ?? older[field];
  }
  for (const field of COUNT_FIELDS) merged[field] = mergeCount(a[field], b[field]);
  merged.firstSeen = Math.min(a.firstSeen, b.firstSeen);
  merged.lastSeen = Math.max(a.lastSeen, b.lastSeen);
  const aAt = a.metrics?.computedAt ?? Number.NEGATIVE_INFINITY;
  const bAt = b.metrics?.computedAt ?? Number.NEGATIVE_INFINITY;
  merged.metrics = aAt > bAt ? a.metrics : (b.metrics ?? a.metrics);
  return merged;
}
