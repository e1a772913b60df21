import { describe, expect, it } from 'vitest';
import { checkStrings, interpolate, LANGS } from '@/lib/i18n/core';
import { dashboardStrings } from './dashboard';

describe('dashboard strings', () => {
  it('has the same keys in English and Indonesian and no empty strings', () => {
    expect(checkStrings(dashboardStrings)).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(dashboardStrings.en) as (keyof typeof dashboardStrings.en)[]) {
      expect([key, names(dashboardStrings.id[key])]).toEqual([key, names(dashboardStrings.en[key])]);
    }
  });

  it('leaves no placeholder unfilled when given its parameters', () => {
    for (const lang of LANGS) {
      for (const template of Object.values(dashboardStrings[lang]) as string[]) {
        const params = Object.fromEntries([...template.matchAll(/\{(\w+)/g)].map((m) => [m[1], 2]));
        expect(interpolate(template, lang, params)).not.toMatch(/\{\w+[|}]/);
      }
    }
  });

  it('explains the semicolon delimiter for Indonesian Excel in both languages', () => {
    expect(dashboardStrings.en['settings.csvHint']).toMatch(/Indonesian/);
    expect(dashboardStrings.id['settings.csvHint']).toMatch(/Indonesia/);
  });
});
