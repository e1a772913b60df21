/**
 * Posting cadence from publication dates of the newest RECENT_POSTS non-pinned posts (pinned
 * posts are old favourites and would fake a long gap). Needs two dated posts ('no-dates').
 * Posts per week counts the intervals between posts over the span they cover, so twelve weekly
 * posts read as 1 per week (not 12 over 11 weeks); the span is at least one day so two posts
 * minutes apart do not read as thousands per week.
 */

import type { Cadence } from '@/lib/schema/metrics';
import type { PostReading } from '@/lib/schema/reading';
import { RECENT_POSTS, recentCandidates } from './engagement';
import { DAY_MS } from './growth';

export function cadenceFrom(posts: readonly PostReading[], now: number): Cadence {
  const dates = recentCandidates(posts)
    .map((p) => p.takenAt)
    .filter((t): t is number => t !== null)
    .slice(0, RECENT_POSTS)
    .sort((a, b) => a - b);
  const oldest = dates[0];
  const newest = dates[dates.length - 1];
  if (oldest === undefined || newest === undefined || dates.length < 2)
    return { known: false, reason: 'no-dates' };

  const spanDays = Math.max((newest - oldest) / DAY_MS, 1);
  let longestGap = 0;
  for (let i = 1; i < dates.length; i++)
    longestGap = Math.max(longestGap, (dates[i] ?? 0) - (dates[i - 1] ?? 0));

  return {
    known: true,
    postsPerWeek: ((dates.length - 1) / spanDays) * 7,
    longestGapDays: longestGap / DAY_MS,
    daysSinceLastPost: Math.max(0, (now - newest) / DAY_MS),
    postsUsed: dates.length,
  };
}
