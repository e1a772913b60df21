/**
 * JSON the sample pages' own scripts load from the demo server, in the shapes
 * the real sites answer with (only the fields Microlens reads, plus a few for
 * realism): Instagram's `/api/v1/feed/user/<pk>/` and TikTok's
 * `/api/post/item_list/`. Post dates are `now - daysAgo`, so the demo's
 * cadence and freshness figures look current on any day.
 */
import type { SampleCreator, SamplePost } from './creators';

const DAY_S = 86_400;

/** Seconds since the epoch, `daysAgo` days before `now`, at a plausible posting hour. */
function postedAt(now: number, daysAgo: number): number {
  return Math.floor(now / 1000) - daysAgo * DAY_S - 3 * 3600;
}

function instagramMedia(c: SampleCreator, p: SamplePost, i: number, now: number): Record<string, unknown> {
  const reel = p.views !== undefined;
  const pk = `3${String(i).padStart(3, '0')}${c.userId}`;
  return {
    pk,
    id: `${pk}_${c.userId}`,
    code: p.id,
    taken_at: postedAt(now, p.daysAgo),
    // 2 video (reel), 1 photo.
    media_type: reel ? 2 : 1,
    product_type: reel ? 'clips' : 'feed',
    like_count: p.likes,
    comment_count: p.comments,
    ...(reel ? { play_count: p.views } : {}),
    caption: { text: p.caption },
    user: { pk: c.userId, username: c.handle, full_name: c.displayName },
    is_paid_partnership: p.paid === true,
    like_and_view_counts_disabled: false,
    timeline_pinned_user_ids: p.pinned ? [Number(c.userId)] : [],
  };
}

/** `GET /api/v1/feed/user/<pk>/?count=12`: the profile grid's posts with their counts. */
export function instagramFeedBody(c: SampleCreator, now: number): Record<string, unknown> {
  return {
    items: c.posts.map((p, i) => instagramMedia(c, p, i, now)),
    num_results: c.posts.length,
    more_available: false,
    next_max_id: null,
    status: 'ok',
  };
}

/** Hashtags as TikTok lists them beside the caption. */
function textExtra(caption: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const m of caption.matchAll(/#([\p{L}\p{N}_]+)|@([a-zA-Z0-9._]+)/gu)) {
    out.push({
      start: m.index,
      end: (m.index ?? 0) + m[0].length,
      hashtagName: m[1] ?? '',
      userUniqueId: m[2] ?? '',
      type: m[1] ? 1 : 0,
      isCommerce: false,
    });
  }
  return out;
}

function tiktokItem(c: SampleCreator, p: SamplePost, now: number): Record<string, unknown> {
  const stats = {
    playCount: p.views ?? 0,
    diggCount: p.likes,
    commentCount: p.comments,
    shareCount: p.shares ?? 0,
    collectCount: String(p.saves ?? 0),
  };
  return {
    id: p.id,
    desc: p.caption,
    createTime: postedAt(now, p.daysAgo),
    video: { id: p.id, duration: 30 + (p.likes % 45), height: 1024, width: 576, cover: '' },
    author: { id: c.userId, uniqueId: c.handle, nickname: c.displayName },
    stats,
    statsV2: Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, String(v)])),
    textExtra: textExtra(p.caption),
    isPinnedItem: p.pinned === true,
    isAd: false,
    // TikTok's "Paid partnership" disclosure.
    ...(p.paid ? { brandOrganicType: 2 } : {}),
  };
}

/** `GET /api/post/item_list/?secUid=…&count=30&cursor=0`: a profile's video grid with per-video stats. */
export function tiktokItemListBody(c: SampleCreator, now: number): Record<string, unknown> {
  return {
    itemList: c.posts.map((p) => tiktokItem(c, p, now)),
    hasMore: false,
    cursor: '0',
    statusCode: 0,
  };
}
