import { describe, expect, it } from 'vitest';
import { maskNegations, NEGATED_WORD } from '@/lib/fit/negation';
import { expandPlaces } from '@/lib/fit/places';
import { createFitScorer, type FitSubject } from '@/lib/fit/score';
import { type BriefInput, BriefSchema } from '@/lib/schema/brief';

const noTerms = () => false;
const masked = (t: string) => maskNegations(t, (a, b) => `${a} ${b}` === 'anti aging').text;

describe('maskNegations', () => {
  it('masks what English and Indonesian cues govern, within the clause', () => {
    expect(masked('No endorse obat, skincare lover')).toBe(
      `No ${NEGATED_WORD} ${NEGATED_WORD}, skincare lover`,
    );
    expect(masked('bukan dokter')).toBe(`bukan ${NEGATED_WORD}`);
    expect(masked('Kopi tanpa gula. Kopi susu favorit')).toBe(
      `Kopi tanpa ${NEGATED_WORD}. Kopi susu favorit`,
    );
    expect(masked('aku gak suka kopi')).toBe(`aku gak ${NEGATED_WORD} ${NEGATED_WORD}`);
    expect(masked('nggak pakai pewangi')).toBe(`nggak ${NEGATED_WORD} ${NEGATED_WORD}`);
    expect(masked('not a coffee person')).toBe(`not ${NEGATED_WORD} ${NEGATED_WORD} ${NEGATED_WORD}`);
    expect(masked('non-halal food')).toBe(`non ${NEGATED_WORD} food`);
    expect(masked('anti drama club')).toBe(`anti ${NEGATED_WORD} club`);
  });

  it('leaves idioms, product claims, numbers and giveaways alone', () => {
    for (const t of [
      'gak sabar cobain kopi ini',
      'jangan lupa pakai sunscreen',
      'not only skincare but makeup',
      'nggak nyesel beli serum ini',
      'serum anti aging',
      'No. 1 coffee in town',
      'no 1 kopi',
      'Ikut GA skincare bulan ini',
      'Review jujur sunscreen lokal',
    ]) {
      expect(masked(t), t).toBe(t);
    }
  });

  it('stops at a conjunction and at punctuation', () => {
    expect(masked('tidak lengket dan cocok untuk kulit berminyak')).toBe(
      `tidak ${NEGATED_WORD} dan cocok untuk kulit berminyak`,
    );
    expect(masked('No sugar! Coffee lover')).toBe(`No ${NEGATED_WORD}! Coffee lover`);
  });

  it('returns text without a cue unchanged, and names what it masked', () => {
    expect(maskNegations('Kopi susu gula aren', noTerms)).toEqual({
      text: 'Kopi susu gula aren',
      negated: [],
    });
    expect(maskNegations('No endorse obat', noTerms).negated).toEqual(['endorse obat']);
  });
});

describe('expandPlaces', () => {
  it('expands an area to its cities, in English or Indonesian, and keeps unknown names', () => {
    expect([...expandPlaces(['Jabodetabek']).ids].sort()).toEqual(
      ['bekasi', 'bogor', 'depok', 'jabodetabek', 'jakarta', 'tangerang'].sort(),
    );
    expect(expandPlaces(['West Java']).ids.has('bandung')).toBe(true);
    expect(expandPlaces(['Jawa Barat']).ids.has('bandung')).toBe(true);
    expect(expandPlaces(['Cianjur'])).toEqual({ ids: new Set(), unknown: ['Cianjur'] });
  });
});

const subject = (bio: string, captions: string[], over: Partial<FitSubject> = {}): FitSubject => ({
  platform: 'instagram',
  handle: 'x',
  followers: 20_000,
  engagementRate: 0.03,
  bio,
  captions,
  hashtags: [],
  ...over,
});

function scoreOf(brief: BriefInput, s: FitSubject) {
  return createFitScorer([BriefSchema.parse(brief)])(s)[0]!;
}

