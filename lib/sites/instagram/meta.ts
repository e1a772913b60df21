/**
 * Instagram's server-rendered meta descriptions, in English and Indonesian.
 * They are present even on logged-out pages but lag the live page and round
 * large counts ("46.3m", "298K"), so they rank last among sources.
 *
 * Profile: "3,353 Followers, 200 Following, 177 Posts - See Instagram photos and videos from NAME (@handle)"
 *          "3.353 Pengikut, 200 Mengikuti, 177 Postingan - Lihat foto dan video Instagram dari NAME (@handle)"
 *          description: "… Posts - NAME (@handle) on Instagram: "bio"" / "… di Instagram: "bio""
 * Post:    "298K likes, 553 comments - willyrex on May 29, 2021: "caption""
 *          "298 rb suka, 553 komentar - willyrex pada 29 Mei 2021: "caption""
 */
import type { Count } from '@/lib/schema/reading';
import { labelIn } from '@/lib/sites/shared/labels';
import { labelledCounts } from '@/lib/sites/shared/meta-counts';
import { metaContent } from '@/lib/sites/shared/page-text';
import type { Lang } from '@/lib/sites/shared/shown-count';
import { hashtagsIn, mentionsIn } from './caption';
import { INSTAGRAM_HANDLE } from './page-kind';
import { INSTAGRAM, INSTAGRAM_LABELS, INSTAGRAM_POST_LABELS } from './selectors';

export type MetaProfile = {
  followers: Count | null;
  following: Count | null;
  posts: Count | null;
  handle: string | null;
  displayName: string | null;
  bio: string | null;
};

export type MetaPost = {
  /** The head names another post (og:url or canonical): nothing of it was read. */
  otherPost: boolean;
  likes: Count | null;
  comments: Count | null;
  author: string | null;
  takenAt: number | null;
  caption: string | null;
  hashtags: string[];
  mentions: string[];
};

/** og:description first (the common one), then the plain description. */
export function metaDescriptions(root: Document): string[] {
  return [metaContent(root, INSTAGRAM.ogDescription), metaContent(root, INSTAGRAM.description)].filter(
    (s): s is string => s !== null,
  );
}

/** The counts part: everything before the first " - " (names and captions come after). */
function countsPart(text: string): string {
  const i = text.indexOf(' - ');
  return i < 0 ? text : text.slice(0, i);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words that end the phrase before a name in a description ("… videos from NAME (@handle)"). */
const FROM_WORD = /^.*?\b(?:from|dari|de|von|di|da|van|z|от|จาก|từ)\s+/i;

/**
 * The display name: the words right before "(@handle)". In a title it is all of
 * them ("Nadia Putri | Skincare Lokal (@handle) • Instagram…"); in a description
 * only what follows the sentence of counts and the "…from" phrase
 * ("팔로워 862명, 팔로잉 106명, 게시물 58개 - 이름(@handle)님의…"). Never a sentence of counts.
 */
function nameIn(titles: string[], descriptions: string[], handle: string, lang: Lang | null): string | null {
  const re = new RegExp(`([^()]{1,150}?)\\s?\\(@${escapeRe(handle)}\\)`, 'i');
  const candidates: string[] = [];
  for (const t of titles) {
    const m = re.exec(t)?.[1];
    if (m) candidates.push(m.trim());
  }
  for (const d of descriptions) {
    let m = re.exec(d)?.[1];
    if (!m) continue;
    const dash = m.lastIndexOf(' - ');
    if (dash >= 0 && Object.keys(labelledCounts(m.slice(0, dash), INSTAGRAM_LABELS, lang)).length > 0) {
      m = m.slice(dash + 3);
    }
    candidates.push(m.replace(FROM_WORD, '').trim());
  }
  for (const name of candidates) {
    if (!name || /^\d/.test(name)) continue;
    const sentenceOfCounts = /\p{N}/u.test(name) && labelIn(name, INSTAGRAM_LABELS, lang) !== null;
    if (!sentenceOfCounts) return name.slice(0, 300);
  }
  return null;
}

function quotedAfter(text: string, marker: RegExp): string | null {
  const m = marker.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length).trim();
  if (!rest.startsWith('"')) return null;
  const end = rest.lastIndexOf('"');
  if (end <= 0) return null;
  const inner = rest.slice(1, end).trim();
  return inner.length > 0 ? inner : null;
}

