/**
 * How two observations of the same count combine into the best knowledge.
 *
 * - A missing observation never erases a known one.
 * - The newer observation wins when it is exact.
 * - A newer ROUNDED value ("1.1M") whose range contains an older EXACT value
 *   (1,137,245) tells us nothing new: the exact one is still the best knowledge.
 * - A newer rounded value whose range excludes the older exact value means the
 *   count really changed, so the newer (rounded) one wins.
 * - Between two rounded values the newer wins.
 * Observations with the same time: exact beats rounded, otherwise the second argument wins.
 */
import type { StoredCount } from '@/lib/schema/creator';
import type { Count } from '@/lib/schema/reading';

export function toStoredCount(count: Count | null, observedAt: number): StoredCount | null {
  return count ? { ...count, observedAt } : null;
}

export function fromStoredCount(count: StoredCount | null): Count | null {
  if (!count) return null;
  const { observedAt: _ignored, ...plain } = count;
  return plain;
}

export function mergeCount(a: StoredCount | null, b: StoredCount | null): StoredCount | null {
  if (!a) return b;
  if (!b) return a;
  let older = a;
  let newer = b;
  if (a.observedAt > b.observedAt || (a.observedAt === b.observedAt && a.exact && !b.exact)) {
    older = b;
    newer = a;
  }
  if (newer.exact) return newer;
  if (older.exact && older.value >= newer.min && older.value <= newer.max) return older;
  return newer;
}

/** The same rule for post counts, which carry their time on the post (lastSeen). */
export function mergePlainCount(
  a: Count | null,
  aSeen: number,
  b: Count | null,
  bSeen: number,
): Count | null {
  return fromStoredCount(mergeCount(toStoredCount(a, aSeen), toStoredCount(b, bSeen)));
}
