import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIER_PRESETS } from '@/lib/metrics/tiers';
import { type Brief, type BriefInput, BriefSchema } from '@/lib/schema/brief';
import { createFitScorer, evidence, type FitSubject, fitCreator } from './score';

function brief(input: Partial<BriefInput> & { id: string }): Brief {
  return BriefSchema.parse({ name: input.id, ...input });
}

function subject(over: Partial<FitSubject>): FitSubject {
  return {
    platform: 'instagram',
    handle: 'someone',
    followers: 20_000,
    engagementRate: 0.04,
    bio: '',
    captions: [],
    hashtags: [],
    ...over,
  };
}

const SKINCARE_POSTS = [
  'Review serum niacinamide lokal, cocok buat kulit berminyak #skincarelokal',
  'Sunscreen favorit aku tahun ini, tidak ada whitecast',
  'Skincare routine malam: toner, serum, moisturizer',
  'Bekas jerawat mulai pudar setelah 4 minggu',
  'Tabir surya harus dipakai ulang tiap 3 jam',
  'Weekend santai di rumah',
];
const COFFEE_POSTS = [
  'V60 pagi ini pakai biji kopi Gayo ☕',
  'Latte art tulip, masih belajar',
  'Menu baru es kopi susu pandan',
  'Kalibrasi grinder sebelum kedai buka',
  'Cold brew untuk stok seminggu',
  'Akhirnya nemu sunscreen yang enak dipakai seharian',
];

const skincareBrief = brief({ id: 'skin', niches: ['skincare'] });
const one = (s: FitSubject, b: Brief) => fitCreator(s, [b])[0]!;

describe('evidence', () => {
  it('grows with posts and with the bio, with diminishing returns, within 0..1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 5 }),
        (n, k, bio) => {
          const hit = Math.min(k, n);
          const e = evidence(hit, n, bio);
          expect(e).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(1);
          if (hit < n) expect(evidence(hit + 1, n, bio)).toBeGreaterThan(e);
          expect(evidence(hit, n, bio + 1)).toBeGreaterThanOrEqual(e);
        },
      ),
    );
    // Diminishing: the 2nd of 12 posts adds more than the 11th.
    expect(evidence(2, 12, 0) - evidence(1, 12, 0)).toBeGreaterThan(
      evidence(11, 12, 0) - evidence(10, 12, 0),
    );
  });
  it('one post in twelve is weak evidence; most posts are strong', () => {
    expect(evidence(1, 12, 0)).toBeLessThan(0.2);
    expect(evidence(8, 12, 0)).toBeGreaterThan(0.85);
  });
});

describe('fitCreator: topic', () => {
  it('a single mention does not make a niche: coffee-shop owner vs skincare creator', () => {
    const skin = one(subject({ bio: 'skincare enthusiast', captions: SKINCARE_POSTS }), skincareBrief);
    const coffee = one(
      subject({ bio: 'Owner kedai kopi, manual brew', captions: COFFEE_POSTS }),
      skincareBrief,
    );
    expect(skin.score).toBeGreaterThan(80);
    expect(coffee.score).toBeLessThan(30);
    expect(coffee.score).toBeLessThan(skin.score / 3);
    expect(coffee.reasons.find((r) => r.code === 'niche-weak')?.params).toMatchObject({ posts: 1, total: 6 });
    const match = skin.reasons.find((r) => r.code === 'niche-match')!;
    expect(match.polarity).toBe('positive');
    expect(match.params).toMatchObject({ niche: 'skincare', posts: 5, total: 6 });
    expect(String(match.params.terms)).toContain('serum');
  });

  it('bio words count on top of posts', () => {
    const posts = SKINCARE_POSTS.slice(0, 2).concat(COFFEE_POSTS.slice(0, 4));
    const without = one(subject({ captions: posts }), skincareBrief);
    const withBio = one(subject({ bio: 'Kulit berminyak & skincare lokal', captions: posts }), skincareBrief);
    expect(withBio.score).toBeGreaterThan(without.score);
    expect(withBio.reasons.some((r) => r.code === 'niche-in-bio')).toBe(true);
  });

  it('matches phrases as phrases, not scattered words', () => {
    const b = brief({ id: 'k', keywords: ['kopi susu'] });
    expect(one(subject({ captions: ['es kopi susu gula aren'] }), b).score).toBeGreaterThan(0);
    expect(one(subject({ captions: ['kopi dan susu dipisah'] }), b).score).toBe(0);
    expect(one(subject({ captions: ['#kopisusu pagi'] }), b).score).toBeGreaterThan(0);
  });

  it('says which keywords are missing when none appear', () => {
    const r = one(subject({ captions: COFFEE_POSTS }), brief({ id: 'k', keywords: ['mpasi', 'bubur bayi'] }));
    expect(r.score).toBe(0);
    expect(r.reasons).toContainEqual(
      expect.objectContaining({ code: 'keyword-missing', params: { terms: 'mpasi, bubur bayi' } }),
    );
  });

  it('matches a niche id the taxonomy does not know as a keyword', () => {
    const r = one(
      subject({ captions: ['Belajar origami hari ini', 'origami bangau'] }),
      brief({ id: 'o', niches: ['origami'] }),
    );
    expect(r.score).toBeGreaterThan(50);
  });

  it('reports no content when there is nothing to read', () => {
    const r = one(subject({}), skincareBrief);
    expect(r.score).toBe(0);
    expect(r.reasons.map((x) => x.code)).toContain('no-content');
  });
});

