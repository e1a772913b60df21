import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';
import { type CountLocale, parseCount } from './parse-count';

type Ok = { text: string; locale?: CountLocale; value: number; exact: boolean; min: number; max: number };
const exact = (text: string, value: number, locale?: CountLocale): Ok => ({
  text,
  value,
  exact: true,
  min: value,
  max: value,
  ...(locale ? { locale } : {}),
});
const approx = (text: string, value: number, min: number, max: number, locale?: CountLocale): Ok => ({
  text,
  value,
  exact: false,
  min,
  max,
  ...(locale ? { locale } : {}),
});

const OK_CASES: Ok[] = [
  // Plain and grouped integers are exact.
  exact('3,351', 3351),
  exact('1,137,245', 1_137_245),
  exact('177', 177),
  exact('0', 0),
  exact('1.137.245', 1_137_245),
  exact('1.234', 1234),
  exact('1,234', 1234),
  exact('1.234', 1234, 'id'),
  exact('1,234', 1234, 'en'),
  exact('1,234', 1234, 'id'), // no unit: the thousands reading is the only count
  exact('1.234', 1234, 'en'),
  exact('12.345.678', 12_345_678, 'id'),
  exact('999', 999),
  exact('1000', 1000),
  exact('46383825', 46_383_825),
  exact('9,007,199,254,740,991', Number.MAX_SAFE_INTEGER),
  // Surrounding words, English and Indonesian.
  exact('3,351 followers', 3351),
  exact('1.234 suka', 1234),
  exact('177 posts', 177),
  exact('194 following', 194),
  exact('224 postingan', 224),
  exact('553 komentar', 553),
  exact('Followers: 3,351.', 3351),
  exact('  \n 3,351 \t ', 3351),
  exact('3,351followers', 3351),
  exact('(177)', 177),
  exact('177Posts', 177),
  approx('783.4KFollowers', 783_400, 783_350, 783_449),
  approx('12,5rbPengikut', 12_500, 12_450, 12_549),
  // Non-breaking, narrow no-break and invisible characters.
  approx('12,5\u00a0rb pengikut', 12_500, 12_450, 12_549),
  approx('1,1\u202fjt', 1_100_000, 1_050_000, 1_149_999),
  exact('\u200e3,351\u200f', 3351),
  approx('\u00a0783.4K\u00a0', 783_400, 783_350, 783_449),
  // English compact.
  approx('1.1M', 1_100_000, 1_050_000, 1_149_999),
  approx('783.4K', 783_400, 783_350, 783_449),
  approx('46.3m', 46_300_000, 46_250_000, 46_349_999),
  approx('46.3m Followers', 46_300_000, 46_250_000, 46_349_999),
  approx('Followers 1.1M', 1_100_000, 1_050_000, 1_149_999),
  approx('1.2B', 1_200_000_000, 1_150_000_000, 1_249_999_999),
  approx('10K', 10_000, 9_500, 10_499),
  approx('10k', 10_000, 9_500, 10_499),
  approx('3.9M likes', 3_900_000, 3_850_000, 3_949_999),
  approx('298K likes', 298_000, 297_500, 298_499),
  approx('1 M', 1_000_000, 500_000, 1_499_999),
  approx('1,2 M', 1_200_000, 1_150_000, 1_249_999),
  approx('2.5 million views', 2_500_000, 2_450_000, 2_549_999),
  approx('12 thousand', 12_000, 11_500, 12_499),
  approx('1,234.5K', 1_234_500, 1_234_450, 1_234_549),
  approx('1.25M', 1_250_000, 1_245_000, 1_254_999),
  approx('0.5K', 500, 450, 549),
  // Indonesian compact.
  approx('12,5 rb', 12_500, 12_450, 12_549),
  approx('12,5 rb pengikut', 12_500, 12_450, 12_549),
  approx('1,1 jt', 1_100_000, 1_050_000, 1_149_999),
  approx('255 juta', 255_000_000, 254_500_000, 255_499_999),
  approx('10 rb', 10_000, 9_500, 10_499),
  approx('2 jt', 2_000_000, 1_500_000, 2_499_999),
  approx('1.5 rb', 1_500, 1_450, 1_549),
  approx('2,3 jt', 2_300_000, 2_250_000, 2_349_999),
  approx('1,2 miliar', 1_200_000_000, 1_150_000_000, 1_249_999_999),
  approx('3 milyar', 3_000_000_000, 2_500_000_000, 3_499_999_999),
  approx('4 ribu', 4_000, 3_500, 4_499),
  approx('1.234,5 rb', 1_234_500, 1_234_450, 1_234_549),
  approx('Pengikut 12,5 rb', 12_500, 12_450, 12_549, 'id'),
  // "M" on Indonesian pages: comma decimal = miliar, dot decimal = million.
  approx('1,2 M', 1_200_000_000, 1_150_000_000, 1_249_999_999, 'id'),
  approx('1.2M', 1_200_000, 1_150_000, 1_249_999, 'id'),
  approx('1,2 M', 1_200_000, 1_150_000, 1_249_999, 'en'),
  // Locale decides a 3-digit group next to a unit.
  exact('1.234K', 1_234, 'en'),
  approx('1,234K', 1_234_000, 1_233_500, 1_234_499, 'en'),
  approx('1.234 jt', 1_234_000_000, 1_233_500_000, 1_234_499_999, 'id'),
  // Spanish / Portuguese.
  approx('3 mil', 3_000, 2_500, 3_499),
  approx('3 mil seguidores', 3_000, 2_500, 3_499),
  approx('12,5 mil', 12_500, 12_450, 12_549),
  approx('1,2 mi', 1_200_000, 1_150_000, 1_249_999),
  approx('3 millones', 3_000_000, 2_500_000, 3_499_999),
];

