/**
 * Instagram's own JSON, as the web app loads it (responses the page fetched,
 * source 'api') or embeds it (script blocks, source 'json'): a profile's user
 * object and its posts. Shapes understood:
 * - web_profile_info / GraphQL profile: `data.user` (+ `edge_owner_to_timeline_media.edges[].node`)
 * - legacy `?__a=1` and `_sharedData`: `graphql.user`
 * - REST user info: `user` with `follower_count`
 * - clips (reels tab): `items[].media`; feed and post info: `items[]` (media directly)
 * - xdt GraphQL: `data.xdt_api__v1__feed__user_timeline_graphql_connection.edges[].node`,
 *   `data.xdt_api__v1__clips__user__connection_v2.edges[].node.media`,
 *   `data.xdt_api__v1__media__shortcode__web_info.items[]`
 * Anything malformed is ignored, never thrown.
 */
import type { Count, PostReading, PostReadingInput, Source } from '@/lib/schema/reading';
import { isRecord } from '@/lib/sites/shared/lenient';
import { completePost } from '@/lib/sites/shared/reading-defaults';
import { type Media, readConnection, readGraphNode, readItems, readMedia, readUser } from './api-schema';
import { hashtagsIn, mentionsIn } from './caption';
import { exactCount } from './count';
import { INSTAGRAM_HANDLE } from './page-kind';

const SHORTCODE = /^[A-Za-z0-9_-]{5,64}$/;
const MAX_POSTS = 200;

/** Profile fields read from one user object. Undefined: not in that object. */
export type ProfilePart = {
  handle: string | null;
  userId: string | null;
  displayName?: string | null;
  verified?: boolean;
  private?: boolean;
  bio?: string | null;
  externalUrl?: string | null;
  followers: Count | null;
  following: Count | null;
  posts: Count | null;
  /** The creator hides like and view counts on all posts. */
  likesHidden?: boolean;
};

export type InstagramData = { profile: ProfilePart | null; posts: PostReading[] };

function handleOrNull(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const h = v.toLowerCase();
  return INSTAGRAM_HANDLE.test(h) ? h : null;
}

function postUrl(code: string, reel: boolean): string {
  return `https://www.instagram.com/${reel ? 'reel' : 'p'}/${code}/`;
}

/** Null when absent; true when the list of users who pinned it is non-empty (only its author can pin). */
function pinnedFrom(...lists: Array<unknown[] | null | undefined>): boolean | null {
  const present = lists.filter((l): l is unknown[] => Array.isArray(l));
  if (present.length === 0) return null;
  return present.some((l) => l.length > 0);
}

function finish(post: PostReadingInput): PostReading {
  return completePost(post);
}

function trimText(text: string | undefined | null): string | null {
  if (typeof text !== 'string') return null;
  const t = text.trim();
  return t.length === 0 ? null : t.slice(0, 10_000);
}

function secondsToMs(s: number | undefined): number | null {
  return typeof s === 'number' && Number.isFinite(s) && s > 0 ? Math.round(s * 1000) : null;
}

/** A GraphQL timeline node → PostReading; null when it has no usable shortcode. */
export function postFromGraphNode(raw: unknown, source: Source): PostReading | null {
  const n = readGraphNode(raw);
  if (!n?.shortcode || !SHORTCODE.test(n.shortcode)) return null;
  const hidden = n.like_and_view_counts_disabled === true;
  const caption = trimText(n.edge_media_to_caption?.edges?.[0]?.node?.text);
  const reel = n.product_type === 'clips';
  const sponsors = n.edge_media_to_sponsor_user?.edges;
  return finish({
    id: n.shortcode,
    url: postUrl(n.shortcode, reel),
    author: handleOrNull(n.owner?.username),
    pinned: pinnedFrom(n.pinned_for_users),
    isVideo: n.is_video ?? null,
    views: hidden ? null : exactCount(n.video_play_count ?? n.video_view_count, source),
    likes: hidden ? null : exactCount(n.edge_liked_by?.count ?? n.edge_media_preview_like?.count, source),
    comments: exactCount(
      n.edge_media_to_comment?.count ??
        n.edge_media_to_parent_comment?.count ??
        n.edge_media_preview_comment?.count,
      source,
    ),
    likesHidden: hidden,
    caption,
    hashtags: hashtagsIn(caption),
    mentions: mentionsIn(caption),
    takenAt: secondsToMs(n.taken_at_timestamp),
    paidPartnership: n.is_paid_partnership ?? (Array.isArray(sponsors) ? sponsors.length > 0 : null),
  });
}

function mediaViews(m: Media, source: Source): Count | null {
  // Reels show plays as their view count; older responses only have view_count.
  return exactCount(m.play_count ?? m.ig_play_count ?? m.view_count, source);
}