describe('fit with negation, niches and places', () => {
  const skincare: BriefInput = {
    id: 'skin',
    name: 'Sunscreen',
    niches: ['skincare'],
    keywords: ['sunscreen', 'serum'],
    excludeKeywords: ['obat', 'pelangsing'],
  };
  const captions = [
    'Review sunscreen lokal, teksturnya ringan 🌞 #skincare',
    'Skincare routine malam: serum niacinamide + moisturizer',
    'Sunscreen untuk kulit berminyak, reapply tiap 3 jam',
    'Serum vitamin C favorit bulan ini',
  ];

  it('"No endorse obat" neither fails an excluded "obat" nor counts; the reason says it was seen', () => {
    const negated = scoreOf(skincare, subject('Skincare lover | No endorse obat & pelangsing', captions));
    const plain = scoreOf(skincare, subject('Skincare lover | endorse obat pelangsing', captions));
    expect(negated.reasons.some((r) => r.code === 'excluded-term')).toBe(false);
    expect(negated.reasons.find((r) => r.code === 'negated-term')?.params.terms).toContain('obat');
    expect(plain.reasons.some((r) => r.code === 'excluded-term' && r.hard)).toBe(true);
    expect(negated.score).toBeGreaterThan(60);
    expect(plain.score).toBeLessThan(10);
  });

  it('"bukan" and "tidak" words are no evidence for a term', () => {
    const coffee: BriefInput = { id: 'c', name: 'Coffee', niches: ['coffee'], keywords: ['kopi susu'] };
    const hater = scoreOf(
      coffee,
      subject('Bukan pecinta kopi. Tidak minum kopi susu', [
        'Teh tarik sore ini',
        'Es jeruk segar siang ini',
      ]),
    );
    expect(hater.score).toBeLessThan(16);
    expect(hater.reasons.some((r) => r.code === 'negated-term')).toBe(true);
  });

  it('no evidence for the brief’s niche caps the score, whatever keywords match', () => {
    const brief: BriefInput = {
      id: 'b',
      name: 'Coffee beans',
      niches: ['coffee'],
      keywords: ['resep', 'enak'],
    };
    const r = scoreOf(
      brief,
      subject('Resep MPASI enak', ['Resep bubur bayi enak', 'Resep puree enak', 'Resep enak hari ini']),
    );
    expect(r.score).toBeLessThanOrEqual(15);
    expect(r.reasons.find((x) => x.code === 'niche-none')?.params.niches).toBe('coffee');
  });

  it('a baby-food creator in Bandung scores low on a coffee & culinary brief for Jabodetabek', () => {
    const brief: BriefInput = {
      id: 'kopi-jkt',
      name: 'Coffee & culinary — Jabodetabek',
      niches: ['coffee'],
      keywords: ['kuliner', 'kopi', 'cafe'],
      places: ['Jabodetabek'],
    };
    const bandung = subject('Ibu 2 anak di Bandung | resep MPASI & kuliner keluarga', [
      'Resep MPASI 8 bulan: bubur salmon brokoli',
      'Kuliner keluarga akhir pekan di Bandung',
      'Puree alpukat untuk si kecil',
    ]);
    const jakarta = subject('Coffee shop hopper ☕ Jakarta Selatan', [
      'Kopi susu gula aren di cafe baru Kemang',
      'Manual brew V60 pagi ini, kopi Gayo',
      'Kuliner malam Jaksel: kopi dan roti bakar',
    ]);
    const rb = scoreOf(brief, bandung);
    const rj = scoreOf(brief, jakarta);
    expect(rb.reasons.find((r) => r.code === 'place-elsewhere')).toMatchObject({ hard: true });
    expect(rb.reasons.find((r) => r.code === 'place-elsewhere')?.params.place).toContain('Bandung');
    expect(rb.score).toBeLessThan(5);
    expect(rj.reasons.find((r) => r.code === 'place-match')?.params.place).toMatch(/jakarta/i);
    expect(rj.score).toBeGreaterThan(50);
  });

  it('a place in posts only counts when the bio names none; no place at all is unknown, not a miss', () => {
    const brief: BriefInput = {
      id: 'p',
      name: 'Skincare Surabaya',
      niches: ['skincare'],
      places: ['Surabaya'],
    };
    const posts = scoreOf(brief, subject('Skincare lover', [...captions, 'Meet up skincare di Surabaya']));
    expect(posts.reasons.some((r) => r.code === 'place-match')).toBe(true);
    const none = scoreOf(brief, subject('Skincare lover', captions));
    expect(none.reasons.find((r) => r.code === 'place-unknown')?.hard).toBe(false);
    const away = scoreOf(
      brief,
      subject('Skincare lover', [...captions, 'Trip ke Bali', 'Kulineran di Jogja']),
    );
    expect(away.reasons.find((r) => r.code === 'place-elsewhere')?.hard).toBe(true);
    // "bukan orang Surabaya" is no claim to be there.
    const denied = scoreOf(brief, subject('Skincare lover, bukan orang Surabaya', captions));
    expect(denied.reasons.some((r) => r.code === 'place-match')).toBe(false);
  });
});
