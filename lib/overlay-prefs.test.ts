import { describe, expect, it } from 'vitest';
import { overlayPrefsOf, parseOverlayPrefs } from './overlay-prefs';
import { defaultSettings } from './store/default-settings';

describe('overlay prefs copy', () => {
  it('carries only the language and the per-site mode, and reads back what it wrote', () => {
    const settings = { ...defaultSettings(), language: 'id' as const };
    const prefs = overlayPrefsOf(settings);
    expect(Object.keys(prefs).sort()).toEqual(['language', 'overlay']);
    expect(parseOverlayPrefs(JSON.parse(JSON.stringify(prefs)))).toEqual(prefs);
  });

  it('refuses anything else, so the content script asks the worker instead', () => {
    const good = { language: 'en', overlay: { instagram: 'shown', tiktok: 'hidden' } };
    for (const bad of [
      null,
      'en',
      {},
      { ...good, language: 'fr' },
      { ...good, overlay: null },
      { ...good, overlay: { instagram: 'shown' } },
      { ...good, overlay: { instagram: 'shown', tiktok: 'gone' } },
    ]) {
      expect(parseOverlayPrefs(bad)).toBeNull();
    }
    expect(parseOverlayPrefs(good)).toEqual(good);
  });
});
