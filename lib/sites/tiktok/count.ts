/**
 * Turning TikTok figures into Counts, and choosing between sources.
 *
 * Exactness of JSON numbers: TikTok's embedded `stats` (and, on video pages,
 * even `statsV2` / `authorStatsV2`) are often the DISPLAY value blown back up
 * to a number: 783.4K arrives as 783400, 3.9M as 3900000. A number cannot say
 * whether it was rounded, so we decide from its shape: a value of 1,000 or more
 * that is a whole multiple of the last digit a compact display keeps (100 below
 * a million, 100,000 below a billion, 100,000,000 above) is treated as
 * "possibly rounded" and gets the range that display stands for (we format it
 * as "783.4K" and let parseShownCount give the range, so JSON and DOM ranges follow
 * one convention). Any other number (783427, 2156, 19) is exact. A truly exact
 * 25,500 is thus shown as ≈25.5K: less precise, never wrong.
 */

import type { Count } from '@/lib/schema/reading';
import { parseShownCount } from '@/lib/sites/shared/shown-count';

/** Largest figure we accept from JSON: far above any real count, below float trouble. */
const MAX_COUNT = 1e13;

export function looksRounded(n: number): boolean {
  if (n < 1_000) return false;
  if (n < 1_000_000) return n % 100 === 0;
  if (n < 1_000_000_000) return n % 100_000 === 0;
  return n % 100_000_000 === 0;
}

/** 783400 → "783.4K", 3900000 → "3.9M", 2000 → "2K" (only for values where looksRounded). */
export function compactEnglish(n: number): string {
  const [unit, suffix] = n < 1_000_000 ? [100, 'K'] : n < 1_000_000_000 ? [100_000, 'M'] : [100_000_000, 'B'];
  const tenths = Math.round(n / unit);
  const whole = Math.floor(tenths / 10);
  const decimal = tenths % 10;
  return `${whole}${decimal === 0 ? '' : `.${decimal}`}${suffix}`;
}

function jsonInteger(v: unknown): number | null {
  if (typeof v === 'number') {
    return Number.isSafeInteger(v) && v >= 0 && v <= MAX_COUNT ? v : null;
  }
  if (typeof v === 'string' && /^\d{1,14}$/.test(v.trim())) {
    const n = Number(v.trim());
    return n <= MAX_COUNT ? n : null;
  }
  return null;
}

/** A figure from embedded JSON or an API body (number or numeric string) as a Count. */
export function countFromJson(v: unknown, source: 'json' | 'api'): Count | null {
  const n = jsonInteger(v);
  if (n === null) return null;
  const raw = String(v).slice(0, 200);
  if (looksRounded(n)) {
    const p = parseShownCount(compactEnglish(n), 'en');
    if (p.ok && !p.exact && p.min <= n && n <= p.max) {
      return { value: n, exact: false, min: p.min, max: p.max, source, raw };
    }
  }
  return { value: n, exact: true, min: n, max: n, source, raw };
}

/**
 * Best of `statsV2` (strings, usually exact) and `stats` (numbers, often rounded)
 * for one field: an exact figure wins; otherwise statsV2's.
 */
export function countFromStats(v2: unknown, v1: unknown, source: 'json' | 'api'): Count | null {
  const a = countFromJson(v2, source);
  const b = countFromJson(v1, source);
  if (a?.exact) return a;
  if (b?.exact && (a === null || (a.min <= b.value && b.value <= a.max))) return b;
  return a ?? b;
}
