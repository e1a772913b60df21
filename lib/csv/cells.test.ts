/**
 * Formula injection through characters a spreadsheet skips before it looks for
 * a formula, and numbers a spreadsheet would read as text or an error. The
 * leading characters are listed here by name, independently of the regex in
 * cells.ts, so a narrowed regex fails these tests.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cell, formatNumber, looksLikeFormula, neutralise } from './cells';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

/** Leading characters Excel, LibreOffice or Sheets may drop: each named one reported, then whole classes. */
const NAMED_SKIPPABLE = [
  '\u2028', // LINE SEPARATOR
  '\u2029', // PARAGRAPH SEPARATOR
  '\u0000', // NUL
  '\u0001', // SOH
  '\u000B', // VT
  '\u000C', // FF
  '\u0085', // NEL
  '\u034F', // COMBINING GRAPHEME JOINER
  '\uFE0F', // VARIATION SELECTOR-16
  '\uFE00', // VARIATION SELECTOR-1
  '\u{E0100}', // VARIATION SELECTOR-17
  '\u00A0', // NO-BREAK SPACE
  '\u1680', // OGHAM SPACE MARK
  '\u2000', // EN QUAD
  '\u3000', // IDEOGRAPHIC SPACE
  '\u200B', // ZERO WIDTH SPACE
  '\u200D', // ZERO WIDTH JOINER
  '\u2060', // WORD JOINER
  '\u180E', // MONGOLIAN VOWEL SEPARATOR
  '\u00AD', // SOFT HYPHEN
  '\u202E', // RIGHT-TO-LEFT OVERRIDE
  '\uFEFF', // BOM
  '\u0301', // COMBINING ACUTE ACCENT
  '\u115F', // HANGUL CHOSEONG FILLER
  '\u3164', // HANGUL FILLER
  '\u001F', // UNIT SEPARATOR
  '\u007F', // DEL
  '\u009F', // APPLICATION PROGRAM COMMAND
];

/** Every code point of the classes a spreadsheet may skip, enumerated by category name. */
const SKIPPABLE_CLASSES = /^[\p{Zs}\p{Zl}\p{Zp}\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Mc}\s]$/u;
const skippableCodePoints: string[] = [];
for (let cp = 0; cp <= 0x10ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  const ch = String.fromCodePoint(cp);
  if (SKIPPABLE_CLASSES.test(ch)) skippableCodePoints.push(ch);
}

const skippable = fc.constantFrom(...NAMED_SKIPPABLE, ...skippableCodePoints);
const trigger = fc.constantFrom(...TRIGGERS);

describe('CSV cells: leading characters cannot hide a formula', () => {
  it.each(
    NAMED_SKIPPABLE.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]),
  )('neutralises %s before "="', (_name, lead) => {
    const text = `${lead}=HYPERLINK("https://evil.example","x")`;
    expect(looksLikeFormula(text)).toBe(true);
    expect(neutralise(text)).toBe(`'${text}`);
  });

  it('neutralises any run of skippable characters before any trigger (property)', () => {
    fc.assert(
      fc.property(
        fc.array(skippable, { minLength: 1, maxLength: 6 }),
        trigger,
        fc.string(),
        (leads, t, rest) => {
          const text = leads.join('') + t + rest;
          const written = cell(text, ',');
          const unquoted = written.startsWith('"') ? written.slice(1, -1).replaceAll('""', '"') : written;
          expect(unquoted.startsWith("'")).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('leaves ordinary text alone (no quote for letters, digits, or a trigger after visible text)', () => {
    fc.assert(
      fc.property(fc.constantFrom('a', 'Z', '7', 'é', '中', '#'), fc.string(), (first, rest) => {
        const text = first + rest;
        expect(neutralise(text)).toBe(text);
      }),
    );
  });
});

describe('CSV cells: numbers are always finite plain digits', () => {
  it('writes a rate of 1e308 as digits, never "Infinity" or an exponent', () => {
    const text = formatNumber(1e308, ',', 2);
    expect(text).not.toMatch(/Infinity|e|NaN/i);
    expect(text).toMatch(/^1\d{308}$/);
    expect(cell(1e308, ';')).toMatch(/^1\d{308}$/);
  });

  it('writes nothing for non-finite numbers', () => {
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(cell(n, ',')).toBe('');
    }
  });

  it('never writes Infinity, NaN or an exponent for any double (property)', () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.constantFrom<',' | ';'>(',', ';'),
        fc.integer({ min: 0, max: 6 }),
        (n, delimiter, decimals) => {
          const text = formatNumber(n, delimiter, decimals);
          expect(text).not.toMatch(/Infinity|NaN|e/i);
          if (Number.isFinite(n)) expect(text).toMatch(/^-?\d+([.,]\d+)?$/);
          else expect(text).toBe('');
        },
      ),
      { numRuns: 5000 },
    );
  });
});
