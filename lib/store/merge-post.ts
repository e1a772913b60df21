/**
 * Stored posts keep the latest stats ever seen for each post, field by field,
 * so engagement can use more than the last screenful of a profile.
 */
import { creatorKey, type StoredPost } from '@/lib/schema/creator';
import type { Platform, PostReading } from '@/lib/schema/reading';
import { mergePlainCount } from './merge-count';

const COUNT_FIELDS = ['views', 'likes', 'comments', 'shares', 'saves'] as const;

export function postKey(platform: Platform, id: string): string {
  return `${platform}:${id}`;
}

export function storedPostFromReading(
  platform: Platform,
  authorHandle: string,
  post: PostReading,
  at: number,
): StoredPost {
  return {
    ...post,
    key: postKey(platform, post.id),
    creatorKey: creatorKey(platform, authorHandle),
    firstSeen: at,
    lastSeen: at,
  };
}

/** Merges two records of the same post; the one seen last wins where it knows a field. */
export function mergePosts(a: StoredPost | null, b: StoredPost): StoredPost {
  if (!a) return b;
  const [older, newer] = a.lastSeen > b.lastSeen ? [b, a] : [a, b];
  const merged: StoredPost = {
    ...newer,
    url: newer.url || older.url,
    author: newer.author ?? older.author,
    pinned: newer.pinned ?? older.pinned,
    isVideo: newer.isVideo ?? older.isVideo,
    caption: newer.caption ?? older.caption,
    hashtags: newer.hashtags.length > 0 ? newer.hashtags : older.hashtags,
    mentions: newer.mentions.length > 0 ? newer.mentions : older.mentions,
    takenAt: newer.takenAt ?? older.takenAt,
    paidPartnership: newer.paidPartnership ?? older.paidPartnership,
    // Hidden likes are a statement about now; a later reading that shows likes lifts it.
    likesHidden: newer.likesHidden || (older.likesHidden && newer.likes === null),
    firstSeen: Math.min(a.firstSeen, b.firstSeen),
    lastSeen: Math.max(a.lastSeen, b.lastSeen),
  };
  for (const field of COUNT_FIELDS) {
    merged[field] = mergePlainCount(older[field], older.lastSeen, newer[field], newer.lastSeen);
  }
  return merged;
}