const BAD_CASES: { text: string; locale?: CountLocale; reason: string }[] = [
  { text: '', reason: 'empty' },
  { text: '   \u00a0 ', reason: 'empty' },
  { text: 'abc', reason: 'no-number' },
  { text: '--', reason: 'no-number' },
  { text: 'NaN', reason: 'no-number' },
  { text: 'Infinity', reason: 'no-number' },
  { text: '1e9', reason: 'several-numbers' },
  { text: '1.2.3.4x', reason: 'unknown-unit' },
  { text: '1.2.3.4', reason: 'bad-grouping' },
  { text: '12 34', reason: 'several-numbers' },
  { text: '3,351 followers 194 following', reason: 'several-numbers' },
  { text: '-5', reason: 'negative' },
  { text: '\u22121.1M', reason: 'negative' },
  { text: '1.5', reason: 'fraction' },
  { text: '1,5', reason: 'fraction' },
  { text: '12.0', reason: 'fraction' },
  { text: '1.2345K', reason: 'too-precise' },
  { text: '9,007,199,254,740,993', reason: 'too-large' },
  { text: '99999999999999999999', reason: 'too-large' },
  { text: '9007199.3B', reason: 'too-large' },
  { text: '1.234K', reason: 'ambiguous-separator' },
  { text: '2M', locale: 'id', reason: 'ambiguous-unit' },
  { text: '5x', reason: 'unknown-unit' },
  { text: '1.1Mfollowers', reason: 'fraction' },
  { text: '3T', reason: 'unknown-unit' },
  { text: '3 trillion', reason: 'unknown-unit' },
  { text: '1,23,456', reason: 'bad-grouping' },
  { text: '0,123', reason: 'fraction' },
  { text: '1,234.5,6', reason: 'bad-grouping' },
  { text: '1'.repeat(600), reason: 'too-long' },
];

describe('parseCount', () => {
  it('has at least 60 valid table cases', () => {
    expect(OK_CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(OK_CASES)('reads "$text" (locale $locale)', ({ text, locale, value, exact, min, max }) => {
    expect(parseCount(text, locale ? { locale } : {})).toEqual({ ok: true, value, exact, min, max });
  });

  it.each(BAD_CASES)('refuses "$text" with $reason', ({ text, locale, reason }) => {
    expect(parseCount(text, locale ? { locale } : {})).toEqual({ ok: false, reason });
  });

  it('keeps the true count of the real capture inside the range of its rounded display', () => {
    // Instagram showed 46,383,825 followers as "46.3m": it truncates, the range must hold it.
    const r = parseCount('46.3m Followers', { shortening: 'rounded-or-truncated' });
    expect(r.ok && r.min <= 46_383_825 && 46_383_825 <= r.max).toBe(true);
    const t = parseCount('783.4K', { shortening: 'rounded-or-truncated' });
    expect(t.ok && t.min <= 783_427 && 783_427 <= t.max).toBe(true);
  });

  it('never returns NaN or a non-integer for arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.constantFrom<CountLocale | undefined>('en', 'id', undefined),
        (s, locale) => {
          const r = parseCount(s, locale ? { locale } : {});
          if (r.ok) {
            expect(Number.isSafeInteger(r.value)).toBe(true);
            expect(r.min <= r.value && r.value <= r.max).toBe(true);
            expect(r.min).toBeGreaterThanOrEqual(0);
            if (r.exact) expect(r.min === r.value && r.max === r.value).toBe(true);
          } else {
            expect(typeof r.reason).toBe('string');
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  for (const locale of ['en', 'id'] as const) {
    it(`round-trips full formatting exactly (${locale})`, () => {
      fc.assert(
        fc.property(fc.maxSafeNat(), (n) => {
          expect(parseCount(formatCount(n, locale, 'full'), { locale })).toEqual({
            ok: true,
            value: n,
            exact: true,
            min: n,
            max: n,
          });
        }),
        { numRuns: 1000 },
      );
    });

    it(`round-trips compact formatting to a range holding the number (${locale})`, () => {
      // Up to 10^15: rounding the largest safe integers up would leave the safe range, and no real
      // count comes near it.
      const counts = fc.oneof(
        fc.nat({ max: 20_000 }),
        fc.nat({ max: 5_000_000 }),
        fc.integer({ min: 0, max: 1e15 }),
      );
      fc.assert(
        fc.property(counts, (n) => {
          const text = formatCount(n, locale, 'compact');
          const r = parseCount(text, { locale });
          expect(r.ok, text).toBe(true);
          if (!r.ok) return;
          expect(r.min <= n && n <= r.max, `${n} → ${text} → ${r.min}..${r.max}`).toBe(true);
          expect(r.exact).toBe(n < 10_000);
        }),
        { numRuns: 1000 },
      );
    });
  }
});

describe('shortening', () => {
  it('site text may be rounded or truncated, so the range reaches a whole unit above', () => {
    // Instagram shows 46,383,825 followers as "46.3m": truncated, outside the rounded range.
    const rounded = parseCount('46.3m');
    const either = parseCount('46.3m', { shortening: 'rounded-or-truncated' });
    expect(rounded).toMatchObject({ ok: true, min: 46_250_000, max: 46_349_999 });
    expect(either).toMatchObject({ ok: true, value: 46_300_000, min: 46_250_000, max: 46_399_999 });
  });

  it('keeps exact figures exact whatever the shortening', () => {
    expect(parseCount('3,351', { shortening: 'rounded-or-truncated' })).toEqual({
      ok: true,
      value: 3351,
      exact: true,
      min: 3351,
      max: 3351,
    });
  });
});
