/**
 * Numbers, percentages, dates and counts the way each language writes them:
 * "3,351" / "3.351", "5.3%" / "5,3%", "≈1.1M" / "≈1,1 jt".
 */
import { formatCount as formatCountStyle } from '@/lib/counts/format-count';
import { type Lang, localeOf } from './core';
import { dateTimeFormat, numberFormat, relativeTimeFormat } from './intl-cache';

export function formatNumber(n: number, lang: Lang, opts: Intl.NumberFormatOptions = {}): string {
  return numberFormat(localeOf(lang), { maximumFractionDigits: 1, ...opts }).format(n);
}

/** A fraction as a percentage: 0.053 → "5.3%" (en) / "5,3%" (id). */
export function formatPercent(
  fraction: number,
  lang: Lang,
  digits = 1,
  opts: Intl.NumberFormatOptions = {},
): string {
  return numberFormat(localeOf(lang), {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
    ...opts,
  }).format(fraction);
}

/** A calendar date: "Nov 21, 2026" / "21 Nov 2026". */
export function formatDate(ms: number, lang: Lang): string {
  return dateTimeFormat(localeOf(lang), { dateStyle: 'medium' }).format(ms);
}

// "beberapa detik yang lalu" matches Intl's "5 menit yang lalu" and reads well after "dibaca"
// ("dibaca baru saja" does not).
const JUST_NOW: Record<Lang, string> = { en: 'just now', id: 'beberapa detik yang lalu' };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long ago: "just now", "5 minutes ago", "yesterday", "3 days ago" /
 * "beberapa detik yang lalu", "5 menit yang lalu", "kemarin", "3 hari yang lalu".
 * A time in the future (clock skew between tabs) counts as just now.
 */
export function formatRelative(ms: number, now: number, lang: Lang): string {
  const ago = now - ms;
  if (!Number.isFinite(ago) || ago < MINUTE) return JUST_NOW[lang];
  const rtf = relativeTimeFormat(localeOf(lang), { numeric: 'auto' });
  if (ago < HOUR) return rtf.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return rtf.format(-Math.floor(ago / HOUR), 'hour');
  if (ago < 30 * DAY) return rtf.format(-Math.floor(ago / DAY), 'day');
  if (ago < 365 * DAY) return rtf.format(-Math.floor(ago / (30 * DAY)), 'month');
  return rtf.format(-Math.floor(ago / (365 * DAY)), 'year');
}

/**
 * A count as the page gave it: exact counts in full ("3,351" / "3.351"), rounded
 * ones compact with "≈" ("≈1.1M" / "≈1,1 jt") so an estimate never passes as exact.
 */
export function formatCount(count: { value: number; exact: boolean }, lang: Lang): string {
  return count.exact
    ? formatCountStyle(count.value, lang, 'full')
    : `≈${formatCountStyle(count.value, lang, 'compact')}`;
}

/**
 * A day on a chart axis or in a short list: "Sep 8" / "8 Sep" (Indonesian
 * readers put the day first; "9/8" would read as 9 August).
 */
export function formatShortDate(ms: number, lang: Lang): string {
  return dateTimeFormat(localeOf(lang), { day: 'numeric', month: 'short' }).format(ms);
}

/**
 * An amount for an editable field, grouped as the language writes it ("500.000.000" /
 * "500,000,000") so a long figure can be read at a glance; the dashboard's number
 * parser (parseNumberField) reads grouped figures back. Amounts with more than two
 * decimals keep their digits ungrouped rather than be rounded.
 */
export function formatAmountInput(n: number, lang: Lang): string {
  if (Math.round(n * 100) !== n * 100) return String(n);
  return numberFormat(localeOf(lang), { maximumFractionDigits: 2 }).format(n);
}
