import { describe, expect, it } from 'vitest';
import { LANGS } from '@/lib/i18n/core';
import { PER_SITE_LABEL_KEYS, TEXT_LABEL_KEYS } from './label-keys';
import { cardLabels } from './labels';

describe('card labels', () => {
  it('has every field in both languages, none empty, no placeholder left but the ones the content script fills', () => {
    for (const lang of LANGS) {
      const labels = cardLabels(lang);
      expect(Object.keys(labels).sort()).toEqual([...TEXT_LABEL_KEYS, ...PER_SITE_LABEL_KEYS].sort());
      expect(labels.lang).toBe(lang);
      const texts = [
        ...TEXT_LABEL_KEYS.map((k) => labels[k]),
        ...PER_SITE_LABEL_KEYS.flatMap((k) => [labels[k].instagram, labels[k].tiktok]),
      ];
      for (const text of texts) expect(text.trim()).not.toBe('');
      const placeholders = texts.flatMap((s) => [...s.matchAll(/\{\w+\}/g)].map((m) => m[0]));
      expect(placeholders.sort()).toEqual(['{max}', '{message}', '{min}']);
    }
  });

  it('gives the English card words', () => {
    const en = cardLabels('en');
    expect(en.hide).toEqual({ instagram: 'Hide on Instagram', tiktok: 'Hide on TikTok' });
    expect(en.hideLabel.tiktok).toBe('Hide Microlens on TikTok. Show it again from the toolbar popup.');
    expect(en.roundedCount).toBe('Rounded by the site: {min}–{max}');
    expect(en.readJustNow).toBe('read just now');
    expect(en.savedStatus).toBe('Saved');
    expect(en.saved).toBe('Saved ✓');
    expect(en.saveFailed).toBe('Could not save: {message}');
    expect([en.followers, en.tier, en.engagement, en.bestFit]).toEqual([
      'Followers',
      'Tier',
      'Engagement rate',
      'Best brief fit',
    ]);
    expect(en.noFollowers).toBe('The follower count is not on this page.');
  });

  it('gives the Indonesian card words', () => {
    const id = cardLabels('id');
    expect(id.hide.instagram).toBe('Sembunyikan di Instagram');
    expect(id.readJustNow).toBe('dibaca beberapa detik yang lalu');
    expect(id.roundedCount).toBe('Dibulatkan oleh situs: {min}–{max}');
    expect(id.save).toBe('Simpan');
    expect(id.unknown).toBe('tidak diketahui');
    expect(id.computing).toBe('menghitung…');
  });
});
