/**
 * Elements whose arrival, while an Instagram page is still being parsed, may
 * bring the profile's figures: the content script reads the page as soon as
 * one is in (components/page/parse-watcher.ts) instead of waiting for
 * DOMContentLoaded. A cheap test of the element alone (no query, no text): it
 * runs on every node the parser inserts. A false alarm costs one read; a miss
 * only delays the figures to DOMContentLoaded, when the page is read anyway.
 */
export function isInstagramDataNode(el: Element): boolean {
  switch (el.tagName) {
    // The rendered profile header: posts/followers/following list and links (instagram-dom.ts).
    case 'HEADER':
      return true;
    // Inline scripts: window._sharedData and the application/json blobs (instagram-json.ts).
    case 'SCRIPT':
      return !el.hasAttribute('src');
    default:
      return false;
  }
}
