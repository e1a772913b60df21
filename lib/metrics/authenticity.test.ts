import { describe, expect, it } from 'vitest';
import { checkStrings } from '@/lib/i18n';
import type { Creator, StoredPost } from '@/lib/schema/creator';
import type { AuthenticitySignal } from '@/lib/schema/fit';
import type { CreatorMetrics } from '@/lib/schema/metrics';
import { authenticitySignals, describeSignal } from './authenticity';
import { SIGNAL_KEYS, SIGNAL_STRINGS } from './authenticity-explain';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 1);

const creator: Creator = {
  key: 'instagram:sari.id',
  platform: 'instagram',
  handle: 'sari.id',
  displayName: null,
  verified: null,
  private: null,
  bio: null,
  externalUrl: null,
  followers: { value: 20_000, exact: true, min: 20_000, max: 20_000, source: 'json', observedAt: 0 },
  following: null,
  posts: null,
  likesTotal: null,
  videoCount: null,
  firstSeen: 0,
  lastSeen: 0,
  metrics: null,
};

const count = (value: number) => ({ value, exact: true, min: value, max: value, source: 'json' as const });

function post(i: number, over: Partial<StoredPost> = {}): StoredPost {
  return {
    id: `p${i}`,
    key: `instagram:p${i}`,
    creatorKey: creator.key,
    url: '',
    author: null,
    pinned: false,
    isVideo: false,
    views: null,
    likes: count(400),
    comments: count(20),
    shares: null,
    saves: null,
    likesHidden: false,
    caption: `Post ${i}`,
    hashtags: [],
    mentions: [],
    takenAt: NOW - i * 3 * DAY,
    paidPartnership: false,
    firstSeen: 0,
    lastSeen: 0,
    ...over,
  };
}

function metrics(median: number, over: Partial<CreatorMetrics> = {}): CreatorMetrics {
  return {
    tier: { known: true, tiers: ['micro'] },
    engagement: {
      known: true,
      byFollowers: { median, mean: median },
      byFollowersAllInteractions: null,
      postsUsed: 12,
      exact: true,
    },
    band: {
      known: true,
      band: 'typical',
      benchmark: { min: 0.008, max: 0.011, label: 'Instagram, 10k–50k followers' },
    },
    views: { known: false, reason: 'no-views', postsUsed: 0 },
    growth: { known: false, reason: 'too-few-snapshots' },
    cadence: { known: true, postsPerWeek: 2.3, longestGapDays: 3, daysSinceLastPost: 3, postsUsed: 12 },
    sponsoredShare: null,
    computedAt: NOW,
    ...over,
  };
}

const find = (s: AuthenticitySignal[], code: string) => s.find((x) => x.code === code);
const posts12 = (over: (i: number) => Partial<StoredPost> = () => ({})) =>
  Array.from({ length: 12 }, (_, i) => post(i + 1, over(i + 1)));

