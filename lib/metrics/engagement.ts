/**
 * Engagement rates from what the page showed. Missing is never 0: a post whose likes or
 * comments are hidden or unread is left out, and a figure built on too few posts is unknown.
 *
 * Rules:
 * - Pinned posts are left out: they are chosen for being popular (often old), so they would
 *   inflate the rate and do not describe what the creator posts now.
 * - The same post listed twice counts once (first occurrence wins).
 * - Only the most recent RECENT_POSTS usable posts are used (newest first by takenAt; posts
 *   without a date keep their page order after dated ones), like published benchmarks that
 *   look at the last dozen posts.
 * - At least MIN_POSTS usable posts are needed. Reasons, in this order: every candidate post
 *   hides likes → 'likes-hidden' (a property of the creator, so it wins over a page that
 *   lacks the follower count); no follower count → 'no-followers'; 0 followers →
 *   'zero-followers'; enough posts listed but too few with counts → 'missing-counts';
 *   otherwise 'too-few-posts'.
 * - The creator figure is the median (robust to one viral post) and the mean of per-post rates.
 * - `exact` is false when the follower count or any count used was rounded ("1.1M").
 *
 * The one engagement rule: the worker's metrics (card, popup, dashboard, CSV), the fit and
 * the inspector all come through these functions (tests/fixtures/engagement-agrees.test.ts).
 */
import type { Engagement, RateStats, ViewRate, ViewsEngagement } from '@/lib/schema/metrics';
import type { Count, PostReading } from '@/lib/schema/reading';

export const MIN_POSTS = 3;
export const RECENT_POSTS = 12;

/** Count and StoredCount share these fields; that is all a rate needs. */
type CountLike = Pick<Count, 'value' | 'exact'>;

/**
 * What a rate reads of a post: a page's PostReading, a stored post, or a post
 * as the inspector prints it (scripts/inspect-output.ts).
 */
export type RatePost = Pick<PostReading, 'id' | 'pinned' | 'takenAt' | 'likesHidden'> &
  Record<'likes' | 'comments' | 'shares' | 'saves' | 'views', CountLike | null>;

/** Median and mean of a non-empty list. */
export function rateStats(values: readonly number[]): RateStats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
  return { median, mean };
}

/** Non-pinned posts, each id once, newest first (undated posts after dated ones, in page order). */
export function recentCandidates<P extends RatePost>(posts: readonly P[]): P[] {
  const seen = new Set<string>();
  const unique: { post: P; order: number }[] = [];
  posts.forEach((post, order) => {
    if (post.pinned === true || seen.has(post.id)) return;
    seen.add(post.id);
    unique.push({ post, order });
  });
  unique.sort((a, b) => {
    const ta = a.post.takenAt;
    const tb = b.post.takenAt;
    if (ta !== null && tb !== null && ta !== tb) return tb - ta;
    if (ta !== null && tb === null) return -1;
    if (ta === null && tb !== null) return 1;
    return a.order - b.order;
  });
  return unique.map((u) => u.post);
}

type WithLikesAndComments = RatePost & { likes: CountLike; comments: CountLike };

function hasLikesAndComments(p: RatePost): p is WithLikesAndComments {
  return !p.likesHidden && p.likes !== null && p.comments !== null;
}

/** Which optional interactions a figure may add: only kinds known for every post it uses. */
function extraKinds(posts: readonly RatePost[]): ('shares' | 'saves')[] {
  return (['shares', 'saves'] as const).filter((k) => posts.length > 0 && posts.every((p) => p[k] !== null));
}

function interactions(p: WithLikesAndComments, kinds: readonly ('shares' | 'saves')[]): number {
  return p.likes.value + p.comments.value + kinds.reduce((sum, k) => sum + (p[k]?.value ?? 0), 0);
}

function allExact(counts: readonly (CountLike | null)[]): boolean {
  return counts.every((c) => c === null || c.exact);
}

/** The reason a figure over `candidates` is unknown when fewer than MIN_POSTS are usable. */
function shortfallReason(
  candidates: readonly RatePost[],
): 'likes-hidden' | 'missing-counts' | 'too-few-posts' {
  if (candidates.length > 0 && candidates.every((p) => p.likesHidden)) return 'likes-hidden';
  return candidates.length >= MIN_POSTS ? 'missing-counts' : 'too-few-posts';
}

/**
 * Follower-based engagement: (likes + comments) / followers per post, the figure published
 * benchmarks use. When some posts show shares or saves, a second figure adds them, over the
 * posts where every added kind is known (so a missing share count is never read as 0); it is
 * null when fewer than MIN_POSTS posts qualify.
 */
