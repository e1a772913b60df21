/**
 * The inspector's stable JSON contract (scripts/inspect.md): plain numbers for
 * counts (the best value, or null), with exactness, ranges and sources beside them.
 */

import { type ContactLists, contactLists, extractContacts } from '@/lib/contacts';
import { bandBelongsTo } from '@/lib/metrics/band-of';
import type { CreatorMetrics } from '@/lib/schema/metrics';
import type { Count, PostReading, Reading } from '@/lib/schema/reading';

const COUNT_FIELDS = ['followers', 'following', 'posts', 'likesTotal', 'videoCount'] as const;
type CountField = (typeof COUNT_FIELDS)[number];

export type InspectedPost = {
  id: string;
  url: string;
  author: string | null;
  pinned: boolean | null;
  isVideo: boolean | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  likesHidden: boolean;
  /** Per count: exact, or rounded (then min..max is the range it stands for). */
  exact: Record<'views' | 'likes' | 'comments', boolean | null>;
  caption: string | null;
  hashtags: string[];
  takenAt: string | null;
  paidPartnership: boolean | null;
};

export type Inspection = {
  platform: Reading['platform'];
  pageKind: Reading['pageKind'];
  url: string;
  handle: string | null;
  displayName: string | null;
  verified: boolean | null;
  private: boolean | null;
  bio: string | null;
  externalUrl: string | null;
  followers: number | null;
  following: number | null;
  posts: number | null;
  likesTotal: number | null;
  videoCount: number | null;
  exact: Record<CountField, boolean | null>;
  ranges: Partial<Record<CountField, { min: number; max: number }>>;
  recentPosts: InspectedPost[];
  post: InspectedPost | null;
  sources: Reading['sources'];
  disagreements: Reading['disagreements'];
  notices: string[];
  /** Contact details from the creator's own bio and link-in-bio (lib/contacts). */
  contacts: ContactLists;
  metrics: {
    /** Tier name in the standard scheme; "micro or macro" when a rounded count straddles a boundary. */
    tier: string | null;
    /** Median (likes + comments) / followers over recent posts, a fraction; null when unknown. */
    engagement: number | null;
    engagementMean: number | null;
    engagementExact: boolean | null;
    postsUsed: number;
    /** Why engagement is unknown (a code), else null. */
    reason: string | null;
    tierReason: string | null;
    band: string | null;
    /** Which figure `band` belongs to: follower-based or views-based engagement; null without a band. */
    bandOf: 'engagement' | 'viewsEngagement' | null;
    /** The range the band was judged against (fractions), its set and its source; null without a band. */
    benchmark: { set: string; source: string; min: number; max: number } | null;
    /** Median interactions / views over recent videos, a fraction; null when unknown. */
    viewsEngagement: number | null;
    /** Median views per recent video; null when unknown. */
    medianViews: number | null;
    sponsoredShare: number | null;
  };
};

const value = (c: Count | null) => c?.value ?? null;
const exactOf = (c: Count | null) => (c ? c.exact : null);

function post(p: PostReading): InspectedPost {
  return {
    id: p.id,
    url: p.url,
    author: p.author,
    pinned: p.pinned,
    isVideo: p.isVideo,
    views: value(p.views),
    likes: value(p.likes),
    comments: value(p.comments),
    shares: value(p.shares),
    saves: value(p.saves),
    likesHidden: p.likesHidden,
    exact: { views: exactOf(p.views), likes: exactOf(p.likes), comments: exactOf(p.comments) },
    caption: p.caption,
    hashtags: p.hashtags,
    takenAt: p.takenAt === null ? null : new Date(p.takenAt).toISOString(),
    paidPartnership: p.paidPartnership,
  };
}

export function inspectionFrom(r: Reading, m: CreatorMetrics): Inspection {
  const exact = {} as Record<CountField, boolean | null>;
  const ranges: Inspection['ranges'] = {};
  for (const f of COUNT_FIELDS) {
    const c = r[f];
    exact[f] = exactOf(c);
    if (c && !c.exact) ranges[f] = { min: c.min, max: c.max };
  }
  return {
    platform: r.platform,
    pageKind: r.pageKind,
    url: r.url,
    handle: r.handle,
    displayName: r.displayName,
    verified: r.verified,
    private: r.private,
    bio: r.bio,
    externalUrl: r.externalUrl,
    followers: value(r.followers),
    following: value(r.following),
    posts: value(r.posts),
    likesTotal: value(r.likesTotal),
    videoCount: value(r.videoCount),
    exact,
    ranges,
    recentPosts: r.recentPosts.map(post),
    post: r.post ? post(r.post) : null,
    sources: r.sources,
    disagreements: r.disagreements,
    notices: r.notices,
    contacts: contactLists(extractContacts({ bio: r.bio, links: [r.externalUrl] })),
    metrics: {
      tier: m.tier.known ? m.tier.tiers.join(' or ') : null,
      tierReason: m.tier.known ? null : m.tier.reason,
      engagement: m.engagement.known ? m.engagement.byFollowers.median : null,
      engagementMean: m.engagement.known ? m.engagement.byFollowers.mean : null,
      engagementExact: m.engagement.known ? m.engagement.exact : null,
      postsUsed: m.engagement.postsUsed,
      reason: m.engagement.known ? null : m.engagement.reason,
      band: m.band.known ? m.band.band : null,
      bandOf: bandBelongsTo(r.platform, m.band),
      benchmark: m.band.known
        ? {
            set: m.band.benchmark.setName ?? '',
            source: m.band.benchmark.source ?? '',
            min: m.band.benchmark.min,
            max: m.band.benchmark.max,
          }
        : null,
      viewsEngagement: m.views.known ? m.views.byViews.median : null,
      medianViews: m.viewRate?.known ? m.viewRate.medianViews : null,
      sponsoredShare: m.sponsoredShare,
    },
  };
}
