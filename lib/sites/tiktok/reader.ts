/**
 * TikTok site reader: one Reading for a profile or video page, from the best
 * sources on the page — embedded JSON (exact statsV2 when there), then what the
 * DOM shows, then the meta description. Per field the exact figure wins; when a
 * source disagrees beyond rounding with what the user sees, the DOM is kept and
 * the disagreement recorded. Never throws: a page it cannot read gives nulls
 * and a notice, never a guessed number.
 */
import type { Count, Disagreement, PostReading, Reading } from '@/lib/schema/reading';
import { pageLang } from '@/lib/sites/shared/page-text';
import { pickCount } from '@/lib/sites/shared/pick-count';
import { completeReading } from '@/lib/sites/shared/reading-defaults';
import { readTiktokProfileDom, readTiktokVideoDom } from './dom';
import { COUNT_FIELDS, type TiktokProfileFacts } from './facts';
import { timeFromVideoId } from './item';
import { readTiktokJson } from './json';
import { readTiktokLdJson, type TiktokLdProfile } from './ld-json';
import { readTiktokProfileMeta, readTiktokVideoMeta } from './meta';
import { type TiktokPageKind, tiktokPageKind } from './page-kind';
import { TIKTOK } from './selectors';

export { tiktokPageKind } from './page-kind';

const SHELL_TITLE = /make your day/i;

export const TIKTOK_NOTICES = {
  /** The creator's header is there, but none of the count anchors (selectors.ts) nor any data: a markup change. */
  siteChanged:
    'TikTok changed its page: the creator is here, but none of the follower, following or like counts Microlens reads could be found. Figures stay unknown until Microlens is updated; nothing is wrong with this creator.',
} as const;

class Collector {
  readonly sources: Record<string, { source: Count['source']; exact: boolean }> = {};
  readonly disagreements: Disagreement[] = [];
  readonly notices: string[] = [];

  pick(field: string, candidates: ReadonlyArray<Count | null>): Count | null {
    const picked = pickCount(field, candidates);
    if (picked.source !== null && Object.keys(this.sources).length < 200) this.sources[field] = picked.source;
    for (const d of picked.disagreements) if (this.disagreements.length < 50) this.disagreements.push(d);
    return picked.count;
  }

  note(text: string): void {
    if (this.notices.length < 20 && !this.notices.includes(text)) this.notices.push(text.slice(0, 300));
  }
}

function baseReading(url: string, now: number, page: TiktokPageKind | null): Reading {
  return {
    platform: 'tiktok',
    pageKind: page?.kind ?? 'other',
    url: url.slice(0, 2_000),
    readAt: Number.isFinite(now) ? Math.trunc(now) : 0,
    handle: page?.handle ?? null,
    displayName: null,
    verified: null,
    private: null,
    bio: null,
    externalUrl: null,
    followers: null,
    following: null,
    posts: null,
    likesTotal: null,
    videoCount: null,
    recentPosts: [],
    post: null,
    sources: {},
    disagreements: [],
    notices: [],
  };
}

function firstOf<T>(...values: (T | null | undefined)[]): T | null {
  for (const v of values) if (v !== null && v !== undefined) return v;
  return null;
}

/** Profile figures from all sources into the reading. */
function mergeProfile(
  reading: Reading,
  c: Collector,
  sources: {
    json: TiktokProfileFacts | null;
    ld?: TiktokLdProfile | null;
    dom: TiktokProfileFacts | null;
    meta: Partial<TiktokProfileFacts> | null;
  },
): void {
  const { json, ld, dom, meta } = sources;
  reading.displayName = firstOf(json?.displayName, dom?.displayName, ld?.displayName, meta?.displayName);
  reading.verified = firstOf(json?.verified, dom?.verified);
  reading.private = json?.private ?? null;
  reading.bio = firstOf(json?.bio, dom?.bio);
  reading.externalUrl = firstOf(json?.externalUrl, dom?.externalUrl);
  for (const field of COUNT_FIELDS) {
    const fromLd = field === 'following' ? null : (ld?.[field] ?? null);
    reading[field] = c.pick(field, [
      json?.[field] ?? null,
      fromLd,
      dom?.[field] ?? null,
      meta?.[field] ?? null,
    ]);
  }
}

