/**
 * Deterministic fake shortlist data for dashboard tests, benches and the
 * screenshot preview. Not real creators: handles are generated.
 */

import { TIER_PRESETS } from '@/lib/metrics/tiers';
import type { Brief } from '@/lib/schema/brief';
import type { Creator, ShortlistEntry, ShortlistStatus } from '@/lib/schema/creator';
import type { FitReason } from '@/lib/schema/fit';
import type { CreatorMetrics } from '@/lib/schema/metrics';
import type { Settings } from '@/lib/schema/settings';
import type { CreatorView } from '@/lib/schema/views';

/** mulberry32: small seeded PRNG so every run builds the same rows. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES: ShortlistStatus[] = ['saved', 'contacted', 'negotiating', 'active', 'done', 'rejected'];
const TAGS = ['skincare', 'jakarta', 'bandung', 'halal', 'budget', 'premium', 'q3', 'food', 'mom'];
const NAMES = ['Ayu', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fajar', 'Gita', 'Hana', 'Indra', 'Joko', 'Kartika'];
const SURNAMES = ['Lestari', 'Santoso', 'Wijaya', 'Pratama', 'Saputra', 'Kusuma', 'Rahma', 'Nugroho'];

export const DAY = 86_400_000;
export const NOW = Date.UTC(2026, 10, 21, 9, 0, 0);

export const FAKE_BRIEFS: Brief[] = [
  {
    id: 'b-skin',
    name: 'Glow serum launch',
    niches: ['skincare'],
    keywords: ['serum'],
    excludeKeywords: [],
    platforms: [],
    tiers: [],
    languages: ['id'],
    locationWords: [],
    places: [],
    contentTypes: ['review'],
    budget: { amount: 50_000_000, currency: 'IDR' },
  },
  {
    id: 'b-food',
    name: 'Kopi Nusantara',
    niches: ['coffee'],
    keywords: ['kopi'],
    excludeKeywords: ['alcohol'],
    platforms: ['tiktok'],
    tiers: ['nano', 'micro'],
    languages: [],
    locationWords: ['jakarta'],
    places: [],
    contentTypes: [],
  },
];

function tierName(followers: number): string {
  if (followers < 1_000) return 'emerging';
  if (followers < 10_000) return 'nano';
  if (followers < 100_000) return 'micro';
  if (followers < 1_000_000) return 'macro';
  return 'mega';
}

export function fakeMetrics(followers: number | null, r: () => number, now: number): CreatorMetrics {
  const median = 0.005 + r() * 0.09;
  const known = followers !== null && r() > 0.08;
  return {
    tier:
      followers === null
        ? { known: false, reason: 'no-followers' }
        : { known: true, tiers: [tierName(followers)] },
    engagement: known
      ? {
          known: true,
          byFollowers: { median, mean: median * (0.9 + r() * 0.4) },
          byFollowersAllInteractions: null,
          postsUsed: 6 + Math.floor(r() * 20),
          exact: r() > 0.3,
        }
      : { known: false, reason: followers === null ? 'no-followers' : 'too-few-posts', postsUsed: 2 },
    band: known
      ? {
          known: true,
          band:
            median < 0.015 ? 'low' : median < 0.05 ? 'typical' : median < 0.08 ? 'high' : 'unusually-high',
          benchmark: { min: 0.015, max: 0.05, label: 'Instagram 10K–100K' },
        }
      : { known: false, reason: 'too-few-posts' },
    views: { known: false, reason: 'no-views', postsUsed: 0 },
    growth: { known: false, reason: 'too-few-snapshots' },
    cadence: { known: false, reason: 'no-dates' },
    sponsoredShare: r() * 0.5,
    computedAt: now,
  };
}

export function fakeView(i: number, now = NOW): CreatorView {
  const r = rng(i + 1);
  const platform = r() < 0.55 ? 'instagram' : 'tiktok';
  const first = NAMES[i % NAMES.length] as string;
  const last = SURNAMES[Math.floor(i / NAMES.length) % SURNAMES.length] as string;
  const handle = `${first}.${last}${i}`.toLowerCase();
  const followersValue = Math.round(800 + r() ** 3 * 2_000_000);
  const exact = r() > 0.4;
  const hasFollowers = r() > 0.05;
  const followers = hasFollowers
    ? exact
      ? {
          value: followersValue,
          exact: true,
          min: followersValue,
          max: followersValue,
          source: 'json' as const,
          observedAt: now,
        }
      : {
          value: followersValue,
          exact: false,
          min: Math.round(followersValue * 0.95),
          max: Math.round(followersValue * 1.05),
          source: 'dom' as const,
          raw: `${(followersValue / 1000).toFixed(1)}K`,
          observedAt: now,
        }
    : null;
  const lastSeen = now - Math.floor(r() * 90) * DAY;
  const creator: Creator = {
    key: `${platform}:${handle}`,
    platform,
    handle,
    displayName: `${first} ${last}`,
    verified: r() > 0.9,
    private: false,
    bio: 'Beauty & lifestyle · Jakarta',
    externalUrl: null,
    followers,
    following: null,
    posts: null,
    likesTotal: null,
    videoCount: null,
    firstSeen: lastSeen - Math.floor(r() * 200) * DAY,
    lastSeen,
    metrics: fakeMetrics(hasFollowers ? followersValue : null, r, now),
  };
  const entry: ShortlistEntry = {
    creatorKey: creator.key,
    status: STATUSES[Math.floor(r() * STATUSES.length)] as ShortlistStatus,
    notes: r() > 0.7 ? 'Replied on WhatsApp.\nAsked for media kit.' : '',
    tags: TAGS.filter(() => r() > 0.8),
    rate: r() > 0.5 ? { amount: Math.round(r() * 40) * 250_000, currency: 'IDR' } : null,
    addedAt: creator.firstSeen,
    updatedAt: lastSeen,
  };
  return {
    creator,
    entry,
    fits: FAKE_BRIEFS.map((b) => ({
      briefId: b.id,
      briefName: b.name,
      score: Math.round(r() * 100),
      reasons: <FitReason[]>[
        {
          code: 'niche-match',
          polarity: 'positive' as const,
          hard: false,
          params: { niche: b.niches[0] ?? 'skincare', posts: 7, total: 12, terms: b.keywords.join(', ') },
        },
        {
          code: 'followers-in-range',
          polarity: 'info' as const,
          hard: false,
          params: { followers: followersValue, range: '10,000–100,000' },
        },
        ...(b.platforms.length && !b.platforms.includes(platform)
          ? [
              {
                code: 'platform-mismatch',
                polarity: 'negative' as const,
                hard: true,
                params: { platform, wanted: b.platforms.join(',') },
              },
            ]
          : []),
      ],
    })).sort((a, b) => b.score - a.score),
    signals: [
      { code: 'sponsored-share', level: 'ok', params: { sponsored: 2, posts: 12, share: 2 / 12 } },
      {
        code: 'engagement-in-band',
        level: 'ok',
        params: { rate: 0.031, min: 0.008, max: 0.011, label: 'Instagram, 10k–50k followers' },
      },
      ...(i % 3 === 0
        ? [
            {
              code: 'many-brands',
              level: 'watch' as const,
              params: { brands: 6, sponsored: 4, examples: '@brand.a, @brand.b' },
            },
          ]
        : []),
    ],
  };
}

export function fakeViews(n: number, now = NOW): CreatorView[] {
  return Array.from({ length: n }, (_, i) => fakeView(i, now));
}

export const FAKE_SETTINGS: Settings = {
  tierScheme: TIER_PRESETS.standard,
  language: 'auto',
  rateCard: {
    // Test data, not market prices.
    entries: [
      { platform: 'instagram', tier: 'nano', currency: 'IDR', min: 300_000, max: 1_000_000 },
      { platform: 'instagram', tier: 'micro', currency: 'IDR', min: 1_000_000, max: 5_000_000 },
      { platform: 'instagram', tier: 'macro', currency: 'IDR', min: 5_000_000, max: 25_000_000 },
      { platform: 'instagram', tier: 'mega', currency: 'IDR', min: 50_000_000, max: 150_000_000 },
      { platform: 'tiktok', tier: 'micro', currency: 'IDR', min: 800_000, max: 4_000_000 },
    ],
    source: 'Test card for previews (not market prices)',
  },
  currency: 'IDR',
  csvDelimiter: ',',
  overlay: { instagram: 'shown', tiktok: 'shown' },
  benchmarkSet: 'reports',
  customBenchmarks: null,
};
