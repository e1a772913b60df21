import { isDescriptionMeta } from '@/lib/sites/shared/description-meta';

/**
 * Elements whose arrival, while an Instagram page is still being parsed, may
 * bring the profile's figures: the content script reads the page as soon as
 * one is in (components/page/parse-watcher.ts) instead of waiting for
 * DOMContentLoaded. Called for every element the parser inserts, so it must be
 * cheap; an inline script is asked again once the parser has moved past it
 * (its text complete), and only then can say yes. A false alarm costs one
 * read; a miss only delays the figures to DOMContentLoaded, when the page is
 * read anyway.
 */

/** Follower counts in embedded data (json.ts: window._sharedData, application/json blobs). */
const FOLLOWER_KEYS = ['"edge_followed_by"', '"follower_count"'];

export function isInstagramDataNode(el: Element): boolean {
  switch (el.tagName) {
    // The rendered profile header: posts/followers/following list and links (dom.ts).
    case 'HEADER':
      return true;
    // The description metas in <head> (meta.ts): the only figures a logged-out page has,
    // and the first a logged-in one has. Read at once; later, better figures replace them.
    case 'META':
      return isDescriptionMeta(el);
    // A page carries dozens of inline scripts: only one holding follower counts is worth a read.
    case 'SCRIPT': {
      if (el.hasAttribute('src')) return false;
      const text = el.textContent ?? '';
      return FOLLOWER_KEYS.some((k) => text.includes(k));
    }
    default:
      return false;
  }
}