/** Grid cells (DOM order, what the user sees) joined with the JSON items of the same id. */
function mergePosts(c: Collector, domPosts: PostReading[], jsonPosts: PostReading[]): PostReading[] {
  const byId = new Map(jsonPosts.map((p) => [p.id, p]));
  const merged: PostReading[] = [];
  for (const d of domPosts) {
    const j = byId.get(d.id);
    byId.delete(d.id);
    if (j === undefined) {
      merged.push(d);
      continue;
    }
    const views = c.pick(`posts.${d.id}.views`, [j.views, d.views]);
    merged.push({ ...j, views, pinned: firstOf(j.pinned, d.pinned), isVideo: firstOf(j.isVideo, d.isVideo) });
  }
  merged.push(...byId.values());
  return merged.slice(0, 500);
}

function readProfile(
  root: Document,
  page: TiktokPageKind,
  now: number,
  reading: Reading,
  c: Collector,
): void {
  const handle = page.handle!;
  const lang = pageLang(root);
  const json = readTiktokJson(root, page, now);
  for (const n of json.notices) c.note(n);
  const dom = readTiktokProfileDom(root, lang, handle);
  if (dom.otherHandle !== null) {
    c.note(`The page header shows @${dom.otherHandle}, not @${handle}: its figures were not read.`);
  }
  const ld = dom.otherHandle === null ? readTiktokLdJson(root, handle) : null;
  const meta = readTiktokProfileMeta(root, lang);
  const metaForPage = meta !== null && meta.handle === handle ? meta : null;
  const domFacts = dom.profile.handle === handle ? dom.profile : null;
  mergeProfile(reading, c, { json: json.profile, ld, dom: domFacts, meta: metaForPage });
  const counted = [reading.followers, reading.following, reading.likesTotal, reading.videoCount];
  const anyCountAnchor =
    root.querySelector(`${TIKTOK.followers}, ${TIKTOK.following}, ${TIKTOK.likes}`) !== null;
  if (domFacts !== null && !anyCountAnchor && counted.every((x) => x === null) && dom.posts.length === 0) {
    c.notices.unshift(TIKTOK_NOTICES.siteChanged);
  }
  // A grid gives no dates: date each post from its id so "newest first" is real.
  reading.recentPosts = mergePosts(c, dom.posts, json.posts).map((p) =>
    p.takenAt === null ? { ...p, takenAt: timeFromVideoId(p.id, now) } : p,
  );
}

const HASHTAG_IN_TEXT = /#([\p{L}\p{N}_]{1,100})/gu;
const MENTION_IN_TEXT = /@([a-zA-Z0-9._]{2,64})/g;