describe('fitCreator: excluded words', () => {
  const b = brief({ id: 'x', niches: ['parenting'], excludeKeywords: ['susu formula'] });
  const posts = [
    'Resep MPASI bubur ayam',
    'Menu MPASI 8 bulan',
    'Si kecil GTM lagi',
    'Finger food untuk bayi',
  ];
  it('is a hard fail in the bio or in two posts', () => {
    const clean = one(subject({ captions: posts }), b);
    const twice = one(subject({ captions: [...posts, 'Review susu formula', 'Giveaway susu formula'] }), b);
    expect(clean.score).toBeGreaterThan(60);
    expect(twice.score).toBeLessThanOrEqual(10);
    expect(twice.reasons.find((r) => r.code === 'excluded-term')).toMatchObject({
      hard: true,
      params: { term: 'susu formula', where: 'posts', posts: 2 },
    });
    const bio = one(subject({ bio: 'endorse susu formula', captions: posts }), b);
    expect(bio.reasons.find((r) => r.code === 'excluded-term')).toMatchObject({
      hard: true,
      params: { where: 'bio' },
    });
  });
  it('halves the score for a single mention in posts, without a hard flag', () => {
    const clean = one(subject({ captions: [...posts, 'Jalan pagi'] }), b);
    const once = one(subject({ captions: [...posts, 'Dulu pernah pakai susu formula'] }), b);
    expect(once.score).toBeCloseTo(clean.score / 2, 0);
    expect(once.reasons.find((r) => r.code === 'excluded-term')?.hard).toBe(false);
  });
});

