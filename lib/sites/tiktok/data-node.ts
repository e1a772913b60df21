import { isDescriptionMeta } from '@/lib/sites/shared/description-meta';

/**
 * Elements whose arrival, while a TikTok page is still being parsed, may bring
 * the profile's figures (see ../instagram/data-node.ts for how it is used). A
 * cheap test of the element alone: it runs on every node the parser inserts.
 */
const DATA_SCRIPT_IDS = new Set([
  '__UNIVERSAL_DATA_FOR_REHYDRATION__', // current rehydration JSON (json.ts)
  'SIGI_STATE', // 2021–2023 layout
  '__NEXT_DATA__', // ≤2021 layout
]);

export function isTiktokDataNode(el: Element): boolean {
  if (el.tagName === 'SCRIPT') return DATA_SCRIPT_IDS.has(el.id);
  // The description metas in <head> (meta.ts): rounded figures, the first the page has.
  if (el.tagName === 'META') return isDescriptionMeta(el);
  // The rendered header's follower count (dom.ts PROFILE.followers).
  return el.getAttribute('data-e2e') === 'followers-count';
}
