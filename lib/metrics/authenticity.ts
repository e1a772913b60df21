/**
 * Authenticity signals: things worth a look before paying a creator, each with
 * the figures behind it, never a bare verdict ("fake" / "real"). A level says
 * how much attention it deserves: ok (reassuring), watch (look closer),
 * concern (likely a problem). Unknown data gives no signal, or a 'watch'
 * saying it is unknown — never a claim the data cannot support.
 *
 * Thresholds (documented here, shown to users through the parameters):
 * - Sponsored share of the newest RECENT_POSTS non-pinned posts (disclosed ads per
 *   lib/sponsored): ≤ 30 % ok; 30–60 % watch (followers see an ad in one post of
 *   three or more); > 60 % concern (an ad feed). Needs MIN_POSTS posts.
 * - Brands at once: distinct accounts @mentioned in those sponsored posts (the
 *   creator's own handle excluded). ≥ 5 watch; ≥ 8, or ≥ 5 while more than half
 *   the posts are ads, concern: promoting many brands at once dilutes each.
 * - Engagement against the benchmark row the band used (lib/metrics/benchmarks: Instagram
 *   follower-based, TikTok views-based): < 1/3 of the row's minimum concern (an
 *   inactive or bought audience); below the minimum watch; above 3 × the row's
 *   maximum with comments under 0.2 % of likes concern (likes without
 *   conversation: bought likes); above 3 × maximum otherwise watch (giveaways,
 *   a viral post, engagement pods); else ok.
 * - Comment-to-like ratio over recent posts with both counts (likes not hidden):
 *   reported; < 0.2 % watch, else ok. Needs MIN_POSTS such posts.
 * - Cadence over recent dated posts: a gap > 30 days watch; no post for > 30
 *   days (as of the metrics' computation) watch; bursts (coefficient of
 *   variation of the gaps > 1.5, with ≥ 6 dated posts) watch; else ok.
 */

import { bandBelongsTo } from '@/lib/metrics/band-of';
import { MIN_POSTS, RECENT_POSTS, recentCandidates } from '@/lib/metrics/engagement';
import { canJudgeSponsorship, isSponsoredPost } from '@/lib/metrics/sponsored';
import type { Creator, StoredPost } from '@/lib/schema/creator';
import type { AuthenticitySignal } from '@/lib/schema/fit';
import type { CreatorMetrics } from '@/lib/schema/metrics';

export const SPONSORED_WATCH_SHARE = 0.3;
export const SPONSORED_CONCERN_SHARE = 0.6;
export const BRANDS_WATCH = 5;
export const BRANDS_CONCERN = 8;
export const FAR_BELOW_FACTOR = 1 / 3;
export const FAR_ABOVE_FACTOR = 3;
export const LOW_COMMENT_RATIO = 0.002;
export const LONG_GAP_DAYS = 30;
export const BURST_CV = 1.5;
export const MIN_POSTS_FOR_BURSTS = 6;

const DAY_MS = 86_400_000;

export interface AuthenticityInput {
  creator: Creator;
  posts: StoredPost[];
  metrics: CreatorMetrics | null;
}

type Level = AuthenticitySignal['level'];

function signal(code: string, level: Level, params: AuthenticitySignal['params'] = {}): AuthenticitySignal {
  return { code, level, params };
}

