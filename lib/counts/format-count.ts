/**
 * Shows a count the way the platforms do, in English or Indonesian.
 *
 * - 'full': every digit with thousands separators ("1,137,245" / "1.137.245").
 * - 'compact': below 10,000 the full figure (Instagram does the same, and the exact number is
 *   short enough); from 10,000 one decimal with K/M/B ("783.4K", "1.1M") or rb/jt/miliar
 *   ("783,4 rb", "1,1 jt", "1,2 miliar"). A trailing ".0" is dropped ("10K").
 *   The decimal is rounded half up, so parseCount's default 'rounded' range holds the number;
 *   a figure that rounds up to 1,000 of a unit moves to the next unit (999,950 reads "1M",
 *   not a confusing "1000K").
 *   Indonesian billions are written "miliar", not "M", because "M" means million to most
 *   readers of mixed-language pages (see parse-count.ts): the text must parse back unambiguously.
 *
 * Anything that is not a non-negative safe integer shows as "—" instead of throwing, so a UI
 * never breaks on a bad figure (stored counts are validated integers anyway).
 */
import type { CountLocale } from './parse-count';

export type CountStyle = 'compact' | 'full';

const UNITS: Readonly<Record<CountLocale, readonly { exp: number; suffix: string }[]>> = {
  en: [
    { exp: 9, suffix: 'B' },
    { exp: 6, suffix: 'M' },
    { exp: 3, suffix: 'K' },
  ],
  id: [
    { exp: 9, suffix: ' miliar' },
    { exp: 6, suffix: ' jt' },
    { exp: 3, suffix: ' rb' },
  ],
};

const COMPACT_FROM = 10_000;

/** Digits grouped by three with the locale's thousands separator. */
function groupThousands(n: number, locale: CountLocale): string {
  const sep = locale === 'id' ? '.' : ',';
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** n in tenths of 10^exp, rounded half up, in integer arithmetic (no float drift on big counts). */
function roundedTenths(n: number, exp: number): number {
  const divisor = 10 ** (exp - 1);
  const quotient = Math.floor(n / divisor);
  const remainder = n - quotient * divisor;
  return remainder * 2 >= divisor ? quotient + 1 : quotient;
}

export function formatCount(n: number, locale: CountLocale, style: CountStyle): string {
  if (!Number.isSafeInteger(n) || n < 0) return '—';
  if (style === 'full' || n < COMPACT_FROM) return groupThousands(n, locale);

  const units = UNITS[locale];
  let index = units.findIndex((u) => n >= 10 ** u.exp);
  if (index < 0) return groupThousands(n, locale);
  let tenths = roundedTenths(n, units[index]!.exp);
  // 999,950 rounds to 1000.0K: say 1M instead, when a larger unit exists.
  if (tenths >= 10_000 && index > 0) {
    index -= 1;
    tenths = roundedTenths(n, units[index]!.exp);
  }
  const unit = units[index]!;
  const whole = Math.floor(tenths / 10);
  const decimal = tenths % 10;
  const decimalSep = locale === 'id' ? ',' : '.';
  const mantissa = groupThousands(whole, locale) + (decimal === 0 ? '' : `${decimalSep}${decimal}`);
  return `${mantissa}${unit.suffix}`;
}
