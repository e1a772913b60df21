/**
 * What the fit scorer looks at about one creator, built from the store's
 * records or from the inspector's JSON. Only text and the few figures a brief
 * can constrain; nothing about the page it came from.
 */
import { z } from 'zod';
import { engagementFor, type RatePost } from '@/lib/metrics/engagement';
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
    id: z.string().max(200).optional(),
    caption: z.string().max(10_000).nullable().optional(),
    likes: LooseCount.optional(),
    comments: LooseCount.optional(),
    views: LooseCount.optional(),
    shares: LooseCount.optional(),
    saves: LooseCount.optional(),
    likesHidden: z.boolean().optional(),
    pinned: z.boolean().nullable().optional(),
    /** ISO date as the inspector prints it, or epoch milliseconds. */
    takenAt: z.union([z.string().max(40), z.number().finite(), z.null()]).optional(),
    /** Per count: exact or rounded, as the inspector prints it. */
    exact: z.record(z.string(), z.boolean().nullable()).optional(),
    hashtags: z.array(z.string().max(300)).max(200).optional(),
  })
  .loose();
type InspectorPost = z.infer<typeof InspectorPostSchema>;

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

/** A printed count as a rate reads it; exact unless the inspector said rounded. */
function countOf(c: z.infer<typeof LooseCount> | undefined, exact?: boolean | null): RatePost['likes'] {
  const value = countValue(c);
  if (value === null) return null;
  const said = typeof c === 'object' && c !== null ? c.exact : undefined;
  return { value, exact: (said ?? exact) !== false };
}

function dateOf(t: InspectorPost['takenAt']): number | null {
  if (t === undefined || t === null) return null;
  const ms = typeof t === 'number' ? t : Date.parse(t);
  return Number.isFinite(ms) ? ms : null;
}

/** An inspector post as lib/metrics reads posts (an unnamed post keeps its place as its id). */
function ratePost(p: InspectorPost, index: number): RatePost {
  return {
    id: p.id ?? `#${index}`,
    pinned: p.pinned ?? null,
    takenAt: dateOf(p.takenAt),
    likesHidden: p.likesHidden === true,
    likes: countOf(p.likes, p.exact?.likes),
    comments: countOf(p.comments, p.exact?.comments),
    views: countOf(p.views, p.exact?.views),
    shares: countOf(p.shares),
    saves: countOf(p.saves),
  };
}

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
    engagementRate: inspectorEngagement(json),
    bio: json.bio ?? '',
    captions,
    hashtags: [...hashtags].sort(),
  };
}

/**
 * The inspector's own figure when it printed one, an unknown one included
 * (null: the same rule already said unknown); else the one engagement rule
 * (lib/metrics/engagement.ts) over the printed posts, so fit, card and
 * inspector never disagree on a creator.
 */
function inspectorEngagement(json: InspectorCreator): number | null {
  const given = json.metrics?.engagement;
  if (typeof given === 'number') return given;
  if (given === null) return null;
  if (given) return given.known === true && 'byFollowers' in given ? given.byFollowers.median : null;
  const e = engagementFor(countOf(json.followers), (json.recentPosts ?? []).map(ratePost));
  return e.known ? e.byFollowers.median : null;
}