/** Rounded for display parameters, so signals stay stable and readable. */
function round(n: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function authenticitySignals(input: AuthenticityInput): AuthenticitySignal[] {
  const { creator, metrics } = input;
  const recent = recentCandidates(input.posts.filter((p) => p.creatorKey === creator.key)).slice(
    0,
    RECENT_POSTS,
  );
  const out: AuthenticitySignal[] = [];
  const ratio = commentLikeRatio(recent);
  out.push(...sponsorshipSignals(recent, creator.handle));
  out.push(...engagementSignals(creator, metrics, ratio));
  if (ratio) {
    out.push(
      signal('comment-like-ratio', ratio.ratio < LOW_COMMENT_RATIO ? 'watch' : 'ok', {
        ratio: round(ratio.ratio, 5),
        comments: ratio.comments,
        likes: ratio.likes,
        posts: ratio.posts,
      }),
    );
  }
  out.push(...cadenceSignals(recent, metrics));
  return out;
}

function sponsorshipSignals(posts: readonly StoredPost[], ownHandle: string): AuthenticitySignal[] {
  // Only posts whose caption or label is known can say "ad" or "no ad".
  const recent = posts.filter(canJudgeSponsorship);
  if (recent.length < MIN_POSTS) return [];
  const sponsoredPosts = recent.filter((p) => isSponsoredPost(p).sponsored);
  const share = sponsoredPosts.length / recent.length;
  const level: Level =
    share > SPONSORED_CONCERN_SHARE ? 'concern' : share > SPONSORED_WATCH_SHARE ? 'watch' : 'ok';
  const out = [
    signal('sponsored-share', level, {
      sponsored: sponsoredPosts.length,
      posts: recent.length,
      share: round(share),
    }),
  ];
  if (sponsoredPosts.length === 0) return out;
  const brands = new Set<string>();
  for (const p of sponsoredPosts) for (const m of mentionsOf(p)) if (m !== ownHandle) brands.add(m);
  const examples = [...brands]
    .sort()
    .slice(0, 5)
    .map((b) => `@${b}`)
    .join(', ');
  const params = { brands: brands.size, sponsored: sponsoredPosts.length, examples };
  if (brands.size >= BRANDS_CONCERN || (brands.size >= BRANDS_WATCH && share > 0.5)) {
    out.push(signal('many-brands', 'concern', params));
  } else if (brands.size >= BRANDS_WATCH) out.push(signal('many-brands', 'watch', params));
  else if (brands.size > 0) out.push(signal('few-brands', 'ok', params));
  return out;
}

/** Accounts a post mentions: the reader's list plus @handles in the caption, lower-case. */
function mentionsOf(p: StoredPost): Set<string> {
  const out = new Set<string>();
  for (const m of p.mentions) out.add(m.replace(/^@/, '').toLowerCase());
  for (const m of (p.caption ?? '').matchAll(/@([A-Za-z0-9._]{1,64})/g)) {
    out.add(m[1]!.replace(/\.+$/, '').toLowerCase());
  }
  out.delete('');
  return out;
}

interface Ratio {
  ratio: number;
  comments: number;
  likes: number;
  posts: number;
}

function commentLikeRatio(recent: readonly StoredPost[]): Ratio | null {
  let comments = 0;
  let likes = 0;
  let posts = 0;
  for (const p of recent) {
    if (p.likesHidden || !p.likes || !p.comments) continue;
    comments += p.comments.value;
    likes += p.likes.value;
    posts++;
  }
  if (posts < MIN_POSTS || likes === 0) return null;
  return { ratio: comments / likes, comments, likes, posts };
}

function engagementSignals(
  creator: Creator,
  metrics: CreatorMetrics | null,
  ratio: Ratio | null,
): AuthenticitySignal[] {
  if (!metrics) return [signal('engagement-unknown', 'watch', { reason: 'not-computed' })];
  const band = metrics.band;
  if (!band.known) return [signal('engagement-unknown', 'watch', { reason: band.reason })];
  // The band was computed on this rate (lib/benchmarks): the figure the band names.
  const byViews = bandBelongsTo(creator.platform, band) === 'viewsEngagement';
  const rate = byViews
    ? metrics.views.known
      ? metrics.views.byViews.median
      : null
    : metrics.engagement.known
      ? metrics.engagement.byFollowers.median
      : null;
  if (rate === null) return [signal('engagement-unknown', 'watch', { reason: 'not-computed' })];
  const { min, max, label } = band.benchmark;
  const basis = byViews ? 'views' : 'followers';
  const params = { rate: round(rate), min, max, label, basis };
  if (rate < min * FAR_BELOW_FACTOR) return [signal('engagement-far-below', 'concern', params)];
  if (rate < min) return [signal('engagement-below-band', 'watch', params)];
  if (rate > max * FAR_ABOVE_FACTOR) {
    if (ratio && ratio.ratio < LOW_COMMENT_RATIO) {
      return [signal('likes-without-comments', 'concern', { ...params, ratio: round(ratio.ratio, 5) })];
    }
    return [signal('engagement-far-above', 'watch', params)];
  }
  return [signal('engagement-in-band', 'ok', params)];
}

function cadenceSignals(recent: readonly StoredPost[], metrics: CreatorMetrics | null): AuthenticitySignal[] {
  const dates = recent
    .map((p) => p.takenAt)
    .filter((t): t is number => t !== null)
    .sort((a, b) => a - b);
  const out: AuthenticitySignal[] = [];
  const cadence = metrics?.cadence;
  if (cadence?.known && cadence.daysSinceLastPost > LONG_GAP_DAYS) {
    out.push(signal('inactive', 'watch', { days: Math.floor(cadence.daysSinceLastPost) }));
  }
  if (dates.length < MIN_POSTS) return out;
  const gaps: number[] = [];
  for (let i = 1; i < dates.length; i++) gaps.push((dates[i]! - dates[i - 1]!) / DAY_MS);
  const longest = Math.max(...gaps);
  let flagged = out.length > 0;
  if (longest > LONG_GAP_DAYS) {
    out.push(signal('posting-gap', 'watch', { days: Math.floor(longest), posts: dates.length }));
    flagged = true;
  }
  const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
  if (dates.length >= MIN_POSTS_FOR_BURSTS && mean > 0) {
    const sd = Math.sqrt(gaps.reduce((a, g) => a + (g - mean) ** 2, 0) / gaps.length);
    const cv = sd / mean;
    if (cv > BURST_CV) {
      out.push(signal('irregular-bursts', 'watch', { cv: round(cv, 2), posts: dates.length }));
      flagged = true;
    }
  }
  if (!flagged) {
    const spanDays = Math.max((dates[dates.length - 1]! - dates[0]!) / DAY_MS, 1);
    out.push(
      signal('steady-cadence', 'ok', {
        perWeek: round(((dates.length - 1) / spanDays) * 7, 1),
        longestGap: Math.floor(longest),
        posts: dates.length,
      }),
    );
  }
  return out;
}

export { describeSignal } from '@/lib/metrics/authenticity-explain';
