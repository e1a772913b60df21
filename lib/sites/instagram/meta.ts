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
import type { CountLocale } from '../../counts/parse-count';
import type { Count } from '../../schema/reading';
import { hashtagsIn, mentionsIn } from './caption';
import { countInText } from './count';
import { INSTAGRAM_HANDLE } from './page-kind';

/** A figure as metas write it: digits with separators, optional compact unit. */
const NUM = String.raw`(\d[\d.,]*(?:\s?(?:k|m|b|rb|ribu|jt|juta|miliar))?)`;

/** Label words per field; Indonesian words mark the Indonesian locale. */
const LABELS = {
  followers: { en: 'followers?', id: 'pengikut' },
  following: { en: 'following', id: 'mengikuti|diikuti' },
  posts: { en: 'posts?', id: 'postingan|kiriman' },
  likes: { en: 'likes?', id: 'suka' },
  comments: { en: 'comments?', id: 'komentar' },
} as const;

type LabelField = keyof typeof LABELS;

const INDONESIAN_WORDS =
  /\b(?:pengikut|mengikuti|diikuti|postingan|kiriman|suka|komentar|pada|dari|di instagram)\b/i;

export type MetaProfile = {
  followers: Count | null;
  following: Count | null;
  posts: Count | null;
  handle: string | null;
  displayName: string | null;
  bio: string | null;
  locale: CountLocale;
};

export type MetaPost = {
  likes: Count | null;
  comments: Count | null;
  author: string | null;
  takenAt: number | null;
  caption: string | null;
  hashtags: string[];
  mentions: string[];
};

function metaContent(root: Document, selector: string): string | null {
  const v = root.querySelector(selector)?.getAttribute('content');
  return v && v.trim().length > 0 ? v.trim() : null;
}

/** og:description first (the common one), then the plain description. */
export function metaDescriptions(root: Document): string[] {
  return [
    metaContent(root, 'meta[property="og:description"]'),
    metaContent(root, 'meta[name="description"]'),
  ].filter((s): s is string => s !== null);
}

function localeOf(text: string): CountLocale {
  return INDONESIAN_WORDS.test(text) ? 'id' : 'en';
}

/** The counts part: everything before the first " - " (names and captions come after). */
function countsPart(text: string): string {
  const i = text.indexOf(' - ');
  return i < 0 ? text : text.slice(0, i);
}

function labelled(part: string, field: LabelField, locale: CountLocale): Count | null {
  const l = LABELS[field];
  const re = new RegExp(`(?:^|[\\s,])${NUM}\\s+(?:${l.en}|${l.id})(?=$|[\\s,.])`, 'i');
  const m = re.exec(part);
  return m?.[1] ? countInText(m[1], locale, 'meta') : null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "NAME (@handle)" → NAME, in the three places metas put it:
 * titles start with it, og:description ends "from NAME (@handle)" ("dari" in
 * Indonesian), the description has "- NAME (@handle) on Instagram" ("di Instagram").
 */
const NAME_PATTERNS = [
  (h: string) => new RegExp(`^([^()]{1,150}?) \\(@${h}\\)`, 'i'),
  (h: string) => new RegExp(`\\b(?:from|dari) ([^()]{1,150}?) \\(@${h}\\)`, 'i'),
  (h: string) => new RegExp(` - ([^()]{1,150}?) \\(@${h}\\) (?:on|di) Instagram`, 'i'),
];

function nameIn(texts: string[], handle: string): string | null {
  const h = escapeRe(handle);
  for (const pattern of NAME_PATTERNS) {
    const re = pattern(h);
    for (const text of texts) {
      const name = re.exec(text)?.[1]?.trim();
      if (name && !/^\d/.test(name)) return name;
    }
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

export function readMetaProfile(root: Document, expectedHandle: string | null): MetaProfile {
  const descriptions = metaDescriptions(root);
  const out: MetaProfile = {
    followers: null,
    following: null,
    posts: null,
    handle: null,
    displayName: null,
    bio: null,
    locale: 'en',
  };
  for (const text of descriptions) {
    const handleMatch = /\(@([A-Za-z0-9._]{1,30})\)/.exec(text);
    const handle = handleMatch?.[1]?.toLowerCase() ?? null;
    // A description about someone else (a stale SPA head) must not lend its counts.
    if (expectedHandle !== null && handle !== null && handle !== expectedHandle) continue;
    if (handle && INSTAGRAM_HANDLE.test(handle)) out.handle ??= handle;
    const locale = localeOf(text);
    const part = countsPart(text);
    out.followers ??= labelled(part, 'followers', locale);
    out.following ??= labelled(part, 'following', locale);
    out.posts ??= labelled(part, 'posts', locale);
    if (out.followers || out.following || out.posts) out.locale = locale;
    out.bio ??= quotedAfter(text, /\) (?:on|di) Instagram:/i);
  }
  const h = expectedHandle ?? out.handle;
  if (h) {
    const titles = [metaContent(root, 'meta[property="og:title"]'), root.querySelector('title')?.textContent];
    const texts = titles.filter((t): t is string => typeof t === 'string').map((t) => t.trim());
    out.displayName = nameIn([...texts, ...descriptions], h);
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

export function readMetaPost(root: Document): MetaPost {
  const out: MetaPost = {
    likes: null,
    comments: null,
    author: null,
    takenAt: null,
    caption: null,
    hashtags: [],
    mentions: [],
  };
  for (const text of metaDescriptions(root)) {
    const locale = localeOf(text);
    const part = countsPart(text);
    out.likes ??= labelled(part, 'likes', locale);
    out.comments ??= labelled(part, 'comments', locale);
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