function readVideo(root: Document, page: TiktokPageKind, now: number, reading: Reading, c: Collector): void {
  const handle = page.handle!;
  const postId = page.postId!;
  const lang = pageLang(root);
  const json = readTiktokJson(root, page, now);
  for (const n of json.notices) c.note(n);
  const domRaw = readTiktokVideoDom(root, lang, postId);
  // The DOM's author must be this page's; a mismatch means we found someone else's video.
  const dom = domRaw !== null && (domRaw.author === null || domRaw.author === handle) ? domRaw : null;
  const metaRaw = readTiktokVideoMeta(root, lang);
  const ogUrl = root.querySelector(TIKTOK.ogUrl)?.getAttribute('content') ?? null;
  const metaIsThisVideo = ogUrl === null || ogUrl.includes(postId);
  const meta = metaRaw !== null && metaRaw.author === handle && metaIsThisVideo ? metaRaw : null;

  mergeProfile(reading, c, { json: json.profile, dom: null, meta: null });
  const j = json.post;
  if (j === null && dom === null && meta === null) return;
  const caption = firstOf(j?.caption, dom?.caption);
  const fromText = (re: RegExp) =>
    caption === null ? [] : [...caption.matchAll(re)].map((m) => m[1]!.toLowerCase());
  reading.post = {
    id: postId,
    url: j?.url ?? `https://www.tiktok.com/@${handle}/${page.kind === 'post' ? 'photo' : 'video'}/${postId}`,
    author: handle,
    pinned: j?.pinned ?? null,
    isVideo: j?.isVideo ?? (page.kind === 'video' ? true : null),
    views: c.pick('post.views', [j?.views ?? null]),
    likes: c.pick('post.likes', [j?.likes ?? null, dom?.likes ?? null, meta?.likes ?? null]),
    comments: c.pick('post.comments', [j?.comments ?? null, dom?.comments ?? null, meta?.comments ?? null]),
    shares: c.pick('post.shares', [j?.shares ?? null, dom?.shares ?? null]),
    saves: c.pick('post.saves', [j?.saves ?? null, dom?.saves ?? null]),
    likesHidden: false,
    caption,
    hashtags: j !== null ? j.hashtags : [...new Set(fromText(HASHTAG_IN_TEXT))].slice(0, 200),
    mentions: j !== null ? j.mentions : [...new Set(fromText(MENTION_IN_TEXT))].slice(0, 200),
    takenAt: j?.takenAt ?? timeFromVideoId(page.postId ?? '', now),
    // Either the data's flag or the "Paid partnership" chip the page shows.
    paidPartnership: j?.paidPartnership === true || dom?.paidPartnership === true ? true : null,
  };
}

function hasAnyFigure(r: Reading): boolean {
  return (
    r.followers !== null ||
    r.following !== null ||
    r.likesTotal !== null ||
    r.videoCount !== null ||
    r.recentPosts.length > 0 ||
    r.post !== null
  );
}

function build(root: Document, url: string, now: number, page: TiktokPageKind | null): Reading {
  const reading = baseReading(url, now, page);
  const c = new Collector();
  if (page === null || page.handle === null || page.kind === 'other') {
    c.note('Not a TikTok creator page: nothing to read.');
  } else if (page.kind === 'profile') {
    readProfile(root, page, now, reading, c);
  } else {
    readVideo(root, page, now, reading, c);
  }
  if (
    page !== null &&
    page.kind !== 'other' &&
    !hasAnyFigure(reading) &&
    c.notices[0] !== TIKTOK_NOTICES.siteChanged
  ) {
    const title = root.title ?? '';
    c.note(
      SHELL_TITLE.test(title)
        ? 'TikTok showed its empty "Make Your Day" shell (logged out or blocked): no figures on this page.'
        : 'No counts found on this page.',
    );
  }
  reading.sources = c.sources;
  reading.disagreements = c.disagreements;
  reading.notices = c.notices;
  return reading;
}

/**
 * The reading of a TikTok page, without zod (it runs in the content script: see
 * reading-defaults.ts); read-page.ts's readTiktokPage adds the schema check.
 * Never throws.
 */
export function extractTiktokPage(root: Document, url: string, now: number): Reading {
  let page: TiktokPageKind | null = null;
  try {
    page = tiktokPageKind(url);
    return completeReading(build(root, url, now, page));
  } catch (e) {
    return unknownTiktokReading(url, now, page, e);
  }
}

/** Nothing read, with the reason: used when reading failed. */
export function unknownTiktokReading(
  url: string,
  now: number,
  page: TiktokPageKind | null,
  e: unknown,
): Reading {
  const reading = baseReading(typeof url === 'string' ? url : '', now, page);
  const why = e instanceof Error ? e.message : String(e);
  reading.notices = [`This page could not be read (${why.slice(0, 200)}).`];
  return reading;
}
