/**
 * TikTok's meta description, the last resort (server-rendered, rounded, may lag):
 *   profile  "IlloJuan (@illojuan) on TikTok | 3.9M Likes. 783.4K Followers. <bio>…"
 *            "IlloJuan (@illojuan) di TikTok | 3,9 jt Suka. 783,4 rb Pengikut. <bio>…"
 *            (older: "… | 246M Likes. 50.1M Fans. …")
 *   video    "25.5K Likes, 146 Comments. TikTok video from IlloJuan (@illojuan): “…”."
 *            "25,5 rb Suka, 146 Komentar. Video TikTok dari IlloJuan (@illojuan): “…”."
 * Figures are read only at the start of the description, never from the bio
 * or caption that follows, and only when the handle in it is this page's.
 */
import type { Count } from '../../schema/reading';
import { type CountLocale, countFromText } from './count';
import { normalizeTiktokHandle } from './page-kind';

/** One figure as the description writes it: digits with separators and an optional unit. */
const NUM = String.raw`(\d[\d.,]*(?:\s?(?:K|M|B|rb|ribu|jt|juta|M|miliar))?)`;

const PROFILE_HEAD = /^\s*(.{0,300}?)\s*\(@([^)\s]{1,64})\)\s+(?:on|di)\s+TikTok\s*\|\s*/i;
const PROFILE_COUNTS = new RegExp(
  `^${NUM}\\s+(?:Likes|Suka)\\.\\s+${NUM}\\s+(?:Followers|Fans|Pengikut)(?:\\.|\\s|$)`,
  'i',
);
const VIDEO_COUNTS = new RegExp(`^\\s*${NUM}\\s+(?:Likes|Suka),\\s+${NUM}\\s+(?:Comments|Komentar)\\.`, 'i');
const VIDEO_AUTHOR = /(?:TikTok video from|Video TikTok dari)\s+.{0,300}?\(@([^)\s]{1,64})\)/i;
const INDONESIAN_WORDS = /\b(Suka|Pengikut|Komentar|dari|di TikTok)\b/;

function description(root: Document): string | null {
  const el =
    root.querySelector('meta[name="description"]') ?? root.querySelector('meta[property="og:description"]');
  const content = el?.getAttribute('content');
  return content ? content.slice(0, 5_000) : null;
}

function localeOf(text: string, fallback: CountLocale): CountLocale {
  return INDONESIAN_WORDS.test(text) ? 'id' : fallback;
}

export type TiktokMetaProfile = {
  handle: string;
  displayName: string | null;
  likesTotal: Count | null;
  followers: Count | null;
};

export function readTiktokProfileMeta(root: Document, fallback: CountLocale): TiktokMetaProfile | null {
  const desc = description(root);
  if (desc === null) return null;
  const head = PROFILE_HEAD.exec(desc);
  const handle = normalizeTiktokHandle(head?.[2]);
  if (head === null || handle === null) return null;
  const locale = localeOf(desc, fallback);
  const counts = PROFILE_COUNTS.exec(desc.slice(head[0].length));
  const name = head[1]?.trim();
  return {
    handle,
    displayName: name ? name : null,
    likesTotal: counts ? countFromText(counts[1], locale, 'meta') : null,
    followers: counts ? countFromText(counts[2], locale, 'meta') : null,
  };
}

export type TiktokMetaVideo = { author: string | null; likes: Count | null; comments: Count | null };

export function readTiktokVideoMeta(root: Document, fallback: CountLocale): TiktokMetaVideo | null {
  const desc = description(root);
  if (desc === null) return null;
  const counts = VIDEO_COUNTS.exec(desc);
  const author = normalizeTiktokHandle(VIDEO_AUTHOR.exec(desc)?.[1]);
  if (counts === null || author === null) return null;
  const locale = localeOf(desc, fallback);
  return {
    author,
    likes: countFromText(counts[1], locale, 'meta'),
    comments: countFromText(counts[2], locale, 'meta'),
  };
}
