/**
 * Cheap signs that a creator page changed in a way worth re-reading, to tell
 * that from the constant churn of a single-page app. Reading the page properly
 * (lib/sites) is far costlier; these only look at what the mutation records
 * name, or at the header and headings.
 */

/** Links to posts/reels/videos: their count grows as the user scrolls the grid. */
const POST_LINKS = [
  'a[href*="/p/"]', // Instagram photo/carousel posts
  'a[href*="/reel/"]', // Instagram reels
  'a[href*="/video/"]', // TikTok videos
  'a[href*="/photo/"]', // TikTok photo posts
].join(',');

/** Where a creator's counts and name are shown (their text changes when a count does). */
const HEADER = 'header, h1, h2';

/** What an added subtree may bring that is worth a re-read: more posts, or a (re-)rendered header. */
const WATCHED = `${POST_LINKS},${HEADER}`;

/**
 * Do the added nodes hold a post link or a header? Looks in the added subtrees
 * only, never the whole document, and stops at the first match.
 */
export function addsWatched(nodes: NodeList): boolean {
  for (const node of nodes) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.matches(WATCHED)) return true;
    // Only an element with children can hold one (a grid row does; a text span does not).
    if (el.firstElementChild && el.querySelector(WATCHED)) return true;
  }
  return false;
}

/** A mutation inside the header or a heading (its own node, or text within it). */
export function touchesHeader(target: Node): boolean {
  const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
  return (
    el?.closest(HEADER) != null || target.nodeName === 'TITLE' || target.parentNode?.nodeName === 'TITLE'
  );
}

/** The header's and first heading's text lengths and the title: they change when a count or the name does. */
export function headerFingerprint(doc: Document): string {
  const header = doc.querySelector('header')?.textContent?.length ?? 0;
  const heading = doc.querySelector('h1, h2')?.textContent?.length ?? 0;
  return `${header}|${heading}|${doc.title}`;
}
