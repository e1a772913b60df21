/**
 * One pasted line → the creator profile it names: "@rina.makeup",
 * "https://www.instagram.com/rina.makeup/?igsh=abc", "m.tiktok.com/@ozi?lang=id",
 * "instagram.com/rina.makeup/reels/". What cannot name one profile with
 * certainty is rejected with a reason, never guessed: a post link, a TikTok short
 * link (vm.tiktok.com — its profile is only known after opening it), another
 * site, or a handle the platform would not allow.
 */
import { creatorKey } from '@/lib/schema/plain';
import type { Platform } from '@/lib/schema/reading';

export interface ProfileTarget {
  platform: Platform;
  /** Lower-case, without "@". */
  handle: string;
  /** "instagram:rina.makeup" */
  key: string;
  /** The profile's address, to open it. */
  url: string;
}

export type RejectReason =
  | 'empty'
  | 'too-long'
  | 'other-site'
  | 'post-link'
  | 'short-link'
  | 'not-a-profile'
  | 'invalid-handle'
  | 'no-platform';

export type TargetResult = { ok: true; target: ProfileTarget } | { ok: false; reason: RejectReason };

const MAX_INPUT = 2_000;

/** Instagram: 1–30 of a-z 0-9 . _, not starting or ending with a dot, no "..". */
const INSTAGRAM_HANDLE = /^(?!\.)(?!.*\.\.)(?!.*\.$)[a-z0-9._]{1,30}$/;
/** TikTok: 2–24 of a-z 0-9 . _, not ending with a dot. */
const TIKTOK_HANDLE = /^(?!.*\.$)[a-z0-9._]{2,24}$/;

/** First path segments on instagram.com that are pages of the site, not profiles. */
const INSTAGRAM_RESERVED = new Set([
  'explore',
  'accounts',
  'direct',
  'about',
  'developer',
  'legal',
  'web',
  'emails',
  'challenge',
  'privacy',
  'session',
  'api',
  'graphql',
  'static',
]);
const INSTAGRAM_POSTS = new Set(['p', 'reel', 'reels', 'tv']);

const INSTAGRAM_HOSTS = new Set([
  'instagram.com',
  'www.instagram.com',
  'm.instagram.com',
  'instagr.am',
  'www.instagr.am',
]);
const TIKTOK_HOSTS = new Set(['tiktok.com', 'www.tiktok.com', 'm.tiktok.com']);
const TIKTOK_SHORT_HOSTS = new Set(['vm.tiktok.com', 'vt.tiktok.com']);

export function profileUrlOf(platform: Platform, handle: string): string {
  return platform === 'instagram'
    ? `https://www.instagram.com/${handle}/`
    : `https://www.tiktok.com/@${handle}`;
}

export function validHandle(platform: Platform, handle: string): boolean {
  return (platform === 'instagram' ? INSTAGRAM_HANDLE : TIKTOK_HANDLE).test(handle);
}

function target(platform: Platform, rawHandle: string): TargetResult {
  let handle: string;
  try {
    handle = decodeURIComponent(rawHandle).toLowerCase();
  } catch {
    return { ok: false, reason: 'invalid-handle' };
  }
  if (!validHandle(platform, handle)) return { ok: false, reason: 'invalid-handle' };
  return {
    ok: true,
    target: { platform, handle, key: creatorKey(platform, handle), url: profileUrlOf(platform, handle) },
  };
}

function fromInstagram(segments: string[]): TargetResult {
  const [first, second] = segments;
  if (!first) return { ok: false, reason: 'not-a-profile' };
  const lower = first.toLowerCase();
  if (INSTAGRAM_POSTS.has(lower)) return { ok: false, reason: 'post-link' };
  // Stories name their owner: /stories/<handle>/<id>/.
  if (lower === 'stories')
    return second && second !== 'highlights'
      ? target('instagram', second)
      : { ok: false, reason: 'not-a-profile' };
  if (INSTAGRAM_RESERVED.has(lower)) return { ok: false, reason: 'not-a-profile' };
  // /<handle>/p/<code>/ is a post, but its author is named: the profile is certain.
  return target('instagram', first);
}

function fromTiktok(segments: string[]): TargetResult {
  const [first] = segments;
  if (!first?.startsWith('@')) {
    // /video/123 without an author, /t/xyz short links, /discover…: no profile named.
    return {
      ok: false,
      reason: first === 't' ? 'short-link' : first === 'video' ? 'post-link' : 'not-a-profile',
    };
  }
  return target('tiktok', first.slice(1));
}

/**
 * Reads one pasted value. `platform` decides what a bare "@handle" or "handle"
 * means (the queue's platform); without one, a bare handle is rejected as
 * 'no-platform' rather than assumed.
 */
export function parseProfileTarget(input: string, platform: Platform | null): TargetResult {
  const text = input.trim().replace(/^[<"'(]+|[>"'),.;]+$/g, '');
  if (!text) return { ok: false, reason: 'empty' };
  if (text.length > MAX_INPUT) return { ok: false, reason: 'too-long' };
  const looksLikeUrl =
    /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ||
    /^[a-z0-9-]+(\.[a-z0-9-]+)+\//i.test(text) ||
    /^(www\.|m\.)?(instagram\.com|tiktok\.com|instagr\.am)$/i.test(text);
  if (!looksLikeUrl) {
    const bare = text.replace(/^@/, '');
    if (!platform) return { ok: false, reason: 'no-platform' };
    return target(platform, bare);
  }
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, reason: 'not-a-profile' };
  }
  if (!/^https?:$/.test(url.protocol)) return { ok: false, reason: 'other-site' };
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean);
  if (INSTAGRAM_HOSTS.has(host)) return fromInstagram(segments);
  if (TIKTOK_HOSTS.has(host)) return fromTiktok(segments);
  if (TIKTOK_SHORT_HOSTS.has(host)) return { ok: false, reason: 'short-link' };
  return { ok: false, reason: 'other-site' };
}
