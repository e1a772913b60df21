/**
 * What the rendered TikTok page shows. Only `data-e2e` hooks (TikTok's own test
 * ids, stable for years), ids, hrefs and attributes are used — never the
 * generated `css-…` class names, which change every release.
 */
import type { Count, PostReading } from '../../schema/reading';
import { type CountLocale, countFromText } from './count';
import { emptyProfileFacts, type TiktokProfileFacts } from './facts';
import { normalizeTiktokHandle } from './page-kind';

/** Profile header and grid. */
const PROFILE = {
  /** The handle as shown in the header (h1 since 2024, h2 before); confirms the DOM is this creator's. */
  title: '[data-e2e="user-title"]',
  /** The display name (nickname) under/next to the handle. */
  subtitle: '[data-e2e="user-subtitle"]',
  /** `<strong>` with the shown follower count ("783.4K"). */
  followers: '[data-e2e="followers-count"]',
  /** `<strong>` with the shown following count. */
  following: '[data-e2e="following-count"]',
  /** `<strong>` with the shown total likes ("3.9M"). */
  likes: '[data-e2e="likes-count"]',
  /** The bio text. */
  bio: '[data-e2e="user-bio"]',
  /** The bio link; its text is the target as the user sees it ("twitch.tv/illojuan"). */
  link: '[data-e2e="user-link"]',
  /** One cell of the video grid. */
  gridItem: '[data-e2e="user-post-item"]',
  /** Inside a cell: the link to the post; its href carries the id. */
  gridLink: 'a[href*="/video/"], a[href*="/photo/"]',
  /** Inside a cell: the play count shown on the thumbnail. */
  gridViews: '[data-e2e="video-views"]',
  /** Inside a cell: a badge ("Pinned" / "Disematkan"). */
  gridBadge: '[data-e2e="video-card-badge"]',
} as const;

/**
 * The verified tick next to the handle. Older layouts gave it a test id; the
 * 2025 layout draws it as an svg whose circle uses TikTok's verified cyan —
 * a design colour, not a generated name. Looked for only beside the title.
 */
const VERIFIED_BADGE = [
  '[data-e2e="verify-badge"]',
  'svg circle[fill="#20D5EC"]',
  'svg circle[fill="#20d5ec"]',
] as const;

/** Words the pinned badge shows, per interface language. */
const PINNED_WORDS = /^(pinned|disematkan|dipin|sematkan)$/i;

/** Video page: action bar and caption of one video. */
const VIDEO = {
  /** One video of the feed on a video page (the page's own video is the one with its id). */
  container: '[data-e2e="recommend-list-item-container"]',
  /** Player wrapper whose id ends in the video id ("xgwrapper-0-757…"): finds the right container. */
  playerById: (id: string) => `[id^="xgwrapper-"][id$="-${id}"]`,
  /** Shown like count (new layout, then the older "browse" layout). */
  likes: '[data-e2e="like-count"], [data-e2e="browse-like-count"]',
  /** Shown comment count. */
  comments: '[data-e2e="comment-count"], [data-e2e="browse-comment-count"]',
  /** Shown share count. */
  shares: '[data-e2e="share-count"]',
  /** Shown favourites count — TikTok really names it "undefined-count"; "collect-count" elsewhere. */
  saves: '[data-e2e="undefined-count"], [data-e2e="collect-count"]',
  /** Caption. */
  caption: '[data-e2e="video-desc"], [data-e2e="browse-video-desc"]',
  /** The platform's "Paid partnership" chip on the video. */
  paidTag: '[data-e2e="sponsored-tag"]',
  /** Author avatar link `/@handle`. */
  authorLink: 'a[data-e2e="video-author-avatar"]',
  /** Author handle text (older layouts). */
  authorText: '[data-e2e="video-author-uniqueid"], [data-e2e="browse-username"]',
} as const;

