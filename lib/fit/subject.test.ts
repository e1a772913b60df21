import { describe, expect, it } from 'vitest';
import type { Creator, StoredPost } from '@/lib/schema/creator';
import { InspectorCreatorSchema, subjectFromCreator, subjectFromInspector } from './subject';

const DAY = 86_400_000;

function creator(over: Partial<Creator> = {}): Creator {
  return {
    key: 'instagram:kopi.id',
    platform: 'instagram',
    handle: 'kopi.id',
    displayName: null,
    verified: null,
    private: null,
    bio: 'Barista ☕',
    externalUrl: null,
    followers: {
      value: 1_100_000,
      exact: false,
      min: 1_050_000,
      max: 1_149_999,
      source: 'dom',
      observedAt: 0,
    },
    following: null,
    posts: null,
    likesTotal: null,
    videoCount: null,
    firstSeen: 0,
    lastSeen: 0,
    metrics: null,
    ...over,
  };
}

function post(
  id: string,
  takenAt: number | null,
  caption: string | null,
  hashtags: string[] = [],
  creatorKey = 'instagram:kopi.id',
): StoredPost {
  return {
    id,
    key: `instagram:${id}`,
    creatorKey,
    url: '',
    author: null,
    pinned: null,
    isVideo: null,
    views: null,
    likes: null,
    comments: null,
    shares: null,
    saves: null,
    likesHidden: false,
    caption,
    hashtags,
    mentions: [],
    takenAt,
    paidPartnership: null,
    firstSeen: 0,
    lastSeen: 0,
  };
}

describe('subjectFromCreator', () => {
  it('orders captions newest first, keeps hashtags with their post, and the rounded range', () => {
    const s = subjectFromCreator(creator(), [
      post('a', 1 * DAY, 'Older #ngopi'),
      post('b', 3 * DAY, 'Newest', ['manualbrew']),
      post('c', 2 * DAY, null, ['KopiSusu']),
      post('x', 4 * DAY, 'Someone else', [], 'instagram:other'),
    ]);
    expect(s.captions).toEqual(['Newest #manualbrew', '#KopiSusu', 'Older #ngopi']);
    expect(s.hashtags).toEqual(['kopisusu', 'manualbrew', 'ngopi']);
    expect(s.followers).toBe(1_100_000);
    expect(s.followersRange).toEqual({ min: 1_050_000, max: 1_149_999 });
    expect(s.engagementRate).toBeNull();
    expect(s.bio).toBe('Barista ☕');
  });
  it('takes the median engagement from known metrics only', () => {
    const metrics = {
      tier: { known: true as const, tiers: ['micro'] },
      engagement: {
        known: true as const,
        byFollowers: { median: 0.031, mean: 0.04 },
        byFollowersAllInteractions: null,
        postsUsed: 9,
        exact: true,
      },
      band: { known: false as const, reason: 'no-followers' as const },
      views: { known: false as const, reason: 'no-views' as const, postsUsed: 0 },
      growth: { known: false as const, reason: 'too-few-snapshots' as const },
      cadence: { known: false as const, reason: 'no-dates' as const },
      sponsoredShare: null,
      computedAt: 0,
    };
    const exact = {
      value: 20_000,
      exact: true,
      min: 20_000,
      max: 20_000,
      source: 'json' as const,
      observedAt: 0,
    };
    const s = subjectFromCreator(creator({ metrics, followers: exact, bio: null }), []);
    expect(s.engagementRate).toBe(0.031);
    expect(s.followersRange).toBeUndefined();
    expect(s.bio).toBe('');
  });
});

describe('subjectFromInspector', () => {
  it('computes the median engagement from posts with both counts', () => {
    const json = InspectorCreatorSchema.parse({
      platform: 'tiktok',
      handle: '@Kopi.ID',
      followers: 10_000,
      bio: 'barista',
      recentPosts: [
        { caption: 'a', likes: 100, comments: 0 },
        { caption: 'b', likes: 300, comments: 0 },
        { caption: 'c', likes: { value: 200, exact: true }, comments: 0 },
        { caption: 'd', likes: null, comments: 5 },
      ],
    });
    const s = subjectFromInspector(json);
    expect(s.handle).toBe('kopi.id');
    expect(s.engagementRate).toBeCloseTo(0.02, 10);
    expect(s.captions).toEqual(['a', 'b', 'c', 'd']);
  });
  it('leaves engagement unknown with too few posts or no followers, and prefers the given figure', () => {
    const few = InspectorCreatorSchema.parse({
      platform: 'instagram',
      handle: 'x',
      followers: 100,
      recentPosts: [{ likes: 1, comments: 1 }],
    });
    expect(subjectFromInspector(few).engagementRate).toBeNull();
    const none = InspectorCreatorSchema.parse({
      platform: 'instagram',
      handle: 'x',
      followers: null,
      recentPosts: [],
    });
    expect(subjectFromInspector(none).engagementRate).toBeNull();
    const given = InspectorCreatorSchema.parse({
      platform: 'instagram',
      handle: 'x',
      followers: 100,
      metrics: { engagement: 0.05 },
    });
    expect(subjectFromInspector(given).engagementRate).toBe(0.05);
  });

  it('uses the one engagement rule: pinned posts left out, the newest 12 only', () => {
    const post = (likes: number, extra: object = {}) => ({ likes, comments: 0, ...extra });
    const json = InspectorCreatorSchema.parse({
      platform: 'instagram',
      handle: 'x',
      followers: 1_000,
      recentPosts: [
        // A pinned viral post would lift the median to 0.5 if it counted.
        post(900_000, { id: 'pinned-a', pinned: true }),
        post(900_000, { id: 'pinned-b', pinned: true }),
        ...Array.from({ length: 12 }, (_, i) =>
          post(10, { id: `new-${i}`, takenAt: new Date(Date.UTC(2025, 0, 20 - i)).toISOString() }),
        ),
        // Older than the newest 12: outside the window.
        ...Array.from({ length: 12 }, (_, i) =>
          post(500, { id: `old-${i}`, takenAt: new Date(Date.UTC(2024, 0, 20 - i)).toISOString() }),
        ),
      ],
    });
    expect(subjectFromInspector(json).engagementRate).toBeCloseTo(0.01, 10);
  });

  it('keeps an unknown the inspector printed unknown, instead of computing its own', () => {
    const posts = [1, 2, 3].map((n) => ({ likes: n * 100, comments: 0 }));
    for (const engagement of [null, { known: false, reason: 'likes-hidden' }]) {
      const json = InspectorCreatorSchema.parse({
        platform: 'instagram',
        handle: 'x',
        followers: 1_000,
        recentPosts: posts,
        metrics: { engagement },
      });
      expect(subjectFromInspector(json).engagementRate).toBeNull();
    }
  });

  it('leaves posts whose likes are hidden out, and says unknown when all hide them', () => {
    const hidden = { likes: null, comments: 4, likesHidden: true };
    const json = InspectorCreatorSchema.parse({
      platform: 'instagram',
      handle: 'x',
      followers: 1_000,
      recentPosts: [hidden, hidden, hidden, hidden],
    });
    expect(subjectFromInspector(json).engagementRate).toBeNull();
  });
});
