/**
 * Count helpers for the Instagram reader: exact numbers from JSON, and shown
 * text ("3,351", "1.1M", "12,5 rb") read strictly, so that a stray digit in a
 * label or a broken page never becomes a figure.
 */
import { type CountLocale, parseCount } from '../../counts/parse-count';
import { countFromParsed } from '../../counts/to-count';
import type { Count, Source } from '../../schema/reading';

/** An exact count from data (JSON, API): any non-negative safe integer, else null. */
export function exactCount(value: unknown, source: Source): Count | null {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return null;
  return { value, exact: true, min: value, max: value, source };
}

/** Numeric strings in JSON ("1234"), as some endpoints send ids and counts as strings. */
export function exactCountLoose(value: unknown, source: Source): Count | null {
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return exactCount(Number(value), source);
  return exactCount(value, source);
}

/**
 * The whole text of one displayed figure: digits with thousands separators or one
 * decimal part, then at most one compact unit (English and Indonesian, as
 * Instagram writes them). Anything else in the element means it is not a figure.
 */
const FIGURE_TEXT =
  /^(?:\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+)(?:[.,]\d{1,2})?(?:\s?(?:k|m|b|rb|ribu|jt|juta|miliar|mil))?$/i;

const SPACES = /[\s\u00a0\u202f\u2009]+/g;

/** Reads the text of one element that should hold only a figure; null unless it is one. */
export function shownCount(
  text: string | null | undefined,
  locale: CountLocale,
  source: Source,
): Count | null {
  if (!text) return null;
  const clean = text.replace(SPACES, ' ').trim();
  if (clean.length === 0 || clean.length > 20 || !FIGURE_TEXT.test(clean)) return null;
  return countFromParsed(parseCount(clean, { locale, shortening: 'rounded-or-truncated' }), source, clean);
}

/** A figure inside a longer sentence (meta descriptions): the caller has isolated the number. */
export function countInText(figure: string, locale: CountLocale, source: Source): Count | null {
  return shownCount(figure, locale, source);
}
