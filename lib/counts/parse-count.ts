/**
 * Reads one displayed count ("3,351", "1.1M", "12,5 rb pengikut", "3 mil") into a number with
 * the range it stands for. "Correct or unknown, never wrong": whenever the text could mean two
 * different counts, or is not a count at all, the answer is `{ ok: false, reason }`.
 *
 * Rules (each chosen so that no reading is silently wrong):
 *
 * - Exactly one number may appear in the text; words around it are ignored ("Followers 1.1M",
 *   "12,5 rb pengikut"). Two numbers ("12 34", "1e9", "3 posts 5 likes") are rejected: a
 *   reader must hand over the text of one figure.
 * - A minus sign right before the number, a fraction without a unit ("1.5"), a number above
 *   Number.MAX_SAFE_INTEGER, and an unknown one-letter unit ("5x", "3T") are rejected.
 * - Separators. Several identical separators are thousands groups ("1,137,245", "1.137.245");
 *   every group after the first must have 3 digits. Both "." and "," present: the last one is
 *   the decimal separator ("1,234.5K", "1.234,5 rb"). A single separator followed by exactly
 *   3 digits and no unit is a thousands separator whatever the locale ("1.234" and "1,234" are
 *   both 1234): counts are whole numbers, so that is the only reading that is a count. With a
 *   unit ("1.234K") the locale decides ('en': "." decimal, "," thousands; 'id': the reverse);
 *   without a locale it is ambiguous and rejected. A single separator followed by any other
 *   number of digits is a decimal separator ("1.1M", "12,5 rb").
 * - Units, case-insensitive: K / rb / ribu / thousand / mil (Spanish & Portuguese "mil" =
 *   thousand) = 10^3; M / jt / juta / million / mi / mio / mln / millones / milhões = 10^6;
 *   B / bn / billion / bi / miliar / milyar = 10^9.
 * - "M" on Indonesian pages: Indonesian (CLDR id) writes miliar (10^9) as "M" and million as
 *   "jt", while TikTok and English-formatted text use "M" for million. So with locale 'id' an
 *   "M" after a comma decimal ("1,2 M", Indonesian formatting) is miliar, after a dot decimal
 *   ("1.2M", English formatting) is million, and after a whole number ("2M") is ambiguous and
 *   rejected. Without a locale or with 'en', "M" is million (English and Spanish agree).
 * - Range of a shortened figure, for a display unit u (100,000 for "1.1M"):
 *   - `shortening: 'rounded'` (the default, for text rounded half up such as our own
 *     formatCount): value - u/2 .. value + u/2 - 1. "1.1M" → 1,050,000..1,149,999;
 *     "783.4K" → 783,350..783,449; "3 mil" → 2,500..3,499.
 *   - `shortening: 'rounded-or-truncated'`, for site text: platforms differ, and Instagram
 *     truncates (the real capture shows 46,383,825 followers as "46.3m"), so the range covers
 *     both: value - u/2 .. value + u - 1 ("1.1M" → 1,050,000..1,199,999). The site readers use
 *     this, so a figure read from a page always holds the true count.
 *   A figure without a unit (or whose unit is 1) is exact.
 */

export type ParsedCount =
  | { ok: true; value: number; exact: boolean; min: number; max: number }
  | { ok: false; reason: string };

export type CountLocale = 'en' | 'id';

/** How the text was shortened; decides how far above the shown figure the true count may be. */
export type Shortening = 'rounded' | 'rounded-or-truncated';

export interface ParseCountOptions {
  /** The page's interface language; only matters where the text alone is ambiguous. */
  locale?: CountLocale;
  /** Default 'rounded'. Site readers pass 'rounded-or-truncated'. */
  shortening?: Shortening;
}

/** Powers of ten per unit word (lower-case). "m" is special-cased for Indonesian, see above. */
const UNIT_EXPONENTS: Readonly<Record<string, number>> = {
  k: 3,
  rb: 3, // Indonesian "ribu" abbreviation
  ribu: 3,
  thousand: 3,
  thousands: 3,
  mil: 3, // Spanish / Portuguese compact thousand ("3 mil")
  m: 6,
  jt: 6, // Indonesian "juta" abbreviation
  juta: 6,
  million: 6,
  millions: 6,
  mi: 6, // Portuguese compact million ("1,2 mi")
  mio: 6,
  mln: 6,
  millones: 6,
  milhões: 6,
  milhoes: 6,
  b: 9,
  bn: 9,
  billion: 9,
  billions: 9,
  bi: 9, // Portuguese compact billion
  miliar: 9, // Indonesian billion
  milyar: 9, // common Indonesian spelling variant
};

/** Words that look like a magnitude but are not in the table: refuse rather than ignore them. */
const MAGNITUDE_LOOKALIKE = /^(mil|bil|jut|rib|thous|tri|lakh|crore)/;

/** Spaces a page may use inside a figure: NBSP, narrow NBSP, thin, figure, ideographic. */
const SPACE_LIKE = /[\u00a0\u202f\u2009\u2007\u2008\u200a\u3000]/g;
/** Invisible marks (zero-width space/joiners, bidi marks) that must not split a figure. */
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u061c]/g;

const NUMBER_TOKEN = /\d+(?:[.,]\d+)*/g;
const MAX_TEXT_LENGTH = 500;

