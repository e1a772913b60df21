/**
 * One list of recent posts from the grid tiles (page order, pin icons) and the
 * embedded data (exact counts, captions, dates). Data figures win: they are
 * exact, while a tile shows counts only on hover.
 */
import type { PostReading } from '@/lib/schema/reading';

const MAX_POSTS = 200;

function merge(tile: PostReading, data: PostReading): PostReading {
  return {
    ...tile,
    url: data.url,
    author: data.author ?? tile.author,
    pinned: data.pinned === true || tile.pinned === true ? true : (data.pinned ?? tile.pinned),
    isVideo: data.isVideo ?? tile.isVideo,
    views: data.views ?? tile.views,
    likes: data.likesHidden ? null : (data.likes ?? tile.likes),
    comments: data.comments ?? tile.comments,
    likesHidden: data.likesHidden || tile.likesHidden,
    caption: data.caption ?? tile.caption,
    hashtags: data.caption ? data.hashtags : tile.hashtags,
    mentions: data.caption ? data.mentions : tile.mentions,
    takenAt: data.takenAt ?? tile.takenAt,
    paidPartnership: data.paidPartnership ?? tile.paidPartnership,
  };
}

/**
 * @param likesHidden the creator hides likes on every post (profile setting):
 *   likes become unknown rather than whatever a tile or response held.
 */
export function combinePostViews(
  tiles: PostReading[],
  data: PostReading[],
  likesHidden: boolean,
): PostReading[] {
  const byId = new Map(data.map((p) => [p.id, p]));
  const out: PostReading[] = [];
  const used = new Set<string>();
  for (const tile of tiles) {
    const d = byId.get(tile.id);
    out.push(d ? merge(tile, d) : tile);
    used.add(tile.id);
  }
  for (const d of data) if (!used.has(d.id)) out.push(d);
  const limited = out.slice(0, MAX_POSTS);
  if (!likesHidden) return limited;
  return limited.map((p) => ({ ...p, likes: null, views: null, likesHidden: true }));
}
