/**
 * From a table of published rows to the benchmark range at one follower count, with no cliffs.
 *
 * - Each row stands for one point: the geometric middle of its follower range (a lower bound of
 *   0 counts as 1,000, where the product's tiers start; an open-ended row stands at its lower
 *   bound). Between two such points the range's min and max are interpolated in log(followers),
 *   so two creators one follower apart get ranges a hair apart and their bands differ by one step
 *   at most. Between the table's first row start and its first point, and after its last point,
 *   the nearest row's figures hold (that row's own published figure).
 * - Follower counts outside the table (below its first row, or above a closed last row) get no
 *   range: the set says nothing about them.
 * - A published average stands for the range AVERAGE_LOW × average … AVERAGE_HIGH × average, a
 *   rule of this product (shown with the figure), since a band needs a range.
 */
import type { BenchmarkRow, PlatformBenchmarks } from './schema';

export const AVERAGE_LOW = 0.8;
export const AVERAGE_HIGH = 1.25;
const FLOOR_FOLLOWERS = 1_000;

export type BenchmarkRange = {
  min: number;
  max: number;
  /** The published rows the range comes from (one, or the two it lies between). */
  rows: BenchmarkRow[];
};

export function rowRange(row: BenchmarkRow): { min: number; max: number } {
  if (row.average !== undefined) return { min: row.average * AVERAGE_LOW, max: row.average * AVERAGE_HIGH };
  return { min: row.min ?? 0, max: row.max ?? 0 };
}

/** log10 of the follower count a row stands for. */
export function rowAnchor(row: BenchmarkRow): number {
  const lo = Math.max(row.minFollowers, FLOOR_FOLLOWERS);
  if (row.maxFollowers === null) return Math.log10(Math.max(row.minFollowers, 1));
  const hi = Math.max(row.maxFollowers, lo);
  return (Math.log10(lo) + Math.log10(hi)) / 2;
}

export function rangeAt(table: PlatformBenchmarks, followers: number): BenchmarkRange | null {
  const rows = table.rows;
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last || !Number.isFinite(followers) || followers < first.minFollowers) return null;
  if (last.maxFollowers !== null && followers >= last.maxFollowers) return null;
  const x = Math.log10(Math.max(followers, 1));
  if (x <= rowAnchor(first)) return { ...rowRange(first), rows: [first] };
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1] as BenchmarkRow;
    const b = rows[i] as BenchmarkRow;
    const xa = rowAnchor(a);
    const xb = rowAnchor(b);
    if (x > xb) continue;
    const t = xb > xa ? (x - xa) / (xb - xa) : 1;
    const ra = rowRange(a);
    const rb = rowRange(b);
    if (t <= 0) return { ...ra, rows: [a] };
    if (t >= 1) return { ...rb, rows: [b] };
    return { min: ra.min + t * (rb.min - ra.min), max: ra.max + t * (rb.max - ra.max), rows: [a, b] };
  }
  return { ...rowRange(last), rows: [last] };
}

/**
 * The published figure at a follower count, joined the same way: a row's average, or the middle
 * of its range. What a planner assumes for a creator whose own rate is not known.
 */
export function centerAt(table: PlatformBenchmarks, followers: number): number | null {
  const center = (r: BenchmarkRow) => r.average ?? ((r.min ?? 0) + (r.max ?? 0)) / 2;
  const range = rangeAt(table, followers);
  if (!range) return null;
  const [a, b] = range.rows;
  if (!a) return null;
  if (!b) return center(a);
  const x = Math.log10(Math.max(followers, 1));
  const xa = rowAnchor(a);
  const xb = rowAnchor(b);
  const t = xb > xa ? (x - xa) / (xb - xa) : 1;
  return center(a) + t * (center(b) - center(a));
}
