/**
 * What the popup needs on open, and nothing more: the settings, the active
 * tab's creator (one creator:get) or else the shortlist totals (one summary).
 * No list loads, so it opens as fast with 10,000 creators stored as with ten.
 */
import { type Lang, resolveLang } from '@/lib/i18n';
import type { CreatorView, ShortlistSummary } from '@/lib/messages';
import { CreatorKeySchema, creatorKey } from '@/lib/schema/creator';
import type { Settings } from '@/lib/schema/settings';
import { type PageKindResult, pageKindFor } from '@/lib/sites/read-page';
import type { Send } from '../shared/send';

export interface PopupDeps {
  send: Send;
  /** URL of the active tab (visible to the popup thanks to the site host permissions). */
  activeTabUrl: () => Promise<string | null>;
  openDashboard: () => void;
  languages: readonly string[];
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
  const parsed = CreatorKeySchema.safeParse(creatorKey(page.platform, page.handle));
  return parsed.success ? parsed.data : null;
}

export async function loadPopup(deps: PopupDeps): Promise<PopupData> {
  const [settings, url] = await Promise.all([
    // Without settings the popup still works, in the browser's language.
    deps.send({ type: 'settings:get' }).catch(() => null),
    deps.activeTabUrl().catch(() => null),
  ]);
  const lang = resolveLang(settings?.language ?? 'auto', deps.languages);
  const page = url ? pageKindFor(url) : null;
  const key = keyForPage(page);
  const view = key ? await deps.send({ type: 'creator:get', key }) : null;
  const summary = view ? null : await deps.send({ type: 'shortlist:summary' });
  return { lang, settings, page, key, view, summary };
}
