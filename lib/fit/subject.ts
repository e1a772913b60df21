/**
 * What the fit scorer looks at about one creator, built from the store's
 * records or from the inspector's JSON. Only text and the few figures a brief
 * can constrain; nothing about the page it came from.
 */
import { z } from 'zod';
import type { Creator, StoredPost } from '@/lib/schema/creator';
import { type Platform, PlatformSchema } from '@/lib/schema/reading';

export interface FitSubject {
  platform: Platform;
  handle: string;
  /** Best single value; null when unknown. */
  followers: number | null;
  /** When the count was rounded ("1.1M"), the range it stands for. */
  followersRange?: { min: number; max: number };
  /** Median (likes + comments) / followers, fraction; null when unknown. */
  engagementRate: number | null;
  bio: string;
  /** One caption per post, newest first; a post's hashtags are part of its caption. */
  captions: string[];
  /** Hashtags of those posts (a hashtag missing from every caption counts as one more post's worth). */
  hashtags: string[];
  /** Used only when the text is too short to tell its language. */
  languageHint?: 'en' | 'id';
}

/** Newest posts the fit looks at: enough to see habits, recent enough to be current. */
export const MAX_POSTS_FOR_FIT = 60;

export function subjectFromCreator(creator: Creator, posts: StoredPost[]): FitSubject {
  const own = posts
    .filter((p) => p.creatorKey === creator.key)
    .slice()
    .sort((a, b) => (b.takenAt ?? b.firstSeen) - (a.takenAt ?? a.firstSeen) || a.key.localeCompare(b.key))
    .slice(0, MAX_POSTS_FOR_FIT);
  const hashtags = new Set<string>();
  const captions = own.map((p) => {
    const caption = p.caption ?? '';
    const lower = caption.toLowerCase();
    const missing: string[] = [];
    for (const raw of p.hashtags) {
      const tag = raw.replace(/^#/, '');
      if (tag.length === 0) continue;
      hashtags.add(tag.toLowerCase());
      if (!lower.includes(`#${tag.toLowerCase()}`)) missing.push(`#${tag}`);
    }
    for (const m of caption.matchAll(/#([\p{L}\p{N}_]+)/gu)) hashtags.add(m[1]!.toLowerCase());
    return missing.length > 0 ? `${caption} ${missing.join(' ')}`.trim() : caption;
  });
  const f = creator.followers;
  const engagement = creator.metrics?.engagement;
  return {
    platform: creator.platform,
    handle: creator.handle,
    followers: f ? f.value : null,
    ...(f && !f.exact ? { followersRange: { min: f.min, max: f.max } } : {}),
    engagementRate: engagement?.known ? engagement.byFollowers.median : null,
    bio: creator.bio ?? '',
    captions,
    hashtags: [...hashtags].sort(),
  };
}

/** A count as the inspector may print it: a number, or a Count-like object. */
const LooseCount = z.union([
  z.number().nonnegative().finite(),
  z.object({ value: z.number().nonnegative().finite(), exact: z.boolean().optional() }).loose(),
  z.null(),
]);

const InspectorPostSchema = z
  .object({
    caption: z.string().max(10_000).nullable().optional(),
    likes: LooseCount.optional(),
    comments: LooseCount.optional(),
    views: LooseCount.optional(),
    hashtags: z.array(z.string().max(300)).max(200).optional(),
  })
  .loose();

/** The inspector's output for one creator (extra fields allowed and ignored). */
export const InspectorCreatorSchema = z
  .object({
    platform: PlatformSchema,
    handle: z.string().trim().min(1).max(64),
    followers: LooseCount.optional(),
    bio: z.string().max(10_000).nullable().optional(),
    recentPosts: z.array(InspectorPostSchema).max(500).optional(),
    metrics: z
      .object({
        engagement: z
          .union([
            z.number().nonnegative().finite(),
            z
              .object({ known: z.literal(true), byFollowers: z.object({ median: z.number() }).loose() })
              .loose(),
            z.object({ known: z.literal(false) }).loose(),
          ])
          .nullable()
          .optional(),
      })
      .loose()
      .nullable()
      .optional(),
  })
  .loose();
export type InspectorCreator = z.infer<typeof InspectorCreatorSchema>;

function countValue(c: z.infer<typeof LooseCount> | undefined): number | null {
  if (c === undefined || c === null) return null;
  return typeof c === 'number' ? c : c.value;
}

/** Fewest posts with both counts before a median engagement is trusted. */
export const MIN_POSTS_FOR_ENGAGEMENT = 3;

export function subjectFromInspector(json: InspectorCreator): FitSubject {
  const followers = countValue(json.followers);
  const posts = json.recentPosts ?? [];
  const hashtags = new Set<string>();
  const captions = posts.map((p) => {
    const caption = p.caption ?? '';
    for (const m of caption.matchAll(/#([\p{L}\p{N}_]+)/gu)) hashtags.add(m[1]!.toLowerCase());
    const extra = (p.hashtags ?? []).map((h) => h.replace(/^#/, '')).filter((h) => h.length > 0);
    for (const h of extra) hashtags.add(h.toLowerCase());
    const missing = extra.filter((h) => !caption.toLowerCase().includes(`#${h.toLowerCase()}`));
    return missing.length > 0 ? `${caption} ${missing.map((h) => `#${h}`).join(' ')}`.trim() : caption;
  });
  return {
    platform: json.platform,
    handle: json.handle.replace(/^@/, '').toLowerCase(),
    followers,
    engagementRate: inspectorEngagement(json, followers),
    bio: json.bio ?? '',
    captions,
    hashtags: [...hashtags].sort(),
  };
}

/**
 * The inspector's own figure when it has one; else the median of
 * (likes + comments) / followers over posts with both counts — unknown with
 * fewer than MIN_POSTS_FOR_ENGAGEMENT such posts or without followers.
 */
function inspectorEngagement(json: InspectorCreator, followers: number | null): number | null {
  const given = json.metrics?.engagement;
  if (typeof given === 'number') return given;
  if (given && given.known === true && 'byFollowers' in given) return given.byFollowers.median;
  if (!followers || followers <= 0) return null;
  const rates: number[] = [];
  for (const p of json.recentPosts ?? []) {
    const likes = countValue(p.likes);
    const comments = countValue(p.comments);
    if (likes !== null && comments !== null) rates.push((likes + comments) / followers);
  }
  if (rates.length < MIN_POSTS_FOR_ENGAGEMENT) return null;
  rates.sort((a, b) => a - b);
  const mid = Math.floor(rates.length / 2);
  return rates.length % 2 === 1 ? rates[mid]! : (rates[mid - 1]! + rates[mid]!) / 2;
}
