import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, normalizeTerm, Segmenter, tokenize, words } from './tokenize';

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

/**
 * The plain definition of words(): fold the whole text, drop apostrophes, split on anything but
 * a–z, 0–9 and "-", then the word rules. words() scans in one pass and folds only the pieces with
 * non-ASCII characters; it must give exactly this.
 */
function wordsByDefinition(text: string, aliases: string[]): string[] {
  const stripNya = (w: string) => (w.length >= 6 && w.endsWith('nya') ? w.slice(0, -3) : w);
  const word = (raw: string, out: string[]): void => {
    if (raw.includes('-')) {
      const parts = raw.split('-').filter((p) => p.length > 0);
      if (parts.length === 2 && parts[0] === parts[1]) {
        out.push(stripNya(parts[0]!));
        aliases.push(parts[0]! + parts[1]!);
      } else for (const p of parts) word(p, out);
      return;
    }
    const redup = /^([a-z]{2,})2$/.exec(raw);
    if (redup) {
      out.push(redup[1]!);
      aliases.push(redup[1]! + redup[1]!);
    } else out.push(stripNya(raw));
  };
  const out: string[] = [];
  for (const raw of fold(text)
    .replace(/['’`]/g, '')
    .split(/[^a-z0-9-]+/)) {
    const trimmed = raw.replace(/^-+|-+$/g, '');
    if (trimmed.length > 0) word(trimmed, out);
  }
  return out;
}

describe('words, against its plain definition', () => {
  // Pieces that stress folding piece by piece: accents (precomposed and combining), compatibility
  // forms that fold to ASCII letters, hyphens and apostrophes (fullwidth ones fold to ASCII),
  // final sigma, dotted capital I, ligatures, emoji with variation selectors, "2" and "-nya".
  const pieces = [
    'Kopi',
    'kopinya',
    'kue-kue',
    'KUE2',
    'don’t',
    "it's",
    '`x',
    ' ',
    ', ',
    '.',
    '-',
    '--',
    '2',
    'Café',
    'cafe\u0301',
    'ＡＢ',
    'ｋｏｐｉ',
    '－',
    '﹣',
    '＇',
    'ΟΔΟΣ',
    'ΑΣ.Β',
    'İstanbul',
    'ﬁne',
    '½',
    '²',
    '☕️',
    '👍🏽',
    '\u00a0',
    '\u3000',
    '\u200b',
    'ẞ',
    'Ǆ',
    'ǅnya',
    'jalan-jalan',
    '#',
  ];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 3 })), {
      maxLength: 12,
    })
    .map((parts) => parts.join(''));

  it('gives the same words and aliases for any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const aliases: string[] = [];
        const expectedAliases: string[] = [];
        expect(words(t, aliases)).toEqual(wordsByDefinition(t, expectedAliases));
        expect(aliases).toEqual(expectedAliases);
      }),
      { numRuns: 3000 },
    );
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
