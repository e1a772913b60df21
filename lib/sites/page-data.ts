/**
 * Responses the page itself loaded (handed over by the page-data bridge; the
 * extension never requests anything), turned into posts and profile figures.
 * Instagram: web_profile_info, GraphQL timeline, clips, feed (lib/sites/instagram/api.ts).
 * TikTok: /api/post/item_list/ and /api/user/detail/ (lib/sites/tiktok/api.ts).
 */
import type { Platform, PostReading, Reading } from '@/lib/schema/reading';
import { instagramFromData, type ProfilePart } from '@/lib/sites/instagram/api';
import { instagramPageKind } from '@/lib/sites/instagram/page-kind';
import { tiktokPostsFromApi } from '@/lib/sites/tiktok/api';

export type PageData = { posts: PostReading[]; profile?: Partial<Reading> };

function instagramProfile(p: ProfilePart): Partial<Reading> {
  const out: Partial<Reading> = {
    handle: p.handle,
    followers: p.followers,
    following: p.following,
    posts: p.posts,
  };
  if (p.displayName !== undefined) out.displayName = p.displayName;
  if (p.verified !== undefined) out.verified = p.verified;
  if (p.private !== undefined) out.private = p.private;
  if (p.bio !== undefined) out.bio = p.bio;
  if (p.externalUrl !== undefined) out.externalUrl = p.externalUrl;
  const sources: Reading['sources'] = {};
  for (const f of ['followers', 'following', 'posts'] as const) {
    const c = p[f];
    if (c) sources[f] = { source: c.source, exact: c.exact };
  }
  out.sources = sources;
  return out;
}

function fromInstagram(url: string, body: unknown): PageData | null {
  // On a profile page only that creator's user object counts (responses also carry the viewer, suggestions…).
  const handle = instagramPageKind(url)?.handle ?? null;
  const data = instagramFromData(body, 'api', handle);
  const hidden = data.profile?.likesHidden === true;
  const posts = hidden
    ? data.posts.map((p) => ({ ...p, likes: null, views: null, likesHidden: true }))
    : data.posts;
  if (posts.length === 0 && !data.profile) return null;
  return data.profile ? { posts, profile: instagramProfile(data.profile) } : { posts };
}

/** Null when the body holds nothing this platform's reader understands. Never throws. */
export function readingFromPageData(
  platform: Platform,
  url: string,
  body: unknown,
  now: number,
): PageData | null {
  try {
    if (platform === 'instagram') return fromInstagram(url, body);
    const r = tiktokPostsFromApi(body, now);
    if (!r) return null;
    return r.profile ? { posts: r.posts, profile: r.profile } : { posts: r.posts };
  } catch {
    return null;
  }
}