export function readMetaProfile(
  root: Document,
  expectedHandle: string | null,
  pageLang: Lang | null,
): MetaProfile {
  const descriptions = metaDescriptions(root);
  const out: MetaProfile = {
    followers: null,
    following: null,
    posts: null,
    handle: null,
    displayName: null,
    bio: null,
  };
  let lang = pageLang;
  for (const text of descriptions) {
    const handleMatch = /\(@([A-Za-z0-9._]{1,30})\)/.exec(text);
    const handle = handleMatch?.[1]?.toLowerCase() ?? null;
    // A description about someone else (a stale SPA head) must not lend its counts.
    if (expectedHandle !== null && handle !== null && handle !== expectedHandle) continue;
    if (handle && INSTAGRAM_HANDLE.test(handle)) out.handle ??= handle;
    lang = pageLang;
    const counts = labelledCounts(countsPart(text), INSTAGRAM_LABELS, lang);
    out.followers ??= counts.followers ?? null;
    out.following ??= counts.following ?? null;
    out.posts ??= counts.posts ?? null;
    out.bio ??= quotedAfter(text, /\) (?:on|di) Instagram:/i);
  }
  const h = expectedHandle ?? out.handle;
  if (h) {
    const titles = [metaContent(root, INSTAGRAM.ogTitle), root.querySelector('title')?.textContent];
    const texts = titles.filter((t): t is string => typeof t === 'string').map((t) => t.trim());
    out.displayName = nameIn(texts, descriptions, h, lang);
  }
  return out;
}

// biome-ignore format: one month per line reads better than one name per line
const MONTHS: Record<string, number> = {
  january: 0, jan: 0, januari: 0,
  february: 1, feb: 1, februari: 1,
  march: 2, mar: 2, maret: 2,
  april: 3, apr: 3,
  may: 4, mei: 4,
  june: 5, jun: 5, juni: 5,
  july: 6, jul: 6, juli: 6,
  august: 7, aug: 7, agustus: 7, agu: 7, agt: 7,
  september: 8, sep: 8, sept: 8,
  october: 9, oct: 9, oktober: 9, okt: 9,
  november: 10, nov: 10, nopember: 10,
  december: 11, dec: 11, desember: 11, des: 11,
};

/**
 * "May 29, 2021" or "29 Mei 2021" → epoch ms at 12:00 UTC that day. Metas give
 * only the calendar day; noon UTC keeps that day in every time zone within ±12 h.
 */
export function dayFromText(text: string): number | null {
  const en = /\b([A-Za-z]{3,9})\.? (\d{1,2}), (\d{4})\b/.exec(text);
  const id = /\b(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})\b/.exec(text);
  const parts = en
    ? { month: en[1], day: en[2], year: en[3] }
    : id
      ? { month: id[2], day: id[1], year: id[3] }
      : null;
  if (!parts?.month) return null;
  const month = MONTHS[parts.month.toLowerCase()];
  const day = Number(parts.day);
  const year = Number(parts.year);
  if (month === undefined || day < 1 || day > 31 || year < 2010 || year > 2100) return null;
  const t = Date.UTC(year, month, day, 12);
  return new Date(t).getUTCDate() === day ? t : null;
}

/** The shortcode an Instagram post URL names ("/p/<code>/", "/reel/<code>/", "/<user>/p/<code>/"). */
export function shortcodeIn(url: string | null | undefined): string | null {
  return /\/(?:p|reel|tv)\/([A-Za-z0-9_-]{5,64})(?:[/?#]|$)/.exec(url ?? '')?.[1] ?? null;
}

/**
 * The post's metas, when they are this post's: og:url and the canonical link
 * must name `postId` when present (a post served with another post's head, or a
 * head left over from the previous page of an in-app navigation, is not read).
 */
export function readMetaPost(root: Document, postId: string | null, pageLang: Lang | null): MetaPost {
  const out: MetaPost = {
    otherPost: false,
    likes: null,
    comments: null,
    author: null,
    takenAt: null,
    caption: null,
    hashtags: [],
    mentions: [],
  };
  const named = [
    shortcodeIn(root.querySelector(INSTAGRAM.ogUrl)?.getAttribute('content')),
    shortcodeIn(root.querySelector(INSTAGRAM.canonical)?.getAttribute('href')),
  ].filter((c): c is string => c !== null);
  if (postId !== null && named.some((c) => c !== postId)) return { ...out, otherPost: true };
  for (const text of metaDescriptions(root)) {
    const counts = labelledCounts(countsPart(text), INSTAGRAM_POST_LABELS, pageLang);
    out.likes ??= counts.likes ?? null;
    out.comments ??= counts.comments ?? null;
    const by = / - ([A-Za-z0-9._]{1,30}) (?:on|pada) ([^:"]{6,40}?)(?::|$)/.exec(text);
    if (by?.[1]) {
      const author = by[1].toLowerCase();
      if (INSTAGRAM_HANDLE.test(author)) out.author ??= author;
      if (by[2]) out.takenAt ??= dayFromText(by[2]);
    }
    out.caption ??= quotedAfter(text, / (?:on|pada) [^:"]{6,40}?:/);
  }
  out.hashtags = hashtagsIn(out.caption);
  out.mentions = mentionsIn(out.caption);
  return out;
}
