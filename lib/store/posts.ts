/**
 * Which posts a reading contributes, and which stored posts feed the metrics.
 */
import type { StoredPost } from '@/lib/schema/creator';
import type { PostReading, Reading } from '@/lib/schema/reading';

/** How many recent posts engagement and cadence look at (pinned posts excluded). */
export const METRICS_POST_WINDOW = 30;

const HANDLE = /^[a-z0-9._]{1,64}$/;

export interface AttributedPost {
  author: string;
  post: PostReading;
}

/**
 * Every post in the reading with the handle it belongs to: grid posts belong to
 * the profile unless they name another author; a post/video page's post belongs
 * to its author. A post whose author is not a usable handle is left out rather
 * than credited to the wrong creator.
 */
export function postsOfReading(reading: Reading & { handle: string }): AttributedPost[] {
  const all = reading.post ? [...reading.recentPosts, reading.post] : reading.recentPosts;
  const out: AttributedPost[] = [];
  for (const post of all) {
    const author = (post.author ?? reading.handle).replace(/^@/, '').toLowerCase();
    if (HANDLE.test(author)) out.push({ author, post });
  }
  return out;
}

/** Newest first by publication time; undated posts after dated ones, newest seen first. */
export function byRecency(a: StoredPost, b: StoredPost): number {
  if (a.takenAt !== null && b.takenAt !== null) return b.takenAt - a.takenAt;
  if (a.takenAt !== null) return -1;
  if (b.takenAt !== null) return 1;
  return b.lastSeen - a.lastSeen;
}

/** The most recent non-pinned posts: pinned ones are old highlights, not current performance. */
export function postsForMetrics(posts: StoredPost[], limit = METRICS_POST_WINDOW): StoredPost[] {
  return posts
    .filter((p) => p.pinned !== true)
    .sort(byRecency)
    .slice(0, limit);
}