describe('fitCreator: hard constraints', () => {
  const s = subject({ bio: 'skincare', captions: SKINCARE_POSTS });
  const base = one(s, skincareBrief).score;

  it('caps the score at 20 on a missed platform, follower range, tier or engagement', () => {
    const cases: [Partial<BriefInput>, string][] = [
      [{ platforms: ['tiktok'] }, 'platform-mismatch'],
      [{ followers: { min: 50_000 } }, 'followers-below'],
      [{ followers: { max: 10_000 } }, 'followers-above'],
      [{ tiers: ['nano'] }, 'tier-mismatch'],
      [{ minEngagementRate: 0.05 }, 'engagement-below'],
    ];
    for (const [extra, code] of cases) {
      const r = one(s, brief({ id: 'c', niches: ['skincare'], ...extra }));
      expect(r.score, code).toBeLessThanOrEqual(20);
      expect(r.score, code).toBeGreaterThan(0);
      expect(
        r.reasons.find((x) => x.code === code),
        code,
      ).toMatchObject({ hard: true, polarity: 'negative' });
    }
  });

  it('says met constraints as positive reasons and keeps the score', () => {
    const r = one(
      s,
      brief({
        id: 'c',
        niches: ['skincare'],
        platforms: ['instagram'],
        followers: { min: 10_000, max: 50_000 },
        tiers: ['micro'],
        minEngagementRate: 0.03,
        languages: ['id'],
      }),
    );
    expect(r.score).toBe(base);
    const codes = r.reasons.filter((x) => x.polarity === 'positive').map((x) => x.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'platform-match',
        'followers-in-range',
        'tier-match',
        'engagement-met',
        'language-match',
      ]),
    );
  });

  it('treats unknown figures as info, never as met, and does not cap', () => {
    const unknown = { ...s, followers: null, engagementRate: null };
    const r = one(
      unknown,
      brief({
        id: 'c',
        niches: ['skincare'],
        followers: { min: 1_000 },
        minEngagementRate: 0.03,
        tiers: ['micro'],
      }),
    );
    expect(r.score).toBe(base);
    for (const code of ['followers-unknown', 'engagement-unknown', 'tier-unknown']) {
      expect(r.reasons.find((x) => x.code === code)).toMatchObject({ polarity: 'info', hard: false });
    }
    expect(r.reasons.some((x) => x.polarity === 'positive' && /followers|engagement|tier/.test(x.code))).toBe(
      false,
    );
  });

  it('cannot call a rounded count whose range straddles a bound', () => {
    const rounded = { ...s, followers: 10_000, followersRange: { min: 9_950, max: 10_049 } };
    const r = one(
      rounded,
      brief({ id: 'c', niches: ['skincare'], followers: { min: 10_000 }, tiers: ['micro'] }),
    );
    expect(r.reasons.find((x) => x.code === 'followers-uncertain')?.polarity).toBe('info');
    expect(r.reasons.find((x) => x.code === 'tier-uncertain')?.polarity).toBe('info');
    expect(r.score).toBe(base);
  });

  it('uses the given tier scheme', () => {
    const r = fitCreator(s, [brief({ id: 'c', niches: ['skincare'], tiers: ['micro'] })], {
      scheme: TIER_PRESETS['narrow-micro'],
    });
    expect(r[0]!.reasons.find((x) => x.code === 'tier-match')).toBeDefined();
    const mid = fitCreator(
      { ...s, followers: 60_000 },
      [brief({ id: 'c', niches: ['skincare'], tiers: ['micro'] })],
      { scheme: TIER_PRESETS['narrow-micro'] },
    );
    expect(mid[0]!.reasons.find((x) => x.code === 'tier-mismatch')?.params).toMatchObject({
      tier: 'mid',
      wanted: 'micro',
    });
  });

  it('detects the content language from function words', () => {
    const en = subject({
      captions: [
        'This is my favourite serum and I use it every night',
        'The sunscreen that I love for my oily skin',
      ],
    });
    const id = subject({
      captions: [
        'Ini serum yang aku pakai tiap malam dan cocok banget',
        'Sunscreen yang ringan untuk kulit berminyak, ga lengket sama sekali',
      ],
    });
    const b = brief({ id: 'c', niches: ['skincare'], languages: ['id'] });
    expect(one(en, b).reasons.find((x) => x.code === 'language-mismatch')).toMatchObject({
      hard: true,
      params: { language: 'en', wanted: 'id' },
    });
    expect(one(id, b).reasons.find((x) => x.code === 'language-match')?.params.language).toBe('id');
    const short = subject({ captions: ['serum'] });
    expect(one(short, b).reasons.find((x) => x.code === 'language-unknown')?.polarity).toBe('info');
    expect(
      one({ ...short, languageHint: 'id' }, b).reasons.find((x) => x.code === 'language-match'),
    ).toBeDefined();
  });
});

describe('fitCreator: location words and content types', () => {
  const b = brief({
    id: 'c',
    niches: ['coffee'],
    locationWords: ['Bandung'],
    contentTypes: ['review', 'tutorial'],
  });
  it('adds points and positive reasons when on topic', () => {
    const plain = one(subject({ captions: COFFEE_POSTS }), b);
    const rich = one(
      subject({
        captions: [...COFFEE_POSTS.slice(0, 5), 'Review kedai kopi di Bandung, cara seduh V60 mereka beda'],
      }),
      b,
    );
    expect(rich.score).toBeGreaterThan(plain.score);
    expect(rich.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['location-match', 'content-type-match']),
    );
    expect(plain.reasons.find((r) => r.code === 'location-missing')?.polarity).toBe('info');
  });
  it('does not lift an off-topic creator', () => {
    const r = one(subject({ captions: ['Review sepatu lari di Bandung', 'Tutorial ikat tali sepatu'] }), b);
    expect(r.score).toBe(0);
  });
});

describe('determinism and bulk', () => {
  const briefs = [
    brief({ id: 'b', niches: ['coffee'] }),
    brief({ id: 'a', niches: ['coffee'] }),
    brief({ id: 'c', niches: ['skincare'] }),
  ];
  it('sorts best first, ties by brief id, and repeats exactly', () => {
    const s = subject({ captions: COFFEE_POSTS });
    const r = fitCreator(s, briefs);
    expect(r.map((x) => x.briefId)).toEqual(['a', 'b', 'c']);
    expect(fitCreator(subject({ captions: COFFEE_POSTS }), briefs)).toEqual(r);
  });
  it('createFitScorer gives the same results as fitCreator', () => {
    const scorer = createFitScorer(briefs);
    for (const captions of [COFFEE_POSTS, SKINCARE_POSTS, []]) {
      const s = subject({ captions });
      expect(scorer(s)).toEqual(fitCreator({ ...s }, briefs));
    }
  });
  it('scores stay within 0..100 for arbitrary text', () => {
    const scorer = createFitScorer(briefs);
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 5 }), (bio, captions) => {
        for (const r of scorer(subject({ bio, captions }))) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 200 },
    );
  });
});
