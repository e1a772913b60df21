/**
 * Turns one API response the page itself loaded (passed on by the main-world
 * bridge) into readings the store can record like any other. The background
 * worker runs this after validating the bridge message with zod: page data is
 * hostile input, and here its only possible effect is adding a reading.
 *
 * Only the creator whose page is open gets figures: a response can carry other
 * accounts (the viewer, suggestions, a reel's remix author), and attributing
 * their posts to the open profile would make its engagement wrong. On a post
 * page with no handle in the URL, only that post is taken, under its author.
 */
import { parseJsonSafely, platformOfApiUrl } from '@/lib/protocol/bridge-protocol';
import { creatorKey } from '@/lib/schema/creator';
import type { Platform, PostReading, Reading } from '@/lib/schema/reading';
import { readingFromPageData } from '@/lib/sites/page-data';
import { pageKindFor } from '@/lib/sites/read-page';
import { completeReading } from '@/lib/sites/shared/reading-defaults';

const HANDLE = /^[a-z0-9._]{1,64}$/;

function profileUrl(platform: Platform, handle: string): string {
  return platform === 'instagram'
    ? `https://www.instagram.com/${handle}/`
    : `https://www.tiktok.com/@${handle}`;
}

/**
 * The readings one response adds, usually one (the open creator) or none.
 * `pageUrl` is the page the content script was on; `apiUrl` the response's URL.
 */
export function readingsFromPageData(pageUrl: string, apiUrl: string, body: string, now: number): Reading[] {
  const page = pageKindFor(pageUrl);
  if (!page || page.kind === 'other') return [];
  // A response from the other site's API cannot describe this page's creator.
  if (platformOfApiUrl(apiUrl) !== page.platform) return [];
  const json = parseJsonSafely(body);
  if (json === undefined) return [];
  const data = readingFromPageData(page.platform, pageUrl, json, now);
  if (!data) return [];

  const belongs = (post: PostReading): string | null => {
    const author = post.author?.toLowerCase() ?? null;
    if (page.handle) return (author ?? page.handle) === page.handle ? page.handle : null;
    // A post page without the author in its URL: only that post, under its own author.
    return post.id === page.postId && author && HANDLE.test(author) ? author : null;
  };

  const byHandle = new Map<string, PostReading[]>();
  for (const post of data.posts) {
    const handle = belongs(post);
    if (handle) byHandle.set(handle, [...(byHandle.get(handle) ?? []), { ...post, author: handle }]);
  }

  const profile = data.profile;
  const profileHandle = typeof profile?.handle === 'string' ? profile.handle.toLowerCase() : page.handle;
  const profileCounts = profile && profileHandle !== null && profileHandle === page.handle ? profile : null;
  if (profileCounts && page.handle && !byHandle.has(page.handle)) byHandle.set(page.handle, []);

  const readings: Reading[] = [];
  for (const [handle, posts] of byHandle) {
    if (!HANDLE.test(handle)) continue;
    const own = handle === page.handle ? profileCounts : null;
    // Through the same reader boundary as page readings: text clamped, bidi controls stripped.
    readings.push(
      completeReading({
        platform: page.platform,
        pageKind: 'profile',
        url: profileUrl(page.platform, handle),
        readAt: Math.trunc(now),
        handle,
        displayName: own?.displayName ?? null,
        verified: own?.verified ?? null,
        private: own?.private ?? null,
        bio: own?.bio ?? null,
        externalUrl: own?.externalUrl ?? null,
        followers: own?.followers ?? null,
        following: own?.following ?? null,
        posts: own?.posts ?? null,
        likesTotal: own?.likesTotal ?? null,
        videoCount: own?.videoCount ?? null,
        recentPosts: posts.slice(0, 500),
        post: null,
        sources: own?.sources ?? {},
        disagreements: [],
        notices: [],
      }),
    );
  }
  return readings;
}

/** The creator a page is about, for the reply after recording its page data. */
export function pageCreatorKey(pageUrl: string) {
  const page = pageKindFor(pageUrl);
  return page?.handle && HANDLE.test(page.handle) ? creatorKey(page.platform, page.handle) : null;
}
