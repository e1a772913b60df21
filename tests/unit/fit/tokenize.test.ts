import { describe, expect, it } from 'vitest';
import { normalizeTerm, Segmenter, tokenize, words } from '../../../lib/fit/tokenize';

const seg = new Segmenter([
  'skincare',
  'lokal',
  'kopi',
  'susu',
  'kuliner',
  'jakarta',
  'ootd',
  'indo',
  'hijab',
  'style',
  'mpasi',
  'bulan',
]);

describe('words', () => {
  it('lower-cases, strips diacritics, punctuation and emoji', () => {
    expect(words('Café LATTE!!! ☕️ Enak—banget…')).toEqual(['cafe', 'latte', 'enak', 'banget']);
  });
  it('keeps apostrophe words whole', () => {
    expect(words("Don't skip it's")).toEqual(['dont', 'skip', 'its']);
  });
  it('turns Indonesian reduplication into the base word, keeping the joined form as an alias', () => {
    const aliases: string[] = [];
    expect(words('kue-kue lebaran, jalan-jalan, anak2', aliases)).toEqual([
      'kue',
      'lebaran',
      'jalan',
      'anak',
    ]);
    expect(aliases).toEqual(['kuekue', 'jalanjalan', 'anakanak']);
  });
  it('splits other hyphenated words into their parts', () => {
    expect(words('eco-friendly before-after')).toEqual(['eco', 'friendly', 'before', 'after']);
  });
  it('drops the possessive -nya from longer words only', () => {
    expect(words('kopinya kulitnya punya')).toEqual(['kopi', 'kulit', 'punya']);
  });
});

describe('tokenize', () => {
  it('removes URLs and e-mail addresses', () => {
    const t = tokenize('link https://bit.ly/abc www.shop.com/x mail me a.b@c.co.id or linktr.ee/kopi', seg);
    expect(t.sequences[0]).toEqual(['link', 'mail', 'me', 'or']);
  });
  it('takes mentions out of the text and keeps them as handles and aliases', () => {
    const t = tokenize('thanks @Kopi.Kenangan!', seg);
    expect(t.mentions).toEqual(['kopi.kenangan']);
    expect(t.aliases).toContain('kopikenangan');
    expect(t.sequences[0]).toEqual(['thanks']);
  });
  it('splits hashtags by dictionary, camelCase, "_" and digits', () => {
    const t = tokenize('#skincarelokal #KopiSusu #hijab_style #mpasi6bulan #kulinerjakarta', seg);
    expect(t.sequences.slice(1)).toEqual([
      ['skincare', 'lokal'],
      ['kopi', 'susu'],
      ['hijab', 'style'],
      ['mpasi', '6', 'bulan'],
      ['kuliner', 'jakarta'],
    ]);
    expect(t.hashtags).toEqual(['skincarelokal', 'kopisusu', 'hijabstyle', 'mpasi6bulan', 'kulinerjakarta']);
  });
  it('does not cut a known word out of an unknown one (kopiah is not kopi)', () => {
    expect(tokenize('#kopiah', seg).sequences[1]).toEqual(['kopiah']);
  });
  it('keeps a known word and an unknown rest of 3+ letters', () => {
    expect(tokenize('#kulinerjkt', seg).sequences[1]).toEqual(['kuliner', 'jkt']);
  });
});

describe('normalizeTerm', () => {
  it('normalises phrases and hashtags like text', () => {
    expect(normalizeTerm('Kulit Berminyak')).toEqual({
      tokens: ['kulit', 'berminyak'],
      compact: 'kulitberminyak',
      hashtagOnly: false,
    });
    expect(normalizeTerm('#SkincareLokal')).toEqual({
      tokens: ['skincarelokal'],
      compact: 'skincarelokal',
      hashtagOnly: true,
    });
  });
  it('drops a term that is only a stopword or empty', () => {
    expect(normalizeTerm('the')).toBeNull();
    expect(normalizeTerm('yang')).toBeNull();
    expect(normalizeTerm(' !! ')).toBeNull();
  });
});
