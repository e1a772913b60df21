/**
 * What the rendered TikTok page shows, through the entries of selectors.ts.
 *
 * Whose header it is: the page belongs to the URL's creator when independent
 * anchors agree — either header heading (the handle moved from the h1 to the h2
 * in 2026), the canonical link, og:url, the avatar's alt — and none of them names
 * someone else. No single element's position decides it.
 */
import type { Count, PostReading } from '@/lib/schema/reading';
import { labelIn } from '@/lib/sites/shared/labels';
import { visibleText } from '@/lib/sites/shared/page-text';
import { countFromShown, type Lang } from '@/lib/sites/shared/shown-count';
import { emptyProfileFacts, type TiktokProfileFacts } from './facts';
import { normalizeTiktokHandle } from './page-kind';
import { playerOf, TIKTOK, TIKTOK_LABELS } from './selectors';

function one(root: ParentNode, selector: string): Element | null {
  return root.querySelector(selector);
}

function textOf(root: ParentNode, selector: string): string | null {
  return visibleText(one(root, selector));
}

/** Handle from "/@user…" or "https://www.tiktok.com/@user/…". */
export function handleFromHref(href: string | null | undefined): string | null {
  const m = typeof href === 'string' ? /(?:^|\/)@([^/?#]+)/.exec(href) : null;
  return m ? normalizeTiktokHandle(m[1]) : null;
}

/** The handle a heading shows, when it shows one: "@illojuan" or "illojuan", not "IlloJuan ✓ Creator". */
function handleInHeading(text: string | null): string | null {
  if (text === null || /\s/.test(text)) return null;
  return normalizeTiktokHandle(text);
}

export type TiktokIdentity = {
  /** Anchors that name this page's creator. */
  agreeing: string[];
  /** A handle another anchor names instead (the page is mid-navigation, or not theirs). */
  other: string | null;
};

/**
 * Which anchors on the page name `handle`, and whether one names someone else.
 * Headings first (what the user sees): one of them showing this handle settles
 * it; a handle-shaped heading naming another creator means the page still shows
 * the previous profile. Without headings, the canonical link and og:url decide.
 * A display name ("IlloJuan") that happens to be handle-shaped is compared too,
 * but a heading with spaces ("Chef Nova") proves nothing either way.
 */
export function tiktokIdentity(root: Document, handle: string): TiktokIdentity {
  const texts = [textOf(root, TIKTOK.subtitle), textOf(root, TIKTOK.title)];
  const shown = texts.map(handleInHeading);
  if (shown.includes(handle)) {
    const agreeing = ['heading'];
    if (handleInHeading(one(root, TIKTOK.avatar)?.getAttribute('alt') ?? null) === handle)
      agreeing.push('avatar');
    if (handleFromHref(one(root, TIKTOK.canonical)?.getAttribute('href')) === handle)
      agreeing.push('canonical');
    return { agreeing, other: null };
  }
  const atHandle = texts.findIndex((t) => t?.startsWith('@') && handleInHeading(t) !== null);
  const otherHeading = atHandle >= 0 ? shown[atHandle]! : (shown.find((h) => h !== null) ?? null);
  if (otherHeading !== null) return { agreeing: [], other: otherHeading };
  const agreeing: string[] = [];
  let other: string | null = null;
  const pages = [
    ['canonical', handleFromHref(one(root, TIKTOK.canonical)?.getAttribute('href'))],
    ['og:url', handleFromHref(one(root, TIKTOK.ogUrl)?.getAttribute('content'))],
  ] as const;
  for (const [name, found] of pages) {
    if (found === handle) agreeing.push(name);
    else if (found !== null) other ??= found;
  }
  return other !== null ? { agreeing: [], other } : { agreeing, other: null };
}

export type TiktokDomProfile = {
  /** A handle the header names instead of this page's (mid-navigation), or null. */
  otherHandle: string | null;
  /** Anchors that agreed on the creator. */
  identity: string[];
  profile: TiktokProfileFacts;
  posts: PostReading[];
};

function gridPost(cell: Element, lang: Lang | null, owner: string): PostReading | null {
  const link = one(cell, 'a[href*="/video/"], a[href*="/photo/"]');
  const href = link?.getAttribute('href') ?? null;
  const m = href === null ? null : /\/(video|photo)\/(\d{5,25})(?:[/?#]|$)/.exec(href);
  if (m === null) return null;
  const author = handleFromHref(href) ?? owner;
  // The Videos tab lists the owner's posts; another author's cell (reposts tab) is not theirs.
  if (author !== owner) return null;
  const badge = textOf(cell, TIKTOK.gridBadge);
  return {
    id: m[2]!,
    url: `https://www.tiktok.com/@${owner}/${m[1]}/${m[2]}`,
    author: owner,
    pinned:
      badge !== null && labelIn(badge, { pinned: TIKTOK_LABELS.pinned }, lang) === 'pinned' ? true : null,
    isVideo: m[1] === 'video',
    views: countFromShown(textOf(cell, TIKTOK.gridViews), lang, 'dom'),
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

/** The display name: whichever heading is not the handle. */
function displayNameOf(root: Document, handle: string): string | null {
  const title = textOf(root, TIKTOK.title);
  const subtitle = textOf(root, TIKTOK.subtitle);
  const name =
    handleInHeading(title) === handle ? subtitle : handleInHeading(subtitle) === handle ? title : null;
  return name?.slice(0, 300) ?? null;
}

/**
 * The profile header and grid, when the anchors say they are this creator's.
 * When one names someone else (the page is mid-navigation) nothing is read.
 */
export function readTiktokProfileDom(root: Document, lang: Lang | null, handle: string): TiktokDomProfile {
  const profile = emptyProfileFacts(null);
  const id = tiktokIdentity(root, handle);
  if (id.other !== null || id.agreeing.length === 0) {
    return { otherHandle: id.other, identity: id.agreeing, profile, posts: [] };
  }
  profile.handle = handle;
  profile.displayName = displayNameOf(root, handle);
  const heading = one(root, TIKTOK.title)?.parentElement ?? null;
  if (heading !== null && one(heading, TIKTOK.verified) !== null) profile.verified = true;
  profile.bio = textOf(root, TIKTOK.bio)?.slice(0, 10_000) ?? null;
  profile.externalUrl = textOf(root, TIKTOK.link)?.slice(0, 2_000) ?? null;
  profile.followers = countFromShown(textOf(root, TIKTOK.followers), lang, 'dom');
  profile.following = countFromShown(textOf(root, TIKTOK.following), lang, 'dom');
  profile.likesTotal = countFromShown(textOf(root, TIKTOK.likes), lang, 'dom');
  const posts: PostReading[] = [];
  const seen = new Set<string>();
  for (const cell of root.querySelectorAll(TIKTOK.gridItem)) {
    const post = gridPost(cell, lang, handle);
    if (post === null || seen.has(post.id)) continue;
    seen.add(post.id);
    posts.push(post);
    if (posts.length >= 500) break;
  }
  return { otherHandle: null, identity: id.agreeing, profile, posts };
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
  const player = root.querySelector(playerOf(postId));
  const container = player?.closest(TIKTOK.videoContainer) ?? null;
  if (container !== null) return container;
  if (root.querySelector(TIKTOK.videoContainer) !== null) return null;
  return root.querySelectorAll(TIKTOK.videoLikes).length === 1 ? root : null;
}

export function readTiktokVideoDom(root: Document, lang: Lang | null, postId: string): TiktokDomVideo | null {
  const scope = videoScope(root, postId);
  if (scope === null) return null;
  const authorHref = one(scope, TIKTOK.authorLink)?.getAttribute('href') ?? null;
  const paid = one(scope, TIKTOK.paidTag);
  return {
    likes: countFromShown(textOf(scope, TIKTOK.videoLikes), lang, 'dom'),
    comments: countFromShown(textOf(scope, TIKTOK.videoComments), lang, 'dom'),
    shares: countFromShown(textOf(scope, TIKTOK.videoShares), lang, 'dom'),
    saves: countFromShown(textOf(scope, TIKTOK.videoSaves), lang, 'dom'),
    caption: textOf(scope, TIKTOK.videoCaption)?.slice(0, 10_000) ?? null,
    author: handleFromHref(authorHref) ?? normalizeTiktokHandle(textOf(scope, TIKTOK.authorText)),
    // The chip exists only when TikTok labels the video; its absence proves nothing.
    paidPartnership: paid !== null && visibleText(paid) !== null ? true : null,
  };
}
