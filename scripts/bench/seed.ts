/**
 * Deterministic synthetic store content for the 10,000-creator figures:
 * creators with a few posts each (captions in English and Indonesian), metrics
 * computed by the real lib/metrics, a shortlist entry per creator, and briefs.
 * Not real people: handles are generated. Everything is validated with the
 * store's own schemas, so an import rejects nothing.
 */

import { createFitScorer, subjectFromCreator } from '@/lib/fit/score';
import { authenticitySignals } from '@/lib/metrics/authenticity';
import { computeCreatorMetrics } from '@/lib/metrics/compute-metrics';
import { TIER_PRESETS } from '@/lib/metrics/tiers';
import { type Brief, BriefSchema } from '@/lib/schema/brief';
import {
  type Creator,
  CreatorSchema,
  type ShortlistEntry,
  ShortlistEntrySchema,
  type ShortlistStatus,
  type StoredCount,
  type StoredPost,
  StoredPostSchema,
} from '@/lib/schema/creator';
import type { CreatorView } from '@/lib/schema/views';

export const SEED_NOW = Date.UTC(2026, 10, 21, 9, 0, 0);
const DAY = 86_400_000;
const POSTS_PER_CREATOR = 4;

/** mulberry32: a small seeded PRNG, so every run builds the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;

const NAMES = ['ayu', 'budi', 'citra', 'dewi', 'eko', 'fajar', 'gita', 'hana', 'indra', 'joko', 'kartika'];
const CAPTIONS = [
  'Review jujur serum vitamin C setelah 2 minggu #skincare #review',
  'Ngopi pagi di Bandung, kopi susu gula aren favorit #kopi #bandung',
  'Morning yoga flow for beginners #yoga #wellness',
  'Resep ayam geprek sambal bawang, gampang banget! #resep #masakan',
  'OOTD kondangan hijab pastel #ootd #hijab',
  'Unboxing sepatu lari baru, first impression #running #unboxing',
  'Skincare routine malam untuk kulit berminyak #skincare',
  'Weekend trip to Yogyakarta, hidden gems #travel #jogja',
  'Tutorial makeup natural 5 menit #makeup #tutorial',
  'Paid partnership with a local coffee brand #ad #kopi',
];
const STATUSES: ShortlistStatus[] = ['saved', 'contacted', 'negotiating', 'active', 'done', 'rejected'];
const BIOS = [
  'Beauty & skincare · Jakarta',
  'Kopi, kuliner, Bandung',
  'Yoga teacher · Bali',
  'Mom of two · resep rumahan',
  'Travel & food · Surabaya',
];

export interface SeedData {
  creators: Creator[];
  posts: StoredPost[];
  shortlist: ShortlistEntry[];
  briefs: Brief[];
}

function count(value: number, exact: boolean, at: number): StoredCount {
  if (exact) return { value, exact: true, min: value, max: value, source: 'json', observedAt: at };
  const min = Math.max(0, Math.round(value * 0.99));
  return { value, exact: false, min, max: Math.round(value * 1.01), source: 'dom', observedAt: at };
}

/** `n` briefs (the fit figure scores against 20, the dashboard shows 5). */
export function seedBriefs(n: number): Brief[] {
  const niches = ['beauty', 'food', 'fitness', 'travel', 'fashion', 'parenting'];
  const keywords = ['serum', 'kopi', 'yoga', 'jogja', 'hijab', 'resep', 'running', 'makeup'];
  return Array.from({ length: n }, (_, i) =>
    BriefSchema.parse({
      id: `bench-brief-${i}`,
      name: `Bench brief ${i + 1}`,
      niches: [niches[i % niches.length]],
      keywords: [keywords[i % keywords.length]],
      excludeKeywords: i % 3 === 0 ? ['alcohol'] : [],
      languages: i % 2 ? ['id'] : [],
      createdAt: SEED_NOW,
      updatedAt: SEED_NOW,
    }),
  );
}

