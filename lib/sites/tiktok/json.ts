/**
 * TikTok's embedded page data, best source on the page. Three layouts, newest first:
 *  - `script#__UNIVERSAL_DATA_FOR_REHYDRATION__` → `__DEFAULT_SCOPE__`
 *      ["webapp.user-detail"].userInfo {user, stats, statsV2, itemList}
 *      ["webapp.video-detail"].itemInfo.itemStruct (with author, authorStats(V2)), or on
 *      mobile share pages ["webapp.reflow.video.detail"].itemInfo.itemStruct
 *  - `script#SIGI_STATE` (2021–2023) → UserModule.users/stats[handle], ItemModule[id],
 *      ItemList["user-post"].list
 *  - `script#__NEXT_DATA__` (≤2021) → props.pageProps.userInfo {user, stats}, .items,
 *      .itemInfo.itemStruct
 * Only these script ids are parsed (JSON.parse of ~0.5 MB, once). After an
 * in-app navigation the script still holds the FIRST page's data, so every
 * profile/item is checked against the URL's handle and video id.
 */
import type { PostReading } from '@/lib/schema/reading';
import { parseJsonCached } from '@/lib/sites/shared/parse-json-cached';
import { countFromStats } from './count';
import { emptyProfileFacts, type TiktokProfileFacts } from './facts';
import { tiktokItemToPost } from './item';
import { normalizeTiktokHandle, type TiktokPageKind } from './page-kind';

export type TiktokJsonFindings = {
  /** The creator of this page (profile owner or video author), when the data is theirs. */
  profile: TiktokProfileFacts | null;
  /** Items of the profile owner found in the data (often empty on new layouts). */
  posts: PostReading[];
  /** On a video/photo page: that item. */
  post: PostReading | null;
  /** Which layout it came from, for the inspector. */
  layout: 'universal' | 'sigi' | 'next' | null;
  notices: string[];
};

type Obj = Record<string, unknown>;

function obj(v: unknown): Obj | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : null;
}

function str(v: unknown, max = 10_000): string | null {
  return typeof v === 'string' ? v.slice(0, max) : null;
}

function bool(v: unknown): boolean | null {
  return typeof v === 'boolean' ? v : null;
}

function at(root: unknown, ...path: string[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    const o = obj(cur);
    if (o === null) return undefined;
    cur = o[key];
  }
  return cur;
}

function parseScript(root: Document, id: string): unknown {
  const el = root.getElementById(id);
  if (el === null || el.tagName.toLowerCase() !== 'script') return undefined;
  const text = el.textContent;
  if (!text) return undefined;
  // Present but corrupt: null, reported by the caller.
  return parseJsonCached(text) ?? null;
}

/** A link shown in the bio; TikTok gives "twitch.tv/x" without a scheme. */
function externalUrlOf(user: Obj): string | null {
  const link = str(at(user, 'bioLink', 'link'), 2_000)?.trim();
  return link ? link : null;
}

/**
 * `user` + `stats` + `statsV2` as TikTok nests them in userInfo (also the
 * `/api/user/detail/` body). `heartCount` is preferred to `heart`, which old
 * payloads overflowed (int32) into negative numbers for big accounts.
 */
export function profileFromUserInfo(
  user: unknown,
  stats: unknown,
  statsV2: unknown,
  source: 'json' | 'api',
): TiktokProfileFacts | null {
  const u = obj(user);
  if (u === null) return null;
  const handle = normalizeTiktokHandle(str(u.uniqueId));
  if (handle === null) return null;
  const s = obj(stats) ?? {};
  const s2 = obj(statsV2) ?? {};
  const facts = emptyProfileFacts(handle);
  facts.displayName = str(u.nickname, 300);
  facts.verified = bool(u.verified);
  const priv = bool(u.privateAccount);
  const secret = bool(u.secret);
  facts.private = priv === true || secret === true ? true : priv === false ? false : null;
  facts.bio = str(u.signature);
  facts.externalUrl = externalUrlOf(u);
  facts.followers = countFromStats(s2.followerCount, s.followerCount, source);
  facts.following = countFromStats(s2.followingCount, s.followingCount, source);
  facts.likesTotal =
    countFromStats(s2.heartCount, s.heartCount, source) ?? countFromStats(s2.heart, s.heart, source);
  facts.videoCount = countFromStats(s2.videoCount, s.videoCount, source);
  return facts;
}

function itemsToPosts(items: unknown[], handle: string, now: number): PostReading[] {
  const posts: PostReading[] = [];
  for (const raw of items) {
    const post = tiktokItemToPost(raw, { source: 'json', now, fallbackAuthor: handle });
    // Only the creator's own items: reposts/recommendations of others are not their posts.
    if (post !== null && post.author === handle) posts.push(post);
    if (posts.length >= 500) break;
  }
  return posts;
}

function empty(layout: TiktokJsonFindings['layout'], notices: string[] = []): TiktokJsonFindings {
  return { profile: null, posts: [], post: null, layout, notices };
}

/** The data is for the page we are on (not left over from the first page of the visit). */
function forThisPage(found: TiktokJsonFindings, page: TiktokPageKind): TiktokJsonFindings {
  const notices = [...found.notices];
  let { profile, post, posts } = found;
  if (profile !== null && profile.handle !== page.handle) {
    notices.push(`Embedded page data is for @${profile.handle}, not this page: ignored.`);
    profile = null;
    posts = [];
  }
  if (post !== null && post.id !== page.postId) {
    notices.push('Embedded post data is for another post: ignored.');
    post = null;
  }
  if (post !== null && post.author !== null && post.author !== page.handle) {
    notices.push(`Embedded post is by @${post.author}, not @${page.handle}: ignored.`);
    post = null;
    profile = null;
  }
  return { ...found, profile, post, posts, notices };
}

