import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/lib/store/default-settings';
import { cardLabels } from './labels';
import { parseOverlayPrefs } from './prefs';
import { overlayPrefsOf } from './prefs-of';

describe('overlay prefs copy', () => {
  it('carries the language, the per-site mode and the card words of both languages, and reads back what it wrote', () => {
    const settings = { ...defaultSettings(), language: 'id' as const };
    const prefs = overlayPrefsOf(settings);
    expect(Object.keys(prefs).sort()).toEqual(['labels', 'language', 'overlay']);
    expect(prefs.labels).toEqual({ en: cardLabels('en'), id: cardLabels('id') });
    expect(parseOverlayPrefs(JSON.parse(JSON.stringify(prefs)))).toEqual(prefs);
  });

  it('refuses anything else, so the content script asks the worker instead', () => {
    const labels = { en: cardLabels('en'), id: cardLabels('id') };
    const good = { language: 'en', overlay: { instagram: 'shown', tiktok: 'hidden' }, labels };
    const { saveHint: _gone, ...enWithoutSaveHint } = labels.en;
    for (const bad of [
      null,
      'en',
      {},
      { ...good, language: 'fr' },
      { ...good, overlay: null },
      { ...good, overlay: { instagram: 'shown' } },
      { ...good, overlay: { instagram: 'shown', tiktok: 'gone' } },
      // A copy written before the labels existed.
      { language: good.language, overlay: good.overlay },
      { ...good, labels: null },
      { ...good, labels: { en: labels.en } },
      { ...good, labels: { ...labels, id: enWithoutSaveHint } },
      { ...good, labels: { ...labels, en: { ...labels.en, save: 3 } } },
      { ...good, labels: { ...labels, en: { ...labels.en, hide: 'Hide' } } },
      { ...good, labels: { ...labels, id: { ...labels.id, hideLabel: { instagram: 'x' } } } },
      { ...good, labels: { ...labels, id: { ...labels.id, hide: { instagram: 'x', tiktok: null } } } },
      // Filed under the wrong language, or a language the worker cannot word.
      { ...good, labels: { en: labels.id, id: labels.en } },
      { ...good, labels: { ...labels, en: { ...labels.en, lang: 'fr' } } },
    ]) {
      expect(parseOverlayPrefs(bad)).toBeNull();
    }
    expect(parseOverlayPrefs(good)).toEqual(good);
  });

  it('takes labels of another wording as long as every field is there (a copy from an older or newer worker)', () => {
    const labels = { en: { ...cardLabels('en'), save: 'Keep' }, id: cardLabels('id') };
    const prefs = { language: 'auto', overlay: { instagram: 'collapsed', tiktok: 'shown' }, labels };
    expect(parseOverlayPrefs(prefs)?.labels.en.save).toBe('Keep');
  });
});
