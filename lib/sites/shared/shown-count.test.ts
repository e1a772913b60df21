import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Lang, langOf, parseShownCount } from './shown-count';

/** Every interface language the readers support, with the Intl locales that format like it. */
const LOCALES: ReadonlyArray<{ lang: Lang; intl: string[] }> = [
  { lang: 'id', intl: ['id'] },
  { lang: 'en', intl: ['en', 'en-GB'] },
  { lang: 'ms', intl: ['ms'] },
  { lang: 'es', intl: ['es', 'es-MX'] },
  { lang: 'pt', intl: ['pt', 'pt-PT'] },
  { lang: 'fr', intl: ['fr'] },
  { lang: 'de', intl: ['de'] },
  { lang: 'it', intl: ['it'] },
  { lang: 'nl', intl: ['nl'] },
  { lang: 'pl', intl: ['pl'] },
  { lang: 'tr', intl: ['tr'] },
  { lang: 'ru', intl: ['ru'] },
  { lang: 'ar', intl: ['ar', 'ar-EG'] }, // Latin and Arabic-Indic digits
  { lang: 'hi', intl: ['hi', 'hi-IN-u-nu-deva'] }, // Latin and Devanagari digits, lakh/crore
  { lang: 'th', intl: ['th', 'th-TH-u-nu-thai'] }, // Latin and Thai digits
  { lang: 'vi', intl: ['vi'] },
  { lang: 'tl', intl: ['fil'] },
  { lang: 'ko', intl: ['ko'] },
  { lang: 'ja', intl: ['ja'] },
  { lang: 'zh-Hans', intl: ['zh-Hans', 'zh-CN'] },
  { lang: 'zh-Hant', intl: ['zh-Hant', 'zh-TW'] },
];

const SPREAD = [
  0, 1, 7, 12, 99, 100, 999, 1_000, 1_001, 1_049, 1_050, 1_234, 1_999, 9_999, 10_000, 12_345, 15_000, 99_499,
  99_999, 100_000, 123_456, 150_000, 999_499, 999_999, 1_000_000, 1_049_999, 1_234_567, 9_950_000, 10_000_000,
  12_345_678, 99_999_999, 100_000_000, 123_456_789, 999_999_999, 1_000_000_000, 1_234_567_890, 1_999_999_999,
  2_000_000_000,
];

describe('Intl.NumberFormat round trip, every supported language', () => {
  it('node has full ICU data (otherwise this test proves nothing)', () => {
    expect(new Intl.NumberFormat('pl', { notation: 'compact' }).format(1_200)).toMatch(/^1,2\stys\.$/);
    expect(new Intl.NumberFormat('ar-EG').format(1234)).toBe('١٬٢٣٤');
  });

  for (const { lang, intl } of LOCALES) {
    for (const locale of intl) {
      const compact = new Intl.NumberFormat(locale, { notation: 'compact' });
      const long = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long' });
      const full = new Intl.NumberFormat(locale);
      const check = (n: number) => {
        for (const fmt of [compact, long]) {
          const text = fmt.format(n);
          const r = parseShownCount(text, lang);
          // Short compact forms (what the sites show) must read; a long form may stay unknown
          // (French "mille" has no digit), but is never read wrong.
          if (fmt === compact) expect(r, `${locale} "${text}" for ${n}`).toMatchObject({ ok: true });
          if (!r.ok) continue;
          expect(r.min <= n && n <= r.max, `${locale} "${text}" → ${r.min}..${r.max} holds ${n}`).toBe(true);
          // A form with no unit is exact; one with a unit is a range no wider than 1.5 of its last digit.
          if (r.exact) expect(r.value).toBe(n);
          else expect(r.max - r.min).toBeLessThan(Math.max(r.value, 1) * 1.5);
        }
        const r = parseShownCount(full.format(n), lang);
        expect(r, `${locale} "${full.format(n)}"`).toEqual({
          ok: true,
          value: n,
          exact: true,
          min: n,
          max: n,
        });
      };
      it(`${locale} (${lang}): compact, long and full forms of 0 … 2 billion`, () => {
        for (const n of SPREAD) check(n);
        fc.assert(fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), check), { numRuns: 150 });
      });
    }
  }
});

