/**
 * A cheap summary of what a creator page shows, to tell "the page changed in a
 * way worth re-reading" from the constant churn of a single-page app. Reading
 * the page properly (lib/sites) is far costlier; this only counts.
 */

/** Links to posts/reels/videos: their count grows as the user scrolls the grid. */
const POST_LINKS = [
  'a[href*="/p/"]', // Instagram photo/carousel posts
  'a[href*="/reel/"]', // Instagram reels
  'a[href*="/video/"]', // TikTok videos
  'a[href*="/photo/"]', // TikTok photo posts
].join(',');

/**
 * `creatorPage: false` (feeds, explore, DMs): only the URL matters there, so the
 * busiest pages cost one string compare per check.
 */
export function pageFingerprint(doc: Document, url: string, creatorPage = true): string {
  if (!creatorPage) return url;
  const postLinks = doc.querySelectorAll(POST_LINKS).length;
  // The profile header holds the counts; its text length changes when they do.
  const header = doc.querySelector('header')?.textContent?.length ?? 0;
  const heading = doc.querySelector('h1, h2')?.textContent?.length ?? 0;
  return `${url}|${postLinks}|${header}|${heading}|${doc.title}`;
}
