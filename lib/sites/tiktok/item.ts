/**
 * One TikTok item (a video or photo post) as TikTok's own JSON describes it —
 * in `webapp.video-detail`, SIGI_STATE's ItemModule, __NEXT_DATA__ items and
 * `/api/post/item_list/` responses alike — turned into a PostReading.
 * Lenient: only the id is required; every other field is read on its own and
 * is null when missing or malformed, so one odd field never loses the item.
 */
import type { Count, PostReading } from '@/lib/schema/reading';
import { countFromStats } from './count';
import { normalizeTiktokHandle } from './page-kind';

/**
 * The only shape we insist on; everything else is looked at field by field.
 * Ids are 19-digit strings; a numeric id is taken only while it is a safe
 * integer — a bigger one was already rounded by JSON.parse and names another post.
 */
function itemId(v: unknown): string | null {
  if (typeof v === 'string') return /^\d{1,25}$/.test(v) ? v : null;
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? String(v) : null;
}

function obj(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** Lower-case, without "#"/"@", deduplicated, within the schema's limits. */
function tags(list: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const raw of list) {
    const t = raw.replace(/^[#@]/, '').trim().toLowerCase();
    if (t.length > 0 && t.length <= 300) out.add(t);
    if (out.size >= 200) break;
  }
  return [...out];
}

const HASHTAG_IN_TEXT = /#([\p{L}\p{N}_]{1,100})/gu;
const MENTION_IN_TEXT = /@([a-zA-Z0-9._]{2,64})/g;

function hashtagsOf(item: Record<string, unknown>, caption: string | null): string[] {
  const found: string[] = [];
  for (const t of arr(item.textExtra)) {
    const name = str(obj(t)?.hashtagName);
    if (name) found.push(name);
  }
  // `challenges` lists the hashtags TikTok linked; older payloads have only these.
  for (const c of arr(item.challenges)) {
    const title = str(obj(c)?.title);
    if (title) found.push(title);
  }
  if (found.length === 0 && caption) for (const m of caption.matchAll(HASHTAG_IN_TEXT)) found.push(m[1]!);
  return tags(found);
}

function mentionsOf(item: Record<string, unknown>, caption: string | null): string[] {
  const found: string[] = [];
  let hadTextExtra = false;
  for (const t of arr(item.textExtra)) {
    hadTextExtra = true;
    const user = normalizeTiktokHandle(str(obj(t)?.userUniqueId));
    if (user) found.push(user);
  }
  if (!hadTextExtra && caption) {
    for (const m of caption.matchAll(MENTION_IN_TEXT)) {
      const user = normalizeTiktokHandle(m[1]);
      if (user) found.push(user);
    }
  }
  return tags(found);
}

function positiveNumber(v: unknown): boolean {
  return (typeof v === 'number' && v > 0) || (typeof v === 'string' && /^[1-9]\d*$/.test(v));
}

/**
 * The platform's own ad / paid-partnership label. Counted: `isAd` (a promoted
 * ad), `isPaidPartnership`, `brandedContentType` > 0 and `brandOrganicType` > 0
 * (TikTok's "Paid partnership" and "Promotional content" disclosures), and
 * `commerceInfo.brandedContent` / `commercialContent` flags. NOT counted:
 * `adAuthorization` (the creator allowed Spark Ads — no label is shown),
 * `adLabelVersion` (a UI version on every item), `textExtra[].isCommerce`, and
 * brand @mentions or hashtags in the caption (lib/sponsored.ts weighs those).
 * No positive flag → null, not false: the capture of a labelled video
 * (tests: video-2025-12) shows JSON can lack the label the page displays.
 */
export function paidLabelOf(item: Record<string, unknown>): boolean | null {
  const commerce = obj(item.commerceInfo);
  if (
    item.isAd === true ||
    item.isPaidPartnership === true ||
    positiveNumber(item.brandedContentType) ||
    positiveNumber(item.brandOrganicType) ||
    commerce?.brandedContent === true ||
    commerce?.commercialContent === true
  ) {
    return true;
  }
  return null;
}

/** Author handle: an object with uniqueId (most payloads) or a bare string (SIGI_STATE). */
export function authorOf(item: Record<string, unknown>): string | null {
  if (typeof item.author === 'string') return normalizeTiktokHandle(item.author);
  return normalizeTiktokHandle(str(obj(item.author)?.uniqueId));
}

function takenAtOf(v: unknown, now: number): number | null {
  const s =
    typeof v === 'number' ? v : typeof v === 'string' && /^\d{9,11}$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isInteger(s)) return null;
  const ms = s * 1000;
  // TikTok (musical.ly merged 2018; oldest videos 2016) … now + a day of clock skew.
  if (ms < Date.UTC(2014, 0, 1) || ms > now + 86_400_000) return null;
  return ms;
}

/**
 * When a video was posted, from its id: TikTok ids are snowflakes whose top 32 bits are the
 * creation time in Unix seconds (the real capture's 7571863205253778710 gives 2025-11-12
 * 15:36:23 UTC; its createTime says 15:36:28). Used only when the page gives no date, so posts
 * from a grid (views only) can still be ordered newest first. Null for anything implausible.
 */
export function timeFromVideoId(id: string, now: number): number | null {
  if (!/^\d{15,25}$/.test(id)) return null;
  const ms = Number(BigInt(id) >> 32n) * 1000;
  return ms >= Date.UTC(2016, 0, 1) && ms <= now + 86_400_000 ? ms : null;
}

type StatKey = 'playCount' | 'diggCount' | 'commentCount' | 'shareCount' | 'collectCount';

export function tiktokItemToPost(
  raw: unknown,
  opts: { source: 'json' | 'api'; now: number; fallbackAuthor?: string | null },
): PostReading | null {
  const item = obj(raw);
  const id = item ? itemId(item.id) : null;
  if (!item || id === null) return null;
  const stats = obj(item.stats) ?? {};
  const statsV2 = obj(item.statsV2) ?? {};
  const stat = (k: StatKey): Count | null => countFromStats(statsV2[k], stats[k], opts.source);
  const caption = str(item.desc);
  const author = authorOf(item) ?? opts.fallbackAuthor ?? null;
  const isPhoto = obj(item.imagePost) !== null;
  const isVideo = isPhoto ? false : obj(item.video) !== null ? true : null;
  return {
    id,
    url: `https://www.tiktok.com/@${author ?? ''}/${isPhoto ? 'photo' : 'video'}/${id}`,
    author,
    pinned: typeof item.isPinnedItem === 'boolean' ? item.isPinnedItem : null,
    isVideo,
    views: stat('playCount'),
    likes: stat('diggCount'),
    comments: stat('commentCount'),
    shares: stat('shareCount'),
    saves: stat('collectCount'),
    likesHidden: false,
    caption: caption === null ? null : caption.slice(0, 10_000),
    hashtags: hashtagsOf(item, caption),
    mentions: mentionsOf(item, caption),
    takenAt: takenAtOf(item.createTime, opts.now) ?? timeFromVideoId(id, opts.now),
    paidPartnership: paidLabelOf(item),
  };
}
