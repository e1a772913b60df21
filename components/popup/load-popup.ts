/**
 * What the popup needs on open, and nothing more: the settings, the active
 * tab's creator (one creator:get) or else the shortlist totals (one summary).
 * No list loads, so it opens as fast with 10,000 creators stored as with ten.
 */

import { type Lang, resolveLang } from '@/lib/i18n';
import type { Send } from '@/lib/protocol/client';
import { creatorKey, isCreatorKey } from '@/lib/schema/plain';
import type { Settings } from '@/lib/schema/settings';
import type { CreatorView, ShortlistSummary } from '@/lib/schema/views';
import { instagramPageKind } from '@/lib/sites/instagram/page-kind';
import type { PageKindResult } from '@/lib/sites/shared/page-kind';
import { tiktokPageKind } from '@/lib/sites/tiktok/page-kind';

export interface PopupDeps {
  send: Send;
  /** URL of the active tab (visible to the popup thanks to the site host permissions). */
  activeTabUrl: () => Promise<string | null>;
  openDashboard: () => void;
  languages: readonly string[];
  /** "Report this page": a message to the active tab's content script, and saving a file (components/popup/report-page.ts). */
  askActiveTab?: (message: unknown) => Promise<unknown>;
  saveFile?: (name: string, text: string) => void;
}

export interface PopupData {
  lang: Lang;
  settings: Settings | null;
  /** The creator page the tab shows, when it is one of the two sites. */
  page: PageKindResult | null;
  key: string | null;
  view: CreatorView | null;
  /** Only loaded when there is no creator to show. */
  summary: ShortlistSummary | null;
}

export function keyForPage(page: PageKindResult | null): string | null {
  if (!page?.handle || page.kind === 'other') return null;
  const key = creatorKey(page.platform, page.handle);
  return isCreatorKey(key) ? key : null;
}

/**
 * The page-kind classifiers alone (what read-page's pageKindFor does), so the
 * popup does not bundle the site readers and their schemas just to read a URL.
 */
function pageKindFor(url: string): PageKindResult | null {
  return instagramPageKind(url) ?? tiktokPageKind(url);
}

export async function loadPopup(deps: PopupDeps): Promise<PopupData> {
  // Without settings the popup still works, in the browser's language.
  const settingsReply = deps.send({ type: 'settings:get' }).catch(() => null);
  // The creator lookup needs only the tab's URL: it does not wait for the settings round trip.
  const pageReply = deps
    .activeTabUrl()
    .catch(() => null)
    .then(async (url) => {
      const page = url ? pageKindFor(url) : null;
      const key = keyForPage(page);
      const view = key ? await deps.send({ type: 'creator:get', key }) : null;
      const summary = view ? null : await deps.send({ type: 'shortlist:summary' });
      return { page, key, view, summary };
    });
  const [settings, { page, key, view, summary }] = await Promise.all([settingsReply, pageReply]);
  const lang = resolveLang(settings?.language ?? 'auto', deps.languages);
  return { lang, settings, page, key, view, summary };
}
