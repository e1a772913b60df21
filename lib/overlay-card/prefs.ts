/**
 * The overlay card's settings (language, and shown/collapsed/hidden per site)
 * and its fixed words in both languages, mirrored by the worker into extension
 * storage so a content script can read them straight from the browser, without
 * a round trip to the worker. The card must paint in the page's first frame; a
 * worker that is asleep (it stops after 30 s idle) or busy recording the
 * previous page answers 10–100 ms later.
 * The IndexedDB settings stay the record; this is a copy the worker rewrites
 * whenever they change. No zod here, and no string tables (parseOverlayPrefs
 * is what content scripts import): the labels come from the worker.
 */
import type { Lang } from '@/lib/i18n/core';
import type { Settings } from '@/lib/schema/settings';
import { PER_SITE_LABEL_KEYS, TEXT_LABEL_KEYS } from './label-keys';
import type { CardLabels } from './model';

export const OVERLAY_PREFS_KEY = 'overlayPrefs';

export type OverlayPrefs = Pick<Settings, 'language' | 'overlay'> & {
  /** The card's words in both languages: the content script resolves 'auto' itself. */
  labels: Record<Lang, CardLabels>;
};

const LANGUAGES: readonly unknown[] = ['auto', 'en', 'id'];
const MODES: readonly unknown[] = ['shown', 'collapsed', 'hidden'];

/** The stored copy, or null when it is missing or not in this shape (then ask the worker). */
export function parseOverlayPrefs(raw: unknown): OverlayPrefs | null {
  if (!raw || typeof raw !== 'object') return null;
  const { language, overlay, labels } = raw as { language?: unknown; overlay?: unknown; labels?: unknown };
  if (!LANGUAGES.includes(language) || !overlay || typeof overlay !== 'object') return null;
  const { instagram, tiktok } = overlay as { instagram?: unknown; tiktok?: unknown };
  if (!MODES.includes(instagram) || !MODES.includes(tiktok)) return null;
  if (!labels || typeof labels !== 'object') return null;
  const { en, id } = labels as { en?: unknown; id?: unknown };
  if (!isCardLabels(en, 'en') || !isCardLabels(id, 'id')) return null;
  return { language, overlay: { instagram, tiktok }, labels: { en, id } } as OverlayPrefs;
}

/**
 * Lenient: every field present with the right kind of value (a copy written by
 * an older or newer worker may differ in wording, never in shape).
 */
function isCardLabels(raw: unknown, lang: Lang): raw is CardLabels {
  if (!raw || typeof raw !== 'object') return false;
  const labels = raw as Record<string, unknown>;
  // The language is a code the worker is asked for: it must be the one it is filed under.
  if (labels.lang !== lang) return false;
  for (const key of TEXT_LABEL_KEYS) if (typeof labels[key] !== 'string') return false;
  for (const key of PER_SITE_LABEL_KEYS) {
    const perSite = labels[key] as { instagram?: unknown; tiktok?: unknown } | null | undefined;
    if (!perSite || typeof perSite !== 'object') return false;
    if (typeof perSite.instagram !== 'string' || typeof perSite.tiktok !== 'string') return false;
  }
  return true;
}

/** Request types after which the settings may have changed: the worker then rewrites the copy. */
export const SETTINGS_WRITERS: ReadonlySet<string> = new Set([
  'settings:save',
  'settings:overlay',
  'backup:import',
  'backup:import-commit',
]);
