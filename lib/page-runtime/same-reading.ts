/**
 * "Same figures as the reading last sent?" without serialising either: a
 * structural compare that stops at the first difference. While a profile loads
 * posts as the user scrolls, readings differ early (one more post), and
 * JSON.stringify of a reading with hundreds of posts, twice per check, was a
 * measurable share of the content script's time (scripts/bench/README.md, scroll).
 */
import type { Reading } from '@/lib/schema/reading';

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(b, k)) return false;
    if (!same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** Same figures, whenever read (readAt always differs, so it is left out). */
export function sameReading(a: Reading, b: Reading): boolean {
  return same({ ...a, readAt: 0 }, { ...b, readAt: 0 });
}