export function engagementFor(followers: CountLike | null, posts: readonly RatePost[]): Engagement {
  const candidates = recentCandidates(posts);
  if (candidates.length > 0 && candidates.every((p) => p.likesHidden)) {
    return { known: false, reason: 'likes-hidden', postsUsed: 0 };
  }
  if (followers === null) return { known: false, reason: 'no-followers', postsUsed: 0 };
  if (followers.value === 0) return { known: false, reason: 'zero-followers', postsUsed: 0 };

  const used = candidates.filter(hasLikesAndComments).slice(0, RECENT_POSTS);
  if (used.length < MIN_POSTS) return { known: false, reason: shortfallReason(candidates), postsUsed: 0 };

  const byFollowers = rateStats(used.map((p) => interactions(p, []) / followers.value));

  // Posts that show shares or saves: the all-interactions figure uses those where every kind shown
  // anywhere among them is known.
  const withExtras = used.filter((p) => p.shares !== null || p.saves !== null);
  const kinds = (['shares', 'saves'] as const).filter((k) => withExtras.some((p) => p[k] !== null));
  const allUsed = withExtras.filter((p) => kinds.every((k) => p[k] !== null));
  const byFollowersAllInteractions =
    kinds.length > 0 && allUsed.length >= MIN_POSTS
      ? rateStats(allUsed.map((p) => interactions(p, kinds) / followers.value))
      : null;

  const counts: (CountLike | null)[] = [followers, ...used.flatMap((p) => [p.likes, p.comments])];
  if (byFollowersAllInteractions) counts.push(...allUsed.flatMap((p) => kinds.map((k) => p[k])));

  return {
    known: true,
    byFollowers,
    byFollowersAllInteractions,
    postsUsed: used.length,
    exact: allExact(counts),
  };
}

/**
 * Views-based engagement, the usual TikTok figure: interactions / views per post, where
 * interactions are likes + comments plus shares and saves when known for every post used.
 * Posts need views > 0 and readable likes and comments (view rate, which needs views only,
 * is viewRateFor). Unknown reasons: every candidate hides likes → 'likes-hidden'; no post has views →
 * 'no-views'; then 'missing-counts' / 'too-few-posts' as for engagementFor.
 */
export function viewsEngagementFor(posts: readonly RatePost[]): ViewsEngagement {
  const candidates = recentCandidates(posts);
  if (candidates.length > 0 && candidates.every((p) => p.likesHidden)) {
    return { known: false, reason: 'likes-hidden', postsUsed: 0 };
  }
  const withViews = candidates.filter((p) => p.views !== null && p.views.value > 0);
  if (withViews.length === 0) {
    return { known: false, reason: candidates.length === 0 ? 'too-few-posts' : 'no-views', postsUsed: 0 };
  }
  const used = withViews.filter(hasLikesAndComments).slice(0, RECENT_POSTS);
  if (used.length < MIN_POSTS) return { known: false, reason: shortfallReason(withViews), postsUsed: 0 };

  const kinds = extraKinds(used);
  const views = (p: RatePost) => p.views?.value ?? 0;
  const byViews = rateStats(used.map((p) => interactions(p, kinds) / views(p)));

  const counts: (CountLike | null)[] = used.flatMap((p) => [
    p.views,
    p.likes,
    p.comments,
    ...kinds.map((k) => p[k]),
  ]);
  return { known: true, byViews, postsUsed: used.length, exact: allExact(counts) };
}

/**
 * View rate: median views over followers, over the newest non-pinned posts with views > 0
 * (at least MIN_POSTS). Views alone suffice, so a TikTok profile grid gives it even before
 * any like count is known. Unknown: 'no-views' (no post shows views), 'too-few-posts',
 * 'no-followers', 'zero-followers'.
 */
export function viewRateFor(followers: CountLike | null, posts: readonly RatePost[]): ViewRate {
  const candidates = recentCandidates(posts);
  const withViews = candidates.filter((p) => p.views !== null && p.views.value > 0).slice(0, RECENT_POSTS);
  if (withViews.length === 0) {
    return { known: false, reason: candidates.length === 0 ? 'too-few-posts' : 'no-views', postsUsed: 0 };
  }
  if (withViews.length < MIN_POSTS) return { known: false, reason: 'too-few-posts', postsUsed: 0 };
  if (followers === null) return { known: false, reason: 'no-followers', postsUsed: 0 };
  if (followers.value === 0) return { known: false, reason: 'zero-followers', postsUsed: 0 };
  const medianViews = rateStats(withViews.map((p) => p.views?.value ?? 0)).median;
  return {
    known: true,
    rate: medianViews / followers.value,
    medianViews,
    postsUsed: withViews.length,
    exact: allExact([followers, ...withViews.map((p) => p.views)]),
  };
}