function fromUniversal(data: unknown, page: TiktokPageKind, now: number): TiktokJsonFindings {
  const scope = at(data, '__DEFAULT_SCOPE__');
  const userInfo = at(scope, 'webapp.user-detail', 'userInfo');
  // Mobile share ("reflow") pages keep the post under webapp.reflow.video.detail. Their
  // webapp.reflow.global.shareUser is whoever shared the link, never the creator: not read.
  const itemStruct =
    at(scope, 'webapp.video-detail', 'itemInfo', 'itemStruct') ??
    at(scope, 'webapp.reflow.video.detail', 'itemInfo', 'itemStruct');
  const out = empty('universal');
  if (page.kind === 'profile' && obj(userInfo) !== null) {
    out.profile = profileFromUserInfo(
      at(userInfo, 'user'),
      at(userInfo, 'stats'),
      at(userInfo, 'statsV2'),
      'json',
    );
    const items = at(userInfo, 'itemList');
    if (out.profile?.handle && Array.isArray(items)) out.posts = itemsToPosts(items, out.profile.handle, now);
  }
  if ((page.kind === 'video' || page.kind === 'post') && obj(itemStruct) !== null) {
    out.post = tiktokItemToPost(itemStruct, { source: 'json', now });
    out.profile = profileFromUserInfo(
      at(itemStruct, 'author'),
      at(itemStruct, 'authorStats'),
      at(itemStruct, 'authorStatsV2'),
      'json',
    );
  }
  return out;
}

function fromSigi(data: unknown, page: TiktokPageKind, now: number): TiktokJsonFindings {
  const users = obj(at(data, 'UserModule', 'users')) ?? {};
  const userStats = obj(at(data, 'UserModule', 'stats')) ?? {};
  const itemModule = obj(at(data, 'ItemModule')) ?? {};
  const out = empty('sigi');
  const profileOf = (handle: string | null): TiktokProfileFacts | null => {
    if (handle === null) return null;
    // Keys are the handle as typed on the site; compare lower-cased.
    const key = Object.keys(users).find((k) => k.toLowerCase() === handle);
    if (key === undefined) return null;
    return profileFromUserInfo(users[key], userStats[key] ?? at(users[key], 'stats'), undefined, 'json');
  };
  if (page.kind === 'profile') {
    out.profile = profileOf(page.handle);
    if (out.profile?.handle) {
      const list = at(data, 'ItemList', 'user-post', 'list');
      const ids = Array.isArray(list) ? list : Object.keys(itemModule);
      out.posts = itemsToPosts(
        ids.map((id) => (typeof id === 'string' ? itemModule[id] : undefined)),
        out.profile.handle,
        now,
      );
    }
  } else if (page.postId !== null && obj(itemModule[page.postId]) !== null) {
    const item = itemModule[page.postId];
    out.post = tiktokItemToPost(item, { source: 'json', now });
    out.profile = profileOf(out.post?.author ?? null);
  }
  return out;
}

function fromNext(data: unknown, page: TiktokPageKind, now: number): TiktokJsonFindings {
  const props = at(data, 'props', 'pageProps');
  const out = empty('next');
  const userInfo = at(props, 'userInfo');
  if (page.kind === 'profile' && obj(userInfo) !== null) {
    out.profile = profileFromUserInfo(
      at(userInfo, 'user'),
      at(userInfo, 'stats'),
      at(userInfo, 'statsV2'),
      'json',
    );
    const items = at(props, 'items');
    if (out.profile?.handle && Array.isArray(items)) out.posts = itemsToPosts(items, out.profile.handle, now);
  }
  const itemStruct = at(props, 'itemInfo', 'itemStruct');
  if ((page.kind === 'video' || page.kind === 'post') && obj(itemStruct) !== null) {
    out.post = tiktokItemToPost(itemStruct, { source: 'json', now });
    out.profile = profileFromUserInfo(
      at(itemStruct, 'author'),
      at(itemStruct, 'authorStats'),
      undefined,
      'json',
    );
  }
  return out;
}

const LAYOUTS = [
  { id: '__UNIVERSAL_DATA_FOR_REHYDRATION__', read: fromUniversal },
  { id: 'SIGI_STATE', read: fromSigi },
  { id: '__NEXT_DATA__', read: fromNext },
] as const;

/** Read the first layout on the page that has data for this page. */
export function readTiktokJson(root: Document, page: TiktokPageKind, now: number): TiktokJsonFindings {
  const notices: string[] = [];
  if (page.handle === null) return empty(null);
  for (const layout of LAYOUTS) {
    const data = parseScript(root, layout.id);
    if (data === undefined) continue;
    if (data === null) {
      notices.push(`Embedded page data (${layout.id}) could not be parsed: ignored.`);
      continue;
    }
    const found = forThisPage(layout.read(data, page, now), page);
    if (found.profile !== null || found.post !== null || found.posts.length > 0) {
      return { ...found, notices: [...notices, ...found.notices] };
    }
    notices.push(...found.notices);
  }
  return empty(null, notices);
}
