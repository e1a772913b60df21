/**
 * Exact counts from Instagram's JSON (shown text is read by shared/shown-count.ts).
 */
import type { Count, Source } from '@/lib/schema/reading';

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