/** A REST-style media object → PostReading; null when it has no usable code. */
export function postFromMedia(raw: unknown, source: Source): PostReading | null {
  const m = readMedia(raw);
  if (!m?.code || !SHORTCODE.test(m.code)) return null;
  const hidden = m.like_and_view_counts_disabled === true;
  const caption = trimText(m.caption?.text);
  const reel = m.product_type === 'clips';
  return finish({
    id: m.code,
    url: postUrl(m.code, reel),
    author: handleOrNull(m.user?.username ?? m.owner?.username),
    pinned: pinnedFrom(m.timeline_pinned_user_ids, m.clips_tab_pinned_user_ids),
    // media_type 2 is video; 1 photo, 8 carousel.
    isVideo: typeof m.media_type === 'number' ? m.media_type === 2 : reel ? true : null,
    views: hidden ? null : mediaViews(m, source),
    likes: hidden ? null : exactCount(m.like_count, source),
    comments: exactCount(m.comment_count, source),
    likesHidden: hidden,
    caption,
    hashtags: hashtagsIn(caption),
    mentions: mentionsIn(caption),
    takenAt: secondsToMs(m.taken_at),
    paidPartnership: m.is_paid_partnership ?? null,
  });
}

function idString(v: unknown): string | null {
  if (typeof v === 'string' && /^\d{1,30}$/.test(v)) return v;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  return null;
}

/** A user object → profile fields; null when it has no valid username or no counts at all. */
export function profileFromUser(raw: unknown, source: Source): ProfilePart | null {
  const u = readUser(raw);
  if (!u) return null;
  const handle = handleOrNull(u.username);
  if (!handle) return null;
  const followers = exactCount(u.edge_followed_by?.count ?? u.follower_count, source);
  const following = exactCount(u.edge_follow?.count ?? u.following_count, source);
  const posts = exactCount(u.edge_owner_to_timeline_media?.count ?? u.media_count, source);
  if (!followers && !following && !posts) return null;
  return {
    handle,
    userId: idString(u.id) ?? idString(u.pk),
    displayName: u.full_name === undefined ? undefined : trimText(u.full_name),
    verified: u.is_verified,
    private: u.is_private,
    bio: u.biography === undefined ? undefined : trimText(u.biography),
    externalUrl: u.external_url === undefined ? undefined : trimText(u.external_url),
    followers,
    following,
    posts,
    likesHidden: u.hide_like_and_view_counts,
  };
}

function edgeNodes(connection: unknown): unknown[] {
  return (readConnection(connection)?.edges ?? []).map((e) => e?.node);
}

function pushPost(out: Map<string, PostReading>, post: PostReading | null): void {
  if (!post || out.size >= MAX_POSTS) return;
  const prev = out.get(post.id);
  // The same post can appear twice (timeline and reels): keep the one with more figures.
  const score = (p: PostReading) => [p.likes, p.comments, p.views].filter(Boolean).length;
  if (!prev || score(post) > score(prev)) out.set(post.id, post);
}

/** The profile grid only: IGTV (`edge_felix_video_timeline`) lists older videos, not recent posts. */
function postsOfUser(user: Record<string, unknown>, source: Source, out: Map<string, PostReading>): void {
  for (const node of edgeNodes(user.edge_owner_to_timeline_media))
    pushPost(out, postFromGraphNode(node, source));
}

function itemsMedia(list: unknown, source: Source, out: Map<string, PostReading>): void {
  for (const item of readItems(list)?.items ?? []) {
    // Clips wrap each media in { media }; feed and post info lists hold media directly.
    const media = isRecord(item) && isRecord(item.media) ? item.media : item;
    pushPost(out, postFromMedia(media, source));
  }
}

/**
 * Reads every shape listed in the file comment from one JSON value. When
 * `handle` is given, only that user's profile object is taken (pages also
 * embed the viewer's own account and suggested accounts).
 */
export function instagramFromData(body: unknown, source: Source, handle: string | null): InstagramData {
  const out = new Map<string, PostReading>();
  let profile: ProfilePart | null = null;
  if (!isRecord(body)) return { profile, posts: [] };

  const takeUser = (u: unknown) => {
    if (!isRecord(u)) return;
    const p = profileFromUser(u, source);
    if (p && (handle === null || p.handle === handle) && !profile) profile = p;
    if (!p || handle === null || p.handle === handle) postsOfUser(u, source, out);
  };

  const data = isRecord(body.data) ? body.data : null;
  const graphql = isRecord(body.graphql) ? body.graphql : null;
  takeUser(data?.user);
  takeUser(graphql?.user);
  takeUser(body.user);

  itemsMedia(body, source, out);
  if (data) {
    for (const node of edgeNodes(data.xdt_api__v1__feed__user_timeline_graphql_connection)) {
      pushPost(out, postFromMedia(node, source));
    }
    for (const node of edgeNodes(data.xdt_api__v1__clips__user__connection_v2)) {
      pushPost(out, postFromMedia(isRecord(node) && isRecord(node.media) ? node.media : node, source));
    }
    itemsMedia(data.xdt_api__v1__media__shortcode__web_info, source, out);
  }
  return { profile, posts: [...out.values()] };
}
