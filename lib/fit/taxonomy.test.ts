import { describe, expect, it } from 'vitest';
import { BriefSchema } from '@/lib/schema/brief';
import { fitCreator } from './score';
import { CONTENT_TYPE_TERMS, NICHE_BY_ID, TAXONOMY } from './taxonomy';
import { normalizeTerm } from './tokenize';

describe('taxonomy', () => {
  it('has at least 20 niches, each with labels, terms and hashtags in both languages', () => {
    expect(TAXONOMY.length).toBeGreaterThanOrEqual(20);
    expect(new Set(TAXONOMY.map((n) => n.id)).size).toBe(TAXONOMY.length);
    for (const n of TAXONOMY) {
      expect(n.label.en.length, n.id).toBeGreaterThan(0);
      expect(n.label.id.length, n.id).toBeGreaterThan(0);
      expect(n.terms.en.length, n.id).toBeGreaterThan(3);
      expect(n.terms.id.length, n.id).toBeGreaterThan(3);
      expect(n.hashtags.length, n.id).toBeGreaterThan(3);
      for (const h of n.hashtags) expect(h, n.id).toMatch(/^#[a-z0-9]+$/);
      // Every term survives normalisation (no stopword-only or empty terms).
      for (const t of [...n.terms.en, ...n.terms.id, ...n.hashtags])
        expect(normalizeTerm(t), `${n.id}: ${t}`).not.toBeNull();
    }
  });

  it('covers the Indonesian market vocabulary marketers search for', () => {
    const has = (id: string, term: string) =>
      [
        ...NICHE_BY_ID.get(id)!.terms.en,
        ...NICHE_BY_ID.get(id)!.terms.id,
        ...NICHE_BY_ID.get(id)!.hashtags,
      ].includes(term);
    for (const [id, term] of [
      ['skincare', 'kulit berminyak'],
      ['skincare', 'tabir surya'],
      ['skincare', 'serum'],
      ['skincare', '#skincarelokal'],
      ['skincare', '#skincareindonesia'],
      ['parenting', 'mpasi'],
      ['parenting', '#mpasi'],
      ['food', 'kuliner'],
      ['food', 'jajanan'],
      ['food', 'resep'],
      ['food', '#kulinerjakarta'],
      ['home', 'beberes rumah'],
      ['coffee', 'ngopi'],
      ['coffee', 'kopi susu'],
      ['coffee', 'barista'],
      ['coffee', 'manual brew'],
      ['fashion', '#ootdindo'],
      ['modest-fashion', '#hijabstyle'],
    ] as const) {
      expect(has(id, term), `${id}: ${term}`).toBe(true);
    }
  });

  it('has terms for every content type a brief can ask for', () => {
    const types = BriefSchema.parse({ id: 'x', name: 'x', keywords: ['x'] }).contentTypes;
    expect(types).toEqual([]);
    for (const [type, terms] of Object.entries(CONTENT_TYPE_TERMS))
      expect(terms.length, type).toBeGreaterThan(2);
  });
});

describe('fitCreator cache', () => {
  it('never scores against a stale copy of an edited brief set', () => {
    const briefs = [BriefSchema.parse({ id: 'a', name: 'a', keywords: ['kopi'] })];
    const s = {
      platform: 'instagram' as const,
      handle: 'x',
      followers: null,
      engagementRate: null,
      bio: '',
      captions: ['ngopi kopi susu', 'teh manis'],
      hashtags: [],
    };
    expect(fitCreator(s, briefs)[0]!.score).toBeGreaterThan(0);
    briefs[0] = BriefSchema.parse({ id: 'a', name: 'a', keywords: ['teh'] });
    briefs.push(BriefSchema.parse({ id: 'b', name: 'b', keywords: ['bakso'] }));
    const r = fitCreator({ ...s }, briefs);
    expect(r.map((x) => x.briefId)).toEqual(['a', 'b']);
    expect(r[0]!.reasons.find((x) => x.code === 'keyword-match')?.params.terms).toBe('teh');
  });
});
