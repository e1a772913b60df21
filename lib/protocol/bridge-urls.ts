/**
 * Which API responses the page-data bridge may pass on, by origin + path.
 * No imports: the main-world bridge script bundles this file and must stay tiny.
 */

/** window.postMessage channel name; anything else on the window is ignored. */
export const BRIDGE_CHANNEL = 'microlens:page-data';

/** Bodies larger than this are not passed on (a profile's API pages are far smaller). */
export const MAX_BRIDGE_BODY_CHARS = 5 * 1024 * 1024;

/**
 * API paths whose responses carry creator/post figures, per site origin.
 * Matched as path prefixes on the page's own origin only.
 */
const ALLOWED_API_PATHS: Readonly<Record<string, readonly string[]>> = {
  'https://www.tiktok.com': [
    '/api/post/item_list/', // a profile's video grid, with per-video stats
    '/api/user/detail/', // a profile's header stats (exact, statsV2)
  ],
  'https://www.instagram.com': [
    '/graphql/query', // timeline/profile GraphQL queries (newer web app)
    '/api/graphql', // the same, older endpoint
    '/api/v1/users/web_profile_info/', // a profile's header + first 12 posts
    '/api/v1/clips/user/', // a profile's reels tab, with plays/likes
    '/api/v1/feed/user/', // a profile's posts feed, paged
  ],
};

/** True only for an allowed API path on one of the two sites (https, exact origin). */
export function isAllowedApiUrl(url: string, base?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return false;
  }
  const paths = ALLOWED_API_PATHS[parsed.origin];
  if (!paths || parsed.username || parsed.password) return false;
  // Exact path or a sub-path: "/api/graphql" must not admit "/api/graphqlx".
  return paths.some(
    (p) => parsed.pathname === p || parsed.pathname.startsWith(p.endsWith('/') ? p : `${p}/`),
  );
}

/** Which platform an allowed API URL belongs to. */
export function platformOfApiUrl(url: string): 'instagram' | 'tiktok' | null {
  if (!isAllowedApiUrl(url)) return null;
  return new URL(url).hostname === 'www.tiktok.com' ? 'tiktok' : 'instagram';
}

/**
 * The bridge's message shape, checked cheaply in the content script before
 * anything crosses to the background (which validates it again with zod, as
 * `page-data:record`). Null for anything else posted on the page's window.
 */
export function bridgePayload(data: unknown): { url: string; body: string } | null {
  if (typeof data !== 'object' || data === null) return null;
  const { channel, url, body } = data as Record<string, unknown>;
  if (channel !== BRIDGE_CHANNEL || typeof url !== 'string' || typeof body !== 'string') return null;
  if (url.length > 4_000 || body.length > MAX_BRIDGE_BODY_CHARS || !isAllowedApiUrl(url)) return null;
  return { url, body };
}
