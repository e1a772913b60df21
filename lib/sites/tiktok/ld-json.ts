/**
 * schema.org data TikTok puts in `<script type="application/ld+json">`: a
 * ProfilePage whose mainEntity (the creator) carries exact counts in
 * `interactionStatistic` (FollowAction → followers, LikeAction → likes) and
 * `agentInteractionStatistic` (WriteAction → videos). Read only when the entity
 * names this page's handle (alternateName, url or identifier).
 */
import type { Count } from '@/lib/schema/reading';
import { isRecord } from '@/lib/sites/shared/lenient';
import { parseJsonCached } from '@/lib/sites/shared/parse-json-cached';
import { countFromJson } from './count';
import { handleFromHref } from './dom';
import { normalizeTiktokHandle } from './page-kind';
import { TIKTOK } from './selectors';

export type TiktokLdProfile = {
  displayName: string | null;
  followers: Count | null;
  likesTotal: Count | null;
  videoCount: Count | null;
};

const ACTIONS = { FollowAction: 'followers', LikeAction: 'likesTotal', WriteAction: 'videoCount' } as const;

function actionOf(stat: Record<string, unknown>): keyof typeof ACTIONS | null {
  const t = stat.interactionType;
  const name = typeof t === 'string' ? t : isRecord(t) && typeof t['@type'] === 'string' ? t['@type'] : '';
  const last = name.split(/[/#:]/).pop() ?? '';
  return last in ACTIONS ? (last as keyof typeof ACTIONS) : null;
}

function entities(value: unknown): Record<string, unknown>[] {
  const list = Array.isArray(value)
    ? value
    : isRecord(value) && Array.isArray(value['@graph'])
      ? value['@graph']
      : [value];
  const out: Record<string, unknown>[] = [];
  for (const item of list.slice(0, 20)) {
    if (!isRecord(item)) continue;
    out.push(isRecord(item.mainEntity) ? item.mainEntity : item);
  }
  return out;
}

function namesHandle(e: Record<string, unknown>, handle: string): boolean {
  const alt = typeof e.alternateName === 'string' ? normalizeTiktokHandle(e.alternateName) : null;
  const url = typeof e.url === 'string' ? handleFromHref(e.url) : null;
  return alt === handle || url === handle;
}

export function readTiktokLdJson(root: Document, handle: string): TiktokLdProfile | null {
  for (const script of root.querySelectorAll(TIKTOK.ldJson)) {
    const text = script.textContent ?? '';
    if (text.length > 200_000 || !text.includes('nteractionStatistic')) continue;
    for (const e of entities(parseJsonCached(text.replace(/^\uFEFF/, '')))) {
      if (!namesHandle(e, handle)) continue;
      const out: TiktokLdProfile = {
        displayName: typeof e.name === 'string' ? e.name.slice(0, 300) : null,
        followers: null,
        likesTotal: null,
        videoCount: null,
      };
      for (const key of ['interactionStatistic', 'agentInteractionStatistic']) {
        const stats = Array.isArray(e[key]) ? e[key] : [e[key]];
        for (const stat of stats.slice(0, 10)) {
          if (!isRecord(stat)) continue;
          const action = actionOf(stat);
          if (action !== null) out[ACTIONS[action]] ??= countFromJson(stat.userInteractionCount, 'json');
        }
      }
      return out;
    }
  }
  return null;
}
