/**
 * What an Instagram URL is: a creator's profile, one post, or anything else.
 * Reserved first path segments are Instagram's own sections; Instagram does not
 * let anyone register them as usernames, so they are NEVER taken for handles.
 */
import { type PageKindResult, safeUrl } from '@/lib/sites/shared/page-kind';

/** instagram.com and its subdomains that serve the web app. */
const HOSTS = new Set(['instagram.com', 'www.instagram.com', 'm.instagram.com']);

/** Instagram usernames: letters, digits, dot, underscore; at most 30 characters. */
export const INSTAGRAM_HANDLE = /^[a-z0-9._]{1,30}$/;

/** Shortcodes are base64url: 11 characters for public posts, longer for some private ones. */
const SHORTCODE = /^[A-Za-z0-9_-]{5,64}$/;

/** First path segments that belong to Instagram, never to a creator. */
export const RESERVED_PATHS: ReadonlySet<string> = new Set([
  'about', // about.instagram.com mirror pages
  'accounts', // login, signup, settings, edit profile, meta_verified
  'activity', // the viewer's activity
  'ads', // ad tools
  'ajax', // internal endpoints
  'api', // internal endpoints (web_profile_info, feed…)
  'archive', // the viewer's archive
  'blog', // Instagram blog links
  'business', // business tools
  'challenge', // security checkpoints
  'contact', // contact forms
  'create', // post composer
  'data', // "download your data"
  'developer', // developer docs
  'direct', // direct messages
  'directory', // profile and hashtag directories
  'download', // app download
  'emails', // email settings and confirmations
  'explore', // explore grid, /explore/tags/, /explore/locations/, /explore/search/
  'graphql', // GraphQL endpoint
  'help', // help centre links
  'invites', // contact invites
  'jobs', // careers
  'legal', // privacy, terms
  'lite', // Instagram Lite
  'locations', // place pages
  'login', // login
  'logout', // logout
  'nametag', // name tag / QR
  'notifications', // the viewer's notifications
  'oauth', // third-party login
  'p', // /p/<code>/ posts (handled before this list)
  'press', // press page
  'privacy', // privacy pages
  'qr', // QR codes
  'reel', // /reel/<code>/ (handled before this list)
  'reels', // the reels feed: many creators, none in particular
  's', // story highlights share links /s/<id>
  'search', // search page
  'session', // session endpoints
  'signup', // signup
  'static', // static resources
  'stories', // stories viewer (/stories/<user>/…): a viewer, not the profile page
  'tags', // hashtag pages (old path)
  'terms', // terms of use
  'topics', // topic pages
  'tv', // IGTV /tv/<code>/ (handled before this list)
  'web', // /web/lite/ and other web-app pages
  'your_activity', // the viewer's activity
]);

/**
 * Second segments under /<user>/ that still show that user's profile
 * (tabs and modals opened over it).
 */
const PROFILE_TABS = new Set(['reels', 'tagged', 'saved', 'followers', 'following', 'channel', 'feed']);

/** Second segments under /<user>/ that name one post. */
const POST_SEGMENTS = new Set(['p', 'reel', 'tv']);

/** Post segments at the root: /p/<code>/, /reel/<code>/, /tv/<code>/. */
const ROOT_POST_SEGMENTS = new Set(['p', 'reel', 'tv']);

function other(): PageKindResult {
  return { platform: 'instagram', kind: 'other', handle: null, postId: null };
}

function handleOf(segment: string): string | null {
  const h = segment.toLowerCase();
  if (!INSTAGRAM_HANDLE.test(h) || RESERVED_PATHS.has(h)) return null;
  // A handle cannot be only dots, and Instagram rejects leading/trailing dots in new names.
  if (/^\.+$/.test(h)) return null;
  return h;
}

/** Null when the URL is not an Instagram web page. */
export function instagramPageKind(url: string): PageKindResult | null {
  const u = safeUrl(url);
  if (!u || !HOSTS.has(u.hostname.toLowerCase())) return null;
  let segments: string[];
  try {
    segments = u.pathname
      .split('/')
      .filter((s) => s.length > 0)
      .map((s) => decodeURIComponent(s));
  } catch {
    return other();
  }
  const [first, second, third] = segments;
  if (first === undefined) return other(); // home feed
  const firstLower = first.toLowerCase();

  // /p/<code>/, /reel/<code>/, /tv/<code>/
  if (ROOT_POST_SEGMENTS.has(firstLower)) {
    if (second !== undefined && SHORTCODE.test(second) && segments.length <= 3) {
      return { platform: 'instagram', kind: 'post', handle: null, postId: second };
    }
    return other();
  }

  const handle = handleOf(first);
  if (!handle) return other();
  if (second === undefined) return { platform: 'instagram', kind: 'profile', handle, postId: null };
  const secondLower = second.toLowerCase();
  // /<user>/p/<code>/ and /<user>/reel/<code>/
  if (POST_SEGMENTS.has(secondLower)) {
    if (third !== undefined && SHORTCODE.test(third)) {
      return { platform: 'instagram', kind: 'post', handle, postId: third };
    }
    return other();
  }
  if (PROFILE_TABS.has(secondLower) && segments.length === 2) {
    return { platform: 'instagram', kind: 'profile', handle, postId: null };
  }
  return other();
}