export function seedData(n: number, briefCount = 5, postsPerCreator = POSTS_PER_CREATOR): SeedData {
  const creators: Creator[] = [];
  const posts: StoredPost[] = [];
  const shortlist: ShortlistEntry[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng(i + 1);
    const platform = r() < 0.55 ? 'instagram' : 'tiktok';
    const handle = `${pick(r, NAMES)}.bench${i}`;
    const key = `${platform}:${handle}` as const;
    const followersValue = Math.round(800 + r() ** 3 * 2_000_000);
    const lastSeen = SEED_NOW - Math.floor(r() * 60) * DAY;
    const followers = count(followersValue, r() > 0.4, lastSeen);
    const own: StoredPost[] = [];
    for (let p = 0; p < postsPerCreator; p++) {
      const caption = pick(r, CAPTIONS);
      const likes = Math.round(followersValue * (0.005 + r() * 0.08));
      const id = `B${i.toString(36)}x${p}`;
      own.push(
        StoredPostSchema.parse({
          id,
          key: `${platform}:${id}`,
          creatorKey: key,
          url:
            platform === 'instagram'
              ? `https://www.instagram.com/${handle}/p/${id}/`
              : `https://www.tiktok.com/@${handle}/video/${1e15 + i * 10 + p}`,
          likes: count(likes, true, lastSeen),
          comments: count(Math.round(likes * (0.01 + r() * 0.05)), true, lastSeen),
          caption,
          hashtags: (caption.match(/#\w+/g) ?? []).map((h) => h.slice(1)),
          takenAt: lastSeen - (p + 1) * 3 * DAY,
          firstSeen: lastSeen,
          lastSeen,
        }),
      );
    }
    const creator = CreatorSchema.parse({
      key,
      platform,
      handle,
      displayName: `${handle.split('.')[0]} ${i}`,
      verified: r() > 0.9,
      private: false,
      bio: pick(r, BIOS),
      externalUrl: null,
      followers,
      following: count(Math.round(r() * 2_000), true, lastSeen),
      posts: platform === 'instagram' ? count(50 + Math.round(r() * 900), true, lastSeen) : null,
      likesTotal: null,
      videoCount: null,
      firstSeen: lastSeen - Math.floor(r() * 200) * DAY,
      lastSeen,
      metrics: computeCreatorMetrics({
        platform,
        followers,
        posts: own,
        snapshots: [],
        scheme: TIER_PRESETS.standard,
        now: SEED_NOW,
      }),
    });
    creators.push(creator);
    posts.push(...own);
    shortlist.push(
      ShortlistEntrySchema.parse({
        creatorKey: key,
        status: pick(r, STATUSES),
        notes: r() > 0.7 ? 'Asked for rate card; replies fast.' : '',
        tags: r() > 0.5 ? ['bench', pick(r, ['jakarta', 'bandung', 'q3'])] : [],
        rate: r() > 0.6 ? { amount: Math.round(r() * 20) * 500_000, currency: 'IDR' } : null,
        addedAt: lastSeen,
        updatedAt: lastSeen,
      }),
    );
  }
  return { creators, posts, shortlist, briefs: seedBriefs(briefCount) };
}

/** A backup file (lib/store/backup.ts format) holding the seed data. */
export function backupText(data: SeedData): string {
  return JSON.stringify({
    format: 'microlens-backup',
    version: 1,
    exportedAt: SEED_NOW,
    creators: data.creators,
    snapshots: [],
    posts: data.posts,
    briefs: data.briefs,
    shortlist: data.shortlist,
    settings: null,
  });
}

/** What the dashboard holds for the seed data: views with fits and signals, as the worker builds them. */
export function seedViews(data: SeedData): CreatorView[] {
  const score = createFitScorer(data.briefs);
  const postsOf = new Map<string, StoredPost[]>();
  for (const p of data.posts) {
    const list = postsOf.get(p.creatorKey);
    if (list) list.push(p);
    else postsOf.set(p.creatorKey, [p]);
  }
  return data.creators.map((creator, i) => {
    const own = postsOf.get(creator.key) ?? [];
    return {
      creator,
      entry: data.shortlist[i] ?? null,
      fits: score(subjectFromCreator(creator, own)),
      signals: authenticitySignals({ creator, posts: own, metrics: creator.metrics }),
    };
  });
}
