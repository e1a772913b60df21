/**
 * The worker's side of lib/overlay-card/prefs.ts: the copy it writes, with the
 * card's labels in both languages. Apart from that file so content scripts,
 * which import only the reading side, never bundle the string tables.
 */

import type { Settings } from '@/lib/schema/settings';
import { cardLabels } from './labels';
import type { OverlayPrefs } from './prefs';

export function overlayPrefsOf(settings: Settings): OverlayPrefs {
  return {
    language: settings.language,
    overlay: { ...settings.overlay },
    labels: { en: cardLabels('en'), id: cardLabels('id') },
  };
}