const fail = (reason: string): ParsedCount => ({ ok: false, reason });

/** Digits before and after the decimal separator, or why the token is not a count. */
type Digits = { int: string; frac: string; decimalSep: '.' | ',' | null } | { error: string };

/** Thousands groups are valid when the first has 1–3 digits (no leading 0) and the rest exactly 3. */
function validGroups(groups: string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || first.length < 1 || first.length > 3) return false;
  if (first.length > 1 && first.startsWith('0')) return false;
  if (first === '0') return false;
  return rest.every((g) => g.length === 3);
}

function splitDigits(token: string, hasUnit: boolean, locale: CountLocale | undefined): Digits {
  const seps = token.replace(/\d/g, '');
  const groups = token.split(/[.,]/);
  if (seps.length === 0) return { int: token, frac: '', decimalSep: null };

  const kinds = new Set(seps);
  if (kinds.size === 2) {
    // Mixed: the last separator is the decimal one and appears once; the others group thousands.
    const decimalSep = seps[seps.length - 1] as '.' | ',';
    const thousands = seps.slice(0, -1);
    if (thousands.includes(decimalSep)) return { error: 'bad-grouping' };
    const frac = groups[groups.length - 1] ?? '';
    const intGroups = groups.slice(0, -1);
    if (!validGroups(intGroups)) return { error: 'bad-grouping' };
    return { int: intGroups.join(''), frac, decimalSep };
  }

  const sep = seps[0] as '.' | ',';
  if (seps.length > 1) {
    if (!validGroups(groups)) return { error: 'bad-grouping' };
    return { int: groups.join(''), frac: '', decimalSep: null };
  }

  const [before = '', after = ''] = groups;
  const couldBeThousands = after.length === 3 && validGroups(groups);
  if (!couldBeThousands) return { int: before, frac: after, decimalSep: sep };
  if (!hasUnit) return { int: before + after, frac: '', decimalSep: null };
  if (locale === undefined) return { error: 'ambiguous-separator' };
  const decimalForLocale = locale === 'id' ? ',' : '.';
  return sep === decimalForLocale
    ? { int: before, frac: after, decimalSep: sep }
    : { int: before + after, frac: '', decimalSep: null };
}

/**
 * The unit word right after the number, if any (letters, optionally after spaces), lower-case.
 * A unit glued to a capitalised label, as a parent element's text reads when the figure and its
 * label are sibling elements ("783.4KFollowers", "12,5rbPengikut"), is split at the capital.
 */
function unitWordAfter(rest: string): string | null {
  const word = /^\s*(\p{L}+)/u.exec(rest)?.[1];
  if (!word) return null;
  const glued = /^(\p{L}{1,3}?)\p{Lu}\p{Ll}/u.exec(word)?.[1];
  if (glued && UNIT_EXPONENTS[glued.toLowerCase()] !== undefined) return glued.toLowerCase();
  return word.toLowerCase();
}

/**
 * Parse one displayed count. See the file comment for every rule; `locale` is the page's
 * interface language and only matters where the text alone is ambiguous.
 */
export function parseCount(text: string, opts: ParseCountOptions = {}): ParsedCount {
  if (typeof text !== 'string') return fail('not-text');
  if (text.length > MAX_TEXT_LENGTH) return fail('too-long');
  const clean = text.replace(INVISIBLE, '').replace(SPACE_LIKE, ' ').trim();
  if (clean === '') return fail('empty');

  const tokens = [...clean.matchAll(NUMBER_TOKEN)];
  if (tokens.length === 0) return fail('no-number');
  if (tokens.length > 1) return fail('several-numbers');
  const match = tokens[0]!;
  const token = match[0];
  const start = match.index ?? 0;

  const before = clean[start - 1];
  if (before === '-' || before === '\u2212') return fail('negative');

  const word = unitWordAfter(clean.slice(start + token.length));
  let exponent = 0;
  let unitWord: string | null = null;
  if (word !== null) {
    const known = UNIT_EXPONENTS[word];
    if (known !== undefined) {
      exponent = known;
      unitWord = word;
    } else if (MAGNITUDE_LOOKALIKE.test(word) || word.length === 1) {
      return fail('unknown-unit');
    }
  }

  const digits = splitDigits(token, unitWord !== null, opts.locale);
  if ('error' in digits) return fail(digits.error);

  if (unitWord === 'm' && opts.locale === 'id') {
    if (digits.decimalSep === ',') exponent = 9;
    else if (digits.decimalSep === '.') exponent = 6;
    else return fail('ambiguous-unit');
  }

  const { int, frac } = digits;
  if (frac.length > 0 && exponent === 0) return fail('fraction');
  if (frac.length > exponent) return fail('too-precise');

  const mantissa = Number(int + frac);
  if (!Number.isSafeInteger(mantissa)) return fail('too-large');
  const unit = 10 ** (exponent - frac.length);
  const value = mantissa * unit;
  const min = Math.max(0, value - Math.floor(unit / 2));
  if (!Number.isSafeInteger(value)) return fail('too-large');
  // No count exceeds the largest safe integer, so the range may stop there.
  const above = opts.shortening === 'rounded-or-truncated' ? unit - 1 : Math.ceil(unit / 2) - 1;
  const max = Math.min(Number.MAX_SAFE_INTEGER, value + above);

  return { ok: true, value, exact: unit === 1, min, max };
}
