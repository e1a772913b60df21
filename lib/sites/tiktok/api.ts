/**
 * Responses the TikTok web app itself loaded (passed on by the page-data
 * bridge; the extension never requests them):
 *  - `/api/post/item_list/` → `{ itemList: Item[], hasMore, cursor, statusCode }`
 *  - `/api/user/detail/`    → `{ userInfo: { user, stats, statsV2 } }`
 * Lenient: the body is checked with a loose zod shape, each item converted on
 * its own; a malformed item is skipped, a malformed body gives null. Never throws.
 */
import { z } from 'zod';
import type { Count, PostReading } from '@/lib/schema/reading';
import { tiktokItemToPost } from './item';
import { profileFromUserInfo } from './json';

/** `handle` (an addition to the agreed shape) says whose figures these are. */
export type TiktokApiProfile = {
  handle?: string;
  followers?: Count;
  following?: Count;
  likesTotal?: Count;
  videoCount?: Count;
};
export type TiktokApiResult = { posts: PostReading[]; profile?: TiktokApiProfile };

const ItemListBody = z.looseObject({ itemList: z.array(z.unknown()).max(10_000) });
const UserDetailBody = z.looseObject({
  userInfo: z.looseObject({
    user: z.unknown(),
    stats: z.unknown().optional(),
    statsV2: z.unknown().optional(),
  }),
});

const MAX_POSTS = 500;

export function tiktokPostsFromApi(body: unknown, now: number): TiktokApiResult | null {
  try {
    const list = ItemListBody.safeParse(body);
    if (list.success) {
      const posts: PostReading[] = [];
      const seen = new Set<string>();
      for (const raw of list.data.itemList) {
        const post = tiktokItemToPost(raw, { source: 'api', now });
        if (post === null || seen.has(post.id)) continue;
        seen.add(post.id);
        posts.push(post);
        if (posts.length >= MAX_POSTS) break;
      }
      return { posts };
    }
    const detail = UserDetailBody.safeParse(body);
    if (detail.success) {
      const { user, stats, statsV2 } = detail.data.userInfo;
      const facts = profileFromUserInfo(user, stats, statsV2, 'api');
      if (facts === null) return null;
      const profile: TiktokApiProfile = facts.handle ? { handle: facts.handle } : {};
      if (facts.followers) profile.followers = facts.followers;
      if (facts.following) profile.following = facts.following;
      if (facts.likesTotal) profile.likesTotal = facts.likesTotal;
      if (facts.videoCount) profile.videoCount = facts.videoCount;
      return { posts: [], profile };
    }
    return null;
  } catch {
    return null;
  }
}
