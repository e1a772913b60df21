import { describe, expect, it } from 'vitest';
import type { RejectReason } from '@/lib/campaigns/profile-target';
import { checkStrings, createT, interpolate, LANGS } from '@/lib/i18n/core';
import { CAMPAIGN_STAGES, DELIVERABLE_KINDS } from '@/lib/schema/campaign';
import { campaignStrings } from './campaigns';

describe('campaign strings', () => {
  it('same keys in English and Indonesian, none empty, same placeholders', () => {
    expect(checkStrings(campaignStrings)).toEqual([]);
    const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(campaignStrings.en) as (keyof typeof campaignStrings.en)[]) {
      expect([key, names(campaignStrings.id[key])]).toEqual([key, names(campaignStrings.en[key])]);
    }
  });

  it('a word for every stage, deliverable kind and reject reason', () => {
    const reasons: (RejectReason | 'duplicate' | 'queue-full')[] = [
      'empty',
      'too-long',
      'other-site',
      'post-link',
      'short-link',
      'not-a-profile',
      'invalid-handle',
      'no-platform',
      'duplicate',
      'queue-full',
    ];
    for (const lang of LANGS) {
      const t = createT(lang, campaignStrings);
      for (const s of CAMPAIGN_STAGES) expect(t(`stage.${s}`)).not.toBe(`stage.${s}`);
      for (const k of DELIVERABLE_KINDS) expect(t(`kind.${k}`, { n: 2 })).toMatch(/^2 \S/);
      for (const r of reasons) expect(campaignStrings[lang][`reject.${r}`]).toBeTruthy();
    }
  });

  it('reads naturally: plural in English, none in Indonesian; queue progress', () => {
    expect(interpolate(campaignStrings.en['kind.video'], 'en', { n: 1 })).toBe('1 video');
    expect(interpolate(campaignStrings.en['kind.story'], 'en', { n: 3 })).toBe('3 stories');
    expect(interpolate(campaignStrings.id['kind.video'], 'id', { n: 3 })).toBe('3 video');
    expect(createT('en', campaignStrings)('queue.progress', { visited: 12, total: 50 })).toBe(
      '12 of 50 visited',
    );
    expect(createT('id', campaignStrings)('queue.progress', { visited: 12, total: 50 })).toBe(
      '12 dari 50 sudah dikunjungi',
    );
  });
});
