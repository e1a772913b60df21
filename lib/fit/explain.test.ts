import { describe, expect, it } from 'vitest';
import { checkStrings } from '@/lib/i18n';
import { BriefSchema } from '@/lib/schema/brief';
import type { FitReason } from '@/lib/schema/fit';
import { LABELLED_BRIEFS, LABELLED_CREATORS } from '@/tests/support/data/fit-labelled';
import { describeReason, FIT_REASON_CODES, FIT_REASON_STRINGS } from './explain';
import { createFitScorer } from './score';

/** Parameters each code is emitted with by lib/fit/score. */
const PARAMS: Record<string, FitReason['params']> = {
  'no-content': {},
  'niche-in-bio': { niche: 'skincare', terms: 'skincare, kulit berminyak' },
  'niche-match': { niche: 'skincare', posts: 7, total: 12, terms: 'serum, sunscreen, #skincarelokal' },
  'niche-weak': { niche: 'coffee', posts: 1, total: 12, terms: 'kopi' },
  'niche-missing': { niche: 'parenting' },
  'keyword-in-bio': { terms: 'mpasi' },
  'keyword-match': { posts: 3, total: 9, terms: 'mpasi, bubur bayi' },
  'keyword-weak': { posts: 1, total: 9, terms: 'mpasi' },
  'keyword-missing': { terms: 'mpasi, bubur bayi' },
  'location-match': { terms: 'Bandung' },
  'location-missing': { terms: 'Bandung, Jakarta' },
  'content-type-match': { types: 'review, before-after', posts: 2, total: 8 },
  'content-type-missing': { types: 'unboxing' },
  'excluded-term': { term: 'susu formula', where: 'bio+posts', posts: 2, total: 8 },
  'platform-match': { platform: 'tiktok' },
  'platform-mismatch': { platform: 'instagram', wanted: 'tiktok' },
  'followers-in-range': { followers: 12000, min: 5000, max: 100000 },
  'followers-below': { followers: 3100, min: 5000 },
  'followers-above': { followers: 250000, max: 100000 },
  'followers-uncertain': { followers: 10000, min: 10000 },
  'followers-unknown': { max: 100000 },
  'tier-match': { tier: 'micro', wanted: 'micro' },
  'tier-mismatch': { tier: 'mega', wanted: 'nano, micro' },
  'tier-uncertain': { tier: 'micro, macro', wanted: 'micro' },
  'tier-unknown': { wanted: 'micro' },
  'engagement-met': { rate: 0.041, min: 0.02 },
  'engagement-below': { rate: 0.008, min: 0.02 },
  'engagement-unknown': { min: 0.02 },
  'language-match': { language: 'mixed', wanted: 'id' },
  'language-mismatch': { language: 'en', wanted: 'id' },
  'language-unknown': { wanted: 'en, id' },
  'negated-term': { terms: 'endorse, obat' },
  'niche-none': { niches: 'coffee, food' },
  'place-match': { place: 'Jakarta', wanted: 'Jabodetabek' },
  'place-elsewhere': { place: 'Bandung', wanted: 'Jabodetabek' },
  'place-unknown': { wanted: 'Jabodetabek' },
};

describe('describeReason', () => {
  it('has both languages for every code, with nothing left unfilled', () => {
    expect(checkStrings(FIT_REASON_STRINGS)).toEqual([]);
    expect(new Set(FIT_REASON_CODES)).toEqual(new Set(Object.keys(PARAMS)));
    for (const code of FIT_REASON_CODES) {
      const reason: FitReason = { code, polarity: 'info', hard: false, params: PARAMS[code]! };
      const en = describeReason(reason, 'en');
      const id = describeReason(reason, 'id');
      expect(en, code).not.toMatch(/[{}]/);
      expect(id, code).not.toMatch(/[{}]/);
      expect(en, code).not.toBe(id);
    }
  });

  it('says the example sentences', () => {
    const r: FitReason = {
      code: 'niche-match',
      polarity: 'positive',
      hard: false,
      params: PARAMS['niche-match']!,
    };
    expect(describeReason(r, 'en')).toBe(
      'Talks about skincare in 7 of 12 posts (serum, sunscreen, #skincarelokal)',
    );
    expect(describeReason(r, 'id')).toBe(
      'Membahas skincare di 7 dari 12 postingan (serum, sunscreen, #skincarelokal)',
    );
  });

  it('formats numbers, percentages, labels and bounds per language', () => {
    const f = (code: string, lang: 'en' | 'id') =>
      describeReason({ code, polarity: 'info', hard: false, params: PARAMS[code]! }, lang);
    expect(f('followers-in-range', 'en')).toBe(
      '12,000 followers, within the brief (between 5,000 and 100,000)',
    );
    expect(f('followers-in-range', 'id')).toBe('12.000 pengikut, sesuai brief (antara 5.000 dan 100.000)');
    expect(f('followers-unknown', 'en')).toContain('at most 100,000');
    expect(f('engagement-below', 'id')).toBe('Engagement 0,8%, di bawah minimum 2%');
    expect(f('niche-missing', 'id')).toBe('Tidak ada tanda parenting & bayi di bio maupun postingan terbaru');
    expect(f('excluded-term', 'en')).toBe('Uses an excluded word "susu formula" in the bio and 2 of 8 posts');
    expect(f('platform-mismatch', 'en')).toBe('On Instagram, but the brief wants TikTok');
    expect(f('language-match', 'id')).toContain('bahasa Inggris dan Indonesia');
  });

  it('falls back to a generic sentence for an unknown code', () => {
    expect(describeReason({ code: 'future-code', polarity: 'info', hard: false, params: {} }, 'id')).toBe(
      'Alasan lain (future-code)',
    );
  });

  it('explains every reason the scorer gives on the labelled set, in both languages', () => {
    const score = createFitScorer(LABELLED_BRIEFS.map((b) => BriefSchema.parse(b)));
    const seen = new Set<string>();
    for (const c of LABELLED_CREATORS) {
      for (const r of score(c.subject)) {
        for (const reason of r.reasons) {
          seen.add(reason.code);
          expect(FIT_REASON_CODES).toContain(reason.code);
          for (const lang of ['en', 'id'] as const) expect(describeReason(reason, lang)).not.toMatch(/[{}]/);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(8);
  });
});