describe('precision each displayed form implies', () => {
  const range = (text: string, lang: Lang | null) => {
    const r = parseShownCount(text, lang);
    return r.ok ? [r.value, r.min, r.max, r.exact ? 'exact' : 'estimate'] : r.reason;
  };
  it.each([
    // Forms from the issue: the shown figure, then the range the true count lies in.
    ['293,3 mil', 'pt', [293_300, 293_250, 293_399, 'estimate']],
    ['1,2 rb', 'id', [1_200, 1_150, 1_299, 'estimate']],
    ['12,5 tys.', 'pl', [12_500, 12_450, 12_599, 'estimate']],
    ['1,2 M', 'fr', [1_200_000, 1_150_000, 1_299_999, 'estimate']],
    ['1,2 M', 'es', [1_200_000, 1_150_000, 1_299_999, 'estimate']],
    ['1,2 M', 'id', [1_200_000_000, 1_150_000_000, 1_299_999_999, 'estimate']], // miliar
    ['1.2M', 'id', [1_200_000, 1_150_000, 1_299_999, 'estimate']], // English style on an Indonesian page
    ['1.2万', 'zh-Hans', [12_000, 11_500, 12_999, 'estimate']],
    ['12만', 'ko', [120_000, 115_000, 129_999, 'estimate']],
    ['1.2萬', 'zh-Hant', [12_000, 11_500, 12_999, 'estimate']],
    ['862명', 'ko', [862, 862, 862, 'exact']],
    ['١٫٢ ألف', 'ar', [1_200, 1_150, 1_299, 'estimate']],
    ['١٬٢٣٤', 'ar', [1_234, 1_234, 1_234, 'exact']],
    ['१.२ लाख', 'hi', [120_000, 115_000, 129_999, 'estimate']],
    ['12,34,567', 'hi', [1_234_567, 1_234_567, 1_234_567, 'exact']],
    ['๑.๒K', 'th', [1_200, 1_150, 1_299, 'estimate']],
    ['1,2 B', 'tr', [1_200, 1_150, 1_299, 'estimate']], // bin = thousand
    ['12 B', 'tr', [12_000, 11_500, 12_999, 'estimate']],
    ['1.2B', 'tr', [1_200_000_000, 1_150_000_000, 1_299_999_999, 'estimate']], // English style
    ['1,2 Tr', 'vi', [1_200_000, 1_150_000, 1_299_999, 'estimate']],
    ['1235 M', 'es', [1_235_000_000, 1_234_500_000, 1_235_999_999, 'estimate']],
    ['12.345', 'de', [12_345, 12_345, 12_345, 'exact']],
    ['1,2 Mio.', 'de', [1_200_000, 1_150_000, 1_299_999, 'estimate']],
    ['1\u202f234', 'fr', [1_234, 1_234, 1_234, 'exact']],
    ['783.4K', 'en', [783_400, 783_350, 783_499, 'estimate']],
    ['46.3m', 'en', [46_300_000, 46_250_000, 46_399_999, 'estimate']],
    ['3,351', 'en', [3_351, 3_351, 3_351, 'exact']],
    ['1M', 'en', [1_000_000, 500_000, 1_999_999, 'estimate']],
    ['139.1K followers', 'fr', [139_100, 139_050, 139_199, 'estimate']],
  ] as const)('"%s" (%s)', (text, lang, expected) => {
    expect(range(text, lang)).toEqual(expected);
  });

  it.each([
    ['2M', 'id', 'ambiguous-unit'], // miliar or million: no decimal to tell
    ['12B', 'tr', 'ambiguous-unit'],
    ['1.234K', null, 'ambiguous-separator'],
    ['12 34', 'en', 'several-numbers'],
    ['3,351 followers 194 following', 'en', 'several-numbers'],
    ['1.5', 'en', 'fraction'],
    ['-5', 'en', 'negative'],
    ['5x', 'en', 'unknown-unit'],
    ['3 trillion', 'en', 'unknown-unit'],
    ['1,23,456', 'en', 'bad-grouping'], // Indian grouping only on a Hindi page
    ['1.2.3.4', 'en', 'bad-grouping'],
    ['abc', 'fr', 'no-number'],
  ] as const)('refuses "%s" (%s): %s', (text, lang, reason) => {
    expect(parseShownCount(text, lang)).toEqual({ ok: false, reason });
  });

  it('never gives a non-integer or an inconsistent range for any text', () => {
    const langs = [null, ...LOCALES.map((l) => l.lang)];
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom(...langs), (s, lang) => {
        const r = parseShownCount(s, lang);
        if (!r.ok) return;
        expect(Number.isSafeInteger(r.value) && r.min <= r.value && r.value <= r.max && r.min >= 0).toBe(
          true,
        );
        if (r.exact) expect(r.min === r.value && r.max === r.value).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('langOf', () => {
  it.each([
    ['id', 'id'],
    ['in', 'id'],
    ['id-ID', 'id'],
    ['en-US', 'en'],
    ['pt-BR', 'pt'],
    ['fil', 'tl'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['ko-KR', 'ko'],
    ['sv', null],
    ['', null],
  ] as const)('%s → %s', (tag, lang) => {
    expect(langOf(tag)).toBe(lang);
  });
});

describe('text that only contains a number', () => {
  it.each(['12#', '0#x', '177%', '3/4', '12?', '5~'])(
    '%s is not a count (a symbol glued to the digits)',
    (text) => {
      expect(parseShownCount(text, 'en').ok).toBe(false);
    },
  );

  it.each([
    ['177 posts', 177],
    ['(177)', 177],
    ['1.2K', 1200],
  ])('%s still reads as %d', (text, value) => {
    const parsed = parseShownCount(text, 'en');
    expect(parsed.ok && parsed.value).toBe(value);
  });
});