function text(el: Element | null): string | null {
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

function one(root: ParentNode, selector: string): Element | null {
  return root.querySelector(selector);
}

/** Handle from "/@user…" or "https://www.tiktok.com/@user/…". */
export function handleFromHref(href: string | null): string | null {
  const m = href === null ? null : /(?:^|\/)@([^/?#]+)/.exec(href);
  return m ? normalizeTiktokHandle(m[1]) : null;
}

export type TiktokDomProfile = {
  /** Handle read from the header, or null when there is no header. */
  headerHandle: string | null;
  profile: TiktokProfileFacts;
  posts: PostReading[];
};

function gridPost(cell: Element, locale: CountLocale, owner: string): PostReading | null {
  const link = one(cell, PROFILE.gridLink);
  const href = link?.getAttribute('href') ?? null;
  const m = href === null ? null : /\/(video|photo)\/(\d{5,25})(?:[/?#]|$)/.exec(href);
  if (m === null) return null;
  const author = handleFromHref(href) ?? owner;
  // The Videos tab lists the owner's posts; another author's cell (reposts tab) is not theirs.
  if (author !== owner) return null;
  const badge = text(one(cell, PROFILE.gridBadge));
  const views: Count | null = countFromText(text(one(cell, PROFILE.gridViews)), locale, 'dom');
  return {
    id: m[2]!,
    url: `https://www.tiktok.com/@${owner}/${m[1]}/${m[2]}`,
    author: owner,
    pinned: badge !== null && PINNED_WORDS.test(badge) ? true : null,
    isVideo: m[1] === 'video',
    views,
    likes: null,
    comments: null,
    shares: null,
    saves: null,
    likesHidden: false,
    caption: null,
    hashtags: [],
    mentions: [],
    takenAt: null,
    paidPartnership: null,
  };
}

/**
 * The profile header and grid, if the header is this creator's. When the header
 * names someone else (the page is mid-navigation) nothing is read.
 */
export function readTiktokProfileDom(root: Document, locale: CountLocale, handle: string): TiktokDomProfile {
  const profile = emptyProfileFacts(null);
  const titleEl = one(root, PROFILE.title);
  const headerHandle = normalizeTiktokHandle(text(titleEl));
  if (headerHandle === null || headerHandle !== handle) return { headerHandle, profile, posts: [] };
  profile.handle = headerHandle;
  profile.displayName = text(one(root, PROFILE.subtitle))?.slice(0, 300) ?? null;
  const badgeScope = titleEl?.parentElement ?? null;
  if (badgeScope !== null && VERIFIED_BADGE.some((s) => one(badgeScope, s) !== null)) profile.verified = true;
  profile.bio = text(one(root, PROFILE.bio))?.slice(0, 10_000) ?? null;
  profile.externalUrl = text(one(root, PROFILE.link))?.slice(0, 2_000) ?? null;
  profile.followers = countFromText(text(one(root, PROFILE.followers)), locale, 'dom');
  profile.following = countFromText(text(one(root, PROFILE.following)), locale, 'dom');
  profile.likesTotal = countFromText(text(one(root, PROFILE.likes)), locale, 'dom');
  const posts: PostReading[] = [];
  const seen = new Set<string>();
  for (const cell of root.querySelectorAll(PROFILE.gridItem)) {
    const post = gridPost(cell, locale, handle);
    if (post === null || seen.has(post.id)) continue;
    seen.add(post.id);
    posts.push(post);
    if (posts.length >= 500) break;
  }
  return { headerHandle, profile, posts };
}

export type TiktokDomVideo = {
  likes: Count | null;
  comments: Count | null;
  shares: Count | null;
  saves: Count | null;
  caption: string | null;
  author: string | null;
  paidPartnership: boolean | null;
};

/**
 * The page's own video: the feed container holding the player for `postId`.
 * The older single-video layout has one action bar: used only when it is the
 * only one on the page, so a recommended video's counts are never taken.
 */
function videoScope(root: Document, postId: string): ParentNode | null {
  const player = root.querySelector(VIDEO.playerById(postId));
  const container = player?.closest(VIDEO.container) ?? null;
  if (container !== null) return container;
  if (root.querySelector(VIDEO.container) !== null) return null;
  return root.querySelectorAll(VIDEO.likes).length === 1 ? root : null;
}

export function readTiktokVideoDom(
  root: Document,
  locale: CountLocale,
  postId: string,
): TiktokDomVideo | null {
  const scope = videoScope(root, postId);
  if (scope === null) return null;
  const authorHref = one(scope, VIDEO.authorLink)?.getAttribute('href') ?? null;
  const paid = one(scope, VIDEO.paidTag);
  return {
    likes: countFromText(text(one(scope, VIDEO.likes)), locale, 'dom'),
    comments: countFromText(text(one(scope, VIDEO.comments)), locale, 'dom'),
    shares: countFromText(text(one(scope, VIDEO.shares)), locale, 'dom'),
    saves: countFromText(text(one(scope, VIDEO.saves)), locale, 'dom'),
    caption: text(one(scope, VIDEO.caption))?.slice(0, 10_000) ?? null,
    author: handleFromHref(authorHref) ?? normalizeTiktokHandle(text(one(scope, VIDEO.authorText))),
    // The chip exists only when TikTok labels the video; its absence proves nothing.
    paidPartnership: paid !== null && text(paid) !== null ? true : null,
  };
}
