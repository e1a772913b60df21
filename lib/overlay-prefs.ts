/**
 * The overlay card's settings (language, and shown/collapsed/hidden per site),
 * mirrored by the worker into extension storage so a content script can read
 * them straight from the browser, without a round trip to the worker. The
 * card must paint in the page's first frame; a worker that is asleep (it stops
 * after 30 s idle) or busy recording the previous page answers 10–100 ms later.
 * The IndexedDB settings stay the record; this is a copy the worker rewrites
 * whenever they change. No zod here: content scripts import it.
 */
import type { Settings } from './schema/settings';

export const OVERLAY_PREFS_KEY = 'overlayPrefs';

export type OverlayPrefs = Pick<Settings, 'language' | 'overlay'>;

export function overlayPrefsOf(settings: Settings): OverlayPrefs {
  return { language: settings.language, overlay: { ...settings.overlay } };
}

const LANGUAGES: readonly unknown[] = ['auto', 'en', 'id'];
const MODES: readonly unknown[] = ['shown', 'collapsed', 'hidden'];

/** The stored copy, or null when it is missing or not in this shape (then ask the worker). */
export function parseOverlayPrefs(raw: unknown): OverlayPrefs | null {
  if (!raw || typeof raw !== 'object') return null;
  const { language, overlay } = raw as { language?: unknown; overlay?: unknown };
  if (!LANGUAGES.includes(language) || !overlay || typeof overlay !== 'object') return null;
  const { instagram, tiktok } = overlay as { instagram?: unknown; tiktok?: unknown };
  if (!MODES.includes(instagram) || !MODES.includes(tiktok)) return null;
  return { language, overlay: { instagram, tiktok } } as OverlayPrefs;
}

/** Request types after which the settings may have changed: the worker then rewrites the copy. */
export const SETTINGS_WRITERS: ReadonlySet<string> = new Set([
  'settings:save',
  'settings:overlay',
  'backup:import',
  'backup:import-commit',
]);
