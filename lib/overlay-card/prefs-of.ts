/**
 * The worker's side of lib/overlay-prefs.ts: the copy it writes, with the
 * card's labels in both languages. Apart from that file so content scripts,
 * which import only the reading side, never bundle the string tables.
 */
import { cardLabels } from './overlay-card/labels';
import type { OverlayPrefs } from './overlay-prefs';
import type { Settings } from './schema/settings';

export function overlayPrefsOf(settings: Settings): OverlayPrefs {
  return {
    language: settings.language,
    overlay: { ...settings.overlay },
    labels: { en: cardLabels('en'), id: cardLabels('id') },
  };
}
