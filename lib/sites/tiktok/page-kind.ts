/**
 * Which TikTok page a URL is, from the URL alone (no DOM): profiles `/@user`,
 * posts `/@user/video/<id>` and `/@user/photo/<id>`, and everything else
 * (feeds, search, settings…), which is never read as a creator.
 */
import type { PageKind } from '@/lib/schema/reading';

export type TiktokPageKind = {
  platform: 'tiktok';
  kind: PageKind;
  handle: string | null;
  postId: string | null;
};

/**
 * First path segments that are TikTok's own pages. Profiles always start with
 * "@", so these can never be handles; the list guards `normalizeTiktokHandle`
 * against text like "@foryou" read off a page.
 */
export const RESERVED_TIKTOK_PATHS: ReadonlySet<string> = new Set([
  'foryou',
  'following',
  'friends',
  'live',
  'explore',
  'search',
  'tag',
  'music',
  'discover',
  'messages',
  'upload',
  'setting',
  'settings',
  'login',
  'signup',
  'logout',
  'inbox',
  'notifications',
  'tiktokstudio',
  'creator-center',
  'business',
  'legal',
  'about',
  'embed',
  'effect',
  'place',
  'topics',
  'channel',
  'feedback',
  'coin',
  'passport',
  'link',
  'share',
  'video',
  'photo',
  'api',
  'node',
  'static',
  'aweme',
  'tiktok-studio',
]);

/**
 * TikTok handles are 2–24 characters of a-z, 0-9, "." and "_" (case-insensitive).
 * We accept up to 64 (the schema's limit) so a longer legacy handle is still read.
 */
const HANDLE = /^[a-z0-9._]{2,64}$/;

/** Lower-cased handle without "@", or null when it cannot be one. */
export function normalizeTiktokHandle(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  let h = raw.trim();
  if (h.startsWith('@')) h = h.slice(1);
  try {
    h = decodeURIComponent(h);
  } catch {
    return null;
  }
  h = h.toLowerCase();
  if (!HANDLE.test(h) || RESERVED_TIKTOK_PATHS.has(h)) return null;
  // A handle made only of dots is not one TikTok allows.
  if (/^\.+$/.test(h)) return null;
  return h;
}

const POST_ID = /^\d{5,25}$/;

function isTiktokHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'tiktok.com' || h.endsWith('.tiktok.com');
}

export function tiktokPageKind(url: string): TiktokPageKind | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!isTiktokHost(parsed.hostname)) return null;
  const other: TiktokPageKind = { platform: 'tiktok', kind: 'other', handle: null, postId: null };
  const segments = parsed.pathname.split('/').filter((s) => s.length > 0);
  const first = segments[0];
  // Profiles and posts always begin with "@handle"; anything else is TikTok's own page.
  if (first === undefined || !first.startsWith('@')) return other;
  const handle = normalizeTiktokHandle(first);
  if (handle === null) return other;
  if (segments.length === 1) return { platform: 'tiktok', kind: 'profile', handle, postId: null };
  const second = segments[1];
  const third = segments[2];
  if ((second === 'video' || second === 'photo') && third !== undefined && POST_ID.test(third)) {
    // A photo post is a post like any other; `video` is kept for actual videos.
    return { platform: 'tiktok', kind: second === 'video' ? 'video' : 'post', handle, postId: third };
  }
  // "/@user/live", "/@user/playlist/…" and the like show no profile header: not read as a creator.
  return other;
}