describe('authenticitySignals', () => {
  it('says healthy figures as ok signals', () => {
    const s = authenticitySignals({ creator, posts: posts12(), metrics: metrics(0.01) });
    expect(find(s, 'sponsored-share')).toEqual({
      code: 'sponsored-share',
      level: 'ok',
      params: { sponsored: 0, posts: 12, share: 0 },
    });
    expect(find(s, 'engagement-in-band')?.level).toBe('ok');
    expect(find(s, 'comment-like-ratio')).toMatchObject({
      level: 'ok',
      params: { ratio: 0.05, comments: 240, likes: 4800, posts: 12 },
    });
    expect(find(s, 'steady-cadence')).toMatchObject({
      level: 'ok',
      params: { perWeek: 2.3, longestGap: 3, posts: 12 },
    });
    expect(s.every((x) => x.level === 'ok')).toBe(true);
  });

  it('grades the sponsored share with counts: 3/12 ok, 5/12 watch, 8/12 concern', () => {
    const level = (n: number) =>
      find(
        authenticitySignals({ creator, posts: posts12((i) => ({ paidPartnership: i <= n })), metrics: null }),
        'sponsored-share',
      )!;
    expect(level(3).level).toBe('ok');
    expect(level(5)).toMatchObject({ level: 'watch', params: { sponsored: 5, posts: 12 } });
    expect(level(8)).toMatchObject({ level: 'concern', params: { sponsored: 8, share: 0.6667 } });
  });

  it('flags many distinct brands tagged in ad posts, not the creator itself', () => {
    const brands = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const many = authenticitySignals({
      creator,
      posts: posts12((i) =>
        i <= 5
          ? {
              caption: `Pakai produk @brand${brands[i - 1]} #ad @sari.id`,
              mentions: i === 1 ? ['brandz'] : [],
            }
          : {},
      ),
      metrics: null,
    });
    expect(find(many, 'many-brands')).toMatchObject({ level: 'watch', params: { brands: 6, sponsored: 5 } });
    const eight = authenticitySignals({
      creator,
      posts: posts12((i) => (i <= 4 ? { paidPartnership: true, mentions: [`x${i}`, `y${i}`] } : {})),
      metrics: null,
    });
    expect(find(eight, 'many-brands')?.level).toBe('concern');
    const focused = authenticitySignals({
      creator,
      posts: posts12((i) => (i <= 4 ? { paidPartnership: true, mentions: ['onebrand'] } : {})),
      metrics: null,
    });
    expect(find(focused, 'few-brands')).toMatchObject({
      level: 'ok',
      params: { brands: 1, examples: '@onebrand' },
    });
  });

  it('flags engagement far below the band (< 1/3 of its minimum) as a concern, just below as watch', () => {
    expect(
      find(authenticitySignals({ creator, posts: [], metrics: metrics(0.002) }), 'engagement-far-below')
        ?.level,
    ).toBe('concern');
    expect(
      find(authenticitySignals({ creator, posts: [], metrics: metrics(0.006) }), 'engagement-below-band')
        ?.level,
    ).toBe('watch');
  });

  it('separates bought-looking likes (far above, almost no comments) from a merely high rate', () => {
    const quiet = posts12(() => ({ likes: count(2000), comments: count(2) }));
    const s = authenticitySignals({ creator, posts: quiet, metrics: metrics(0.1) });
    expect(find(s, 'likes-without-comments')).toMatchObject({ level: 'concern', params: { ratio: 0.001 } });
    expect(find(s, 'comment-like-ratio')?.level).toBe('watch');
    const lively = authenticitySignals({ creator, posts: posts12(), metrics: metrics(0.1) });
    expect(find(lively, 'engagement-far-above')?.level).toBe('watch');
    expect(find(lively, 'likes-without-comments')).toBeUndefined();
  });

  it('uses the views-based rate on TikTok, as the band did', () => {
    const tiktok = { ...creator, key: 'tiktok:sari.id' as const, platform: 'tiktok' as const };
    const m = metrics(0.5, {
      views: {
        known: true,
        byViews: { median: 0.01, mean: 0.01 },
        postsUsed: 12,
        exact: true,
      },
      band: { known: true, band: 'low', benchmark: { min: 0.04, max: 0.08, label: 'TikTok' } },
    });
    expect(
      find(authenticitySignals({ creator: tiktok, posts: [], metrics: m }), 'engagement-far-below')?.params,
    ).toMatchObject({ rate: 0.01, basis: 'views' });
  });

  it('says unknown data is unknown instead of judging it', () => {
    const s = authenticitySignals({ creator, posts: [post(1), post(2)], metrics: null });
    expect(s).toEqual([{ code: 'engagement-unknown', level: 'watch', params: { reason: 'not-computed' } }]);
    const band = authenticitySignals({
      creator,
      posts: [],
      metrics: metrics(0.01, { band: { known: false, reason: 'too-few-posts' } }),
    });
    expect(find(band, 'engagement-unknown')?.params.reason).toBe('too-few-posts');
    const hidden = authenticitySignals({
      creator,
      posts: posts12(() => ({ likesHidden: true, likes: null })),
      metrics: null,
    });
    expect(find(hidden, 'comment-like-ratio')).toBeUndefined();
  });

  it('flags a long gap, inactivity and bursts', () => {
    const gap = posts12((i) => ({ takenAt: NOW - i * DAY - (i > 6 ? 40 * DAY : 0) }));
    expect(
      find(authenticitySignals({ creator, posts: gap, metrics: null }), 'posting-gap')?.params,
    ).toMatchObject({ days: 41 });
    const idle = metrics(0.01, {
      cadence: { known: true, postsPerWeek: 1, longestGapDays: 7, daysSinceLastPost: 45.5, postsUsed: 12 },
    });
    expect(find(authenticitySignals({ creator, posts: [], metrics: idle }), 'inactive')?.params).toEqual({
      days: 45,
    });
    // Five posts within hours, then one every few weeks.
    const burst = [0, 0.1, 0.2, 0.3, 0.4, 25, 28, 29.9].map((d, i) => post(i, { takenAt: NOW - d * DAY }));
    const s = authenticitySignals({ creator, posts: burst, metrics: null });
    expect(find(s, 'irregular-bursts')?.level).toBe('watch');
    expect(find(s, 'steady-cadence')).toBeUndefined();
  });

  it('ignores other creators’ and pinned posts', () => {
    const s = authenticitySignals({
      creator,
      posts: [
        ...posts12(),
        post(99, { creatorKey: 'instagram:other', paidPartnership: true }),
        post(98, { pinned: true, paidPartnership: true }),
      ],
      metrics: null,
    });
    expect(find(s, 'sponsored-share')?.params).toMatchObject({ sponsored: 0, posts: 12 });
  });
});

