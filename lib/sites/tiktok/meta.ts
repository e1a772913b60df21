/**
 * TikTok's meta description, the last resort (server-rendered, rounded, may lag),
 * in any interface language:
 *   profile  "IlloJuan (@illojuan) on TikTok | 3.9M Likes. 783.4K Followers. <bio>…"
 *            "IlloJuan (@illojuan) di TikTok | 3,9 jt Suka. 783,4 rb Pengikut. <bio>…"
 *            "Nom (@nom) sur TikTok | 1M j'aime. 139.1K followers. <bio>…"
 *   video    "25.5K Likes, 146 Comments. TikTok video from IlloJuan (@illojuan): “…”."
 * Figures are read only from the sentence of counts (shared/meta-counts.ts), never
 * from the bio or caption that follows, and only when the handle in it is this page's.
 * The display name is what precedes "(@handle)" and is never a sentence of counts.
 */
import type { Count } from '@/lib/schema/reading';
import { labelledCounts } from '@/lib/sites/shared/meta-counts';
import { metaContent } from '@/lib/sites/shared/page-text';
import type { Lang } from '@/lib/sites/shared/shown-count';
import { normalizeTiktokHandle } from './page-kind';
import { TIKTOK, TIKTOK_LABELS } from './selectors';

/** "NAME (@handle) <on TikTok, sur TikTok, 님의 TikTok…> |": name, handle, and where the counts start. */
const PROFILE_HEAD = /^\s*(.{0,300}?)\s*\(@([^)\s]{1,64})\)[^|]{0,60}\|\s*/;
/** The first "(@handle)" of a video description: its author ("TikTok video from NAME (@handle): …"). */
const AUTHOR = /\(@([^)\s]{1,64})\)/;
function description(root: Document): string | null {
  return metaContent(root, TIKTOK.description) ?? metaContent(root, TIKTOK.ogDescription);
}

export type TiktokMetaProfile = {
  handle: string;
  displayName: string | null;
  likesTotal: Count | null;
  followers: Count | null;
  following: Count | null;
};

export function readTiktokProfileMeta(root: Document, pageLang: Lang | null): TiktokMetaProfile | null {
  const desc = description(root);
  if (desc === null) return null;
  const head = PROFILE_HEAD.exec(desc);
  const handle = normalizeTiktokHandle(head?.[2]);
  if (head === null || handle === null) return null;
  const lang = pageLang;
  const counts = labelledCounts(desc.slice(head[0].length), TIKTOK_LABELS, lang);
  const name = head[1]?.trim();
  const nameIsCounts = name ? Object.keys(labelledCounts(name, TIKTOK_LABELS, lang)).length > 0 : false;
  return {
    handle,
    // A name that reads as a count ("3.9M Likes") is a sentence of counts, not a name.
    displayName: name && !nameIsCounts ? name : null,
    likesTotal: counts.likes ?? null,
    followers: counts.followers ?? null,
    following: counts.following ?? null,
  };
}

export type TiktokMetaVideo = { author: string | null; likes: Count | null; comments: Count | null };

export function readTiktokVideoMeta(root: Document, pageLang: Lang | null): TiktokMetaVideo | null {
  const desc = description(root);
  if (desc === null) return null;
  const counts = labelledCounts(desc, TIKTOK_LABELS, pageLang);
  const author = normalizeTiktokHandle(AUTHOR.exec(desc)?.[1]);
  if (author === null || (counts.likes === undefined && counts.comments === undefined)) return null;
  return { author, likes: counts.likes ?? null, comments: counts.comments ?? null };
}
