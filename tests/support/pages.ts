/**
 * Hand-made test pages and API bodies, built from the real captures at test
 * time (the captures themselves stay in ../shared/fixtures).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_FIXTURES } from './fixture-server';

export const IG_PROFILE = join(SHARED_FIXTURES, 'instagram', 'profile-loggedin-gdg_rbu-2025-02.html');
export const TT_PROFILE = join(SHARED_FIXTURES, 'tiktok', 'profile-illojuan-2025-12.html');
export const TT_VIDEO = join(SHARED_FIXTURES, 'tiktok', 'video-2025-12.html');

/** The first grid video of the illojuan capture, as its own video page describes it. */
export const TT_VIDEO_ID = '7571863205253778710';

/** The embedded rehydration JSON of a TikTok capture. */
function universalData(file: string): Record<string, unknown> {
  const html = readFileSync(file, 'utf8');
  const match = /<script[^>]*id="__UNIVERSAL_DATA_FOR_REHYDRATION__"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error(`no rehydration JSON in ${file}`);
  return JSON.parse(match[1]) as Record<string, unknown>;
}

/** itemStruct of the video capture: what /api/post/item_list/ lists per video. */
export function tiktokVideoItem(): Record<string, unknown> {
  const scope = universalData(TT_VIDEO).__DEFAULT_SCOPE__ as Record<string, Record<string, unknown>>;
  const info = scope['webapp.video-detail']?.itemInfo as { itemStruct: Record<string, unknown> };
  return info.itemStruct;
}

/** The same item under another id and like count: a video further down the grid. */
export function tiktokItemVariant(id: string, likes: number): Record<string, unknown> {
  const item = structuredClone(tiktokVideoItem());
  item.id = id;
  const stats = item.stats as Record<string, unknown>;
  const statsV2 = item.statsV2 as Record<string, unknown> | undefined;
  stats.diggCount = likes;
  if (statsV2) statsV2.diggCount = String(likes);
  return item;
}

/** Adds `<script src>` tags (same-origin, so a TEST_PAGE_CSP page runs them) before </body>. */
export function withScripts(html: string, ...srcs: string[]): string {
  const tags = srcs.map((src) => `<script src="${src}"></script>`).join('');
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + tags : html.slice(0, at) + tags + html.slice(at);
}