describe('describeSignal', () => {
  it('has every key in both languages', () => {
    expect(checkStrings(SIGNAL_STRINGS)).toEqual([]);
  });
  it('says each signal the tests produce, with figures and nothing unfilled', () => {
    const signals: AuthenticitySignal[] = [
      ...authenticitySignals({
        creator,
        posts: posts12((i) => ({ paidPartnership: i <= 8, mentions: [`b${i}`] })),
        metrics: metrics(0.002),
      }),
      ...authenticitySignals({
        creator,
        posts: posts12(() => ({ likes: count(2000), comments: count(2) })),
        metrics: metrics(0.1),
      }),
      ...authenticitySignals({ creator, posts: posts12(), metrics: metrics(0.1) }),
      ...authenticitySignals({ creator, posts: posts12(), metrics: metrics(0.006) }),
      ...authenticitySignals({
        creator,
        posts: posts12((i) => ({ paidPartnership: i <= 5, mentions: ['one'] })),
        metrics: metrics(0.01, { band: { known: false, reason: 'likes-hidden' } }),
      }),
      ...authenticitySignals({
        creator,
        posts: posts12((i) => ({ paidPartnership: i <= 5, mentions: [`w${i}`] })),
        metrics: null,
      }),
      ...authenticitySignals({
        creator,
        posts: posts12((i) => ({ paidPartnership: i <= 4, mentions: [`m${i}`, `n${i}`] })),
        metrics: null,
      }),
      ...authenticitySignals({
        creator,
        posts: posts12((i) => ({ takenAt: NOW - i * DAY - (i > 6 ? 40 * DAY : 0) })),
        metrics: metrics(0.01, {
          cadence: { known: true, postsPerWeek: 1, longestGapDays: 7, daysSinceLastPost: 45, postsUsed: 12 },
        }),
      }),
      ...authenticitySignals({
        creator,
        posts: [0, 0.1, 0.2, 0.3, 0.4, 25, 28, 29.9].map((d, i) => post(i, { takenAt: NOW - d * DAY })),
        metrics: null,
      }),
    ];
    const keys = new Set(
      signals.map((s) => (SIGNAL_KEYS.includes(`${s.code}.${s.level}`) ? `${s.code}.${s.level}` : s.code)),
    );
    expect([...SIGNAL_KEYS].filter((k) => !keys.has(k))).toEqual([]);
    for (const s of signals) {
      for (const lang of ['en', 'id'] as const) {
        const text = describeSignal(s, lang);
        expect(text, `${s.code} ${lang}`).not.toMatch(/[{}]/);
        expect(text).not.toContain('Other signal');
        expect(text).not.toContain('Sinyal lain');
      }
    }
  });
  it('writes the figures in each language', () => {
    const s: AuthenticitySignal = {
      code: 'sponsored-share',
      level: 'watch',
      params: { sponsored: 5, posts: 12, share: 0.4167 },
    };
    expect(describeSignal(s, 'en')).toBe('5 of 12 recent posts are marked as ads (41.7%): a large share');
    expect(describeSignal(s, 'id')).toBe(
      '5 dari 12 postingan terbaru ditandai iklan (41,7%): porsinya besar',
    );
    expect(
      describeSignal(
        { code: 'engagement-unknown', level: 'watch', params: { reason: 'likes-hidden' } },
        'en',
      ),
    ).toBe('Engagement cannot be compared with benchmarks yet: The creator hides like counts.');
  });
});
