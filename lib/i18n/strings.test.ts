import { describe, expect, it } from 'vitest';
import { commonStrings } from '@/lib/i18n/strings/common';
import { dashboardStrings } from '@/lib/i18n/strings/dashboard';
import { overlayStrings } from '@/lib/i18n/strings/overlay';
import { popupStrings } from '@/lib/i18n/strings/popup';
import { checkStrings, interpolate, LANGS } from './core';

const TABLES = { common: commonStrings, overlay: overlayStrings, popup: popupStrings };

describe.each(Object.entries(TABLES))('%s strings', (_name, table) => {
  it('has the same keys in English and Indonesian and no empty strings', () => {
    expect(checkStrings(table)).toEqual([]);
    expect(Object.keys(table.id).sort()).toEqual(Object.keys(table.en).sort());
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(table.en) as (keyof typeof table.en)[]) {
      expect([key, [...new Set(names(table.id[key]))]]).toEqual([key, [...new Set(names(table.en[key]))]]);
    }
  });

  it('leaves no placeholder unfilled when given its parameters', () => {
    for (const lang of LANGS) {
      for (const template of Object.values(table[lang]) as string[]) {
        const params = Object.fromEntries([...template.matchAll(/\{(\w+)/g)].map((m) => [m[1], 2]));
        expect(interpolate(template, lang, params)).not.toMatch(/\{\w+[|}]/);
      }
    }
  });
});

describe('Indonesian wording', () => {
  it('uses the agreed everyday terms', () => {
    expect(commonStrings.id.save).toBe('Simpan');
    expect(commonStrings.id.followers).toBe('Pengikut');
    expect(commonStrings.id.engagement).toBe('Tingkat engagement');
    expect(commonStrings.id.unknown).toBe('tidak diketahui');
    expect(commonStrings.id.openDashboard).toBe('Buka dasbor');
    expect(commonStrings.id.saved.startsWith('Tersimpan')).toBe(true);
  });

  it('says "Tier" on every surface (marketers use the English word; never "tingkatan")', () => {
    expect(commonStrings.id.tier).toBe('Tier');
    expect(dashboardStrings.id['col.tier']).toBe(commonStrings.id.tier);
    expect(dashboardStrings.id['panel.tier']).toBe(commonStrings.id.tier);
    const all = [commonStrings, overlayStrings, popupStrings, dashboardStrings].flatMap((table) =>
      Object.values(table.id),
    );
    expect(all.filter((s) => /tingkatan/i.test(s))).toEqual([]);
  });
});
