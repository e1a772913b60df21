/**
 * What a site reader returns for one page: every figure with where it came from
 * and whether it is exact. Content scripts, the background worker and the
 * inspector all validate against this one definition.
 */
import { z } from 'zod';

export const PlatformSchema = z.enum(['instagram', 'tiktok']);
export type Platform = z.infer<typeof PlatformSchema>;

/** What kind of page a URL is. `other` covers explore, feeds, search, DMs… */
export const PageKindSchema = z.enum(['profile', 'post', 'video', 'other']);
export type PageKind = z.infer<typeof PageKindSchema>;

/**
 * Where a figure was read, best first: data embedded in the page, responses the
 * page itself fetched, exact DOM attributes, visible DOM text, meta descriptions.
 */
export const SourceSchema = z.enum(['json', 'api', 'attribute', 'dom', 'meta', 'url']);
export type Source = z.infer<typeof SourceSchema>;

/**
 * A count as the page gave it. `value` is the best single number; a rounded
 * display ("1.1M") is `exact: false` with the range it stands for in min..max.
 */
export const CountSchema = z
  .object({
    value: z.number().int().nonnegative(),
    exact: z.boolean(),
    min: z.number().int().nonnegative(),
    max: z.number().int().nonnegative(),
    source: SourceSchema,
    /** The text it was read from, for the inspector and disagreement notes. */
    raw: z.string().max(200).optional(),
  })
  .refine((c) => c.min <= c.value && c.value <= c.max, { message: 'count value outside its range' })
  .refine((c) => !c.exact || (c.min === c.value && c.max === c.value), {
    message: 'an exact count has no range',
  });
export type Count = z.infer<typeof CountSchema>;

export const FieldSourceSchema = z.object({ source: SourceSchema, exact: z.boolean() });
export type FieldSource = z.infer<typeof FieldSourceSchema>;

/** Two sources that disagree beyond rounding; the kept one is what the user sees. */
export const DisagreementSchema = z.object({
  field: z.string().max(50),
  kept: z.object({ value: z.number(), source: SourceSchema }),
  other: z.object({ value: z.number(), source: SourceSchema }),
});
export type Disagreement = z.infer<typeof DisagreementSchema>;

const shortText = z.string().max(300);
const longText = z.string().max(10_000);

export const PostReadingSchema = z.object({
  /** Platform id: Instagram shortcode or TikTok video id. */
  id: z.string().min(1).max(100),
  url: z.string().max(2_000),
  /** Author handle when known (post pages, API items). */
  author: shortText.nullable().default(null),
  pinned: z.boolean().nullable().default(null),
  isVideo: z.boolean().nullable().default(null),
  views: CountSchema.nullable().default(null),
  likes: CountSchema.nullable().default(null),
  comments: CountSchema.nullable().default(null),
  shares: CountSchema.nullable().default(null),
  saves: CountSchema.nullable().default(null),
  /** True when the platform says likes are hidden: likes stay unknown, never 0. */
  likesHidden: z.boolean().default(false),
  caption: longText.nullable().default(null),
  hashtags: z.array(shortText).max(200).default([]),
  mentions: z.array(shortText).max(200).default([]),
  /** Publication time, epoch milliseconds. */
  takenAt: z.number().int().nullable().default(null),
  /** Platform "paid partnership" / ad label (not a mere brand mention). */
  paidPartnership: z.boolean().nullable().default(null),
});
export type PostReading = z.infer<typeof PostReadingSchema>;
export type PostReadingInput = z.input<typeof PostReadingSchema>;

export const ReadingSchema = z.object({
  platform: PlatformSchema,
  pageKind: PageKindSchema,
  url: z.string().max(2_000),
  /** When it was read, epoch milliseconds. */
  readAt: z.number().int(),
  /** Handle without "@", lower-case as the site treats it. Null when not on the page. */
  handle: z
    .string()
    .regex(/^[a-z0-9._]{1,64}$/)
    .nullable(),
  displayName: shortText.nullable().default(null),
  verified: z.boolean().nullable().default(null),
  private: z.boolean().nullable().default(null),
  bio: longText.nullable().default(null),
  externalUrl: z.string().max(2_000).nullable().default(null),
  followers: CountSchema.nullable().default(null),
  following: CountSchema.nullable().default(null),
  /** Instagram post count. */
  posts: CountSchema.nullable().default(null),
  /** TikTok total likes. */
  likesTotal: CountSchema.nullable().default(null),
  /** TikTok video count. */
  videoCount: CountSchema.nullable().default(null),
  recentPosts: z.array(PostReadingSchema).max(500).default([]),
  /** On a post or video page: that post. */
  post: PostReadingSchema.nullable().default(null),
  /** Per field: where the kept value came from and whether it is exact. */
  sources: z.record(z.string().max(50), FieldSourceSchema).default({}),
  disagreements: z.array(DisagreementSchema).max(50).default([]),
  /** Plain-language notes for the user ("logged-out shell", "no counts on this page"). */
  notices: z.array(z.string().max(300)).max(20).default([]),
});
export type Reading = z.infer<typeof ReadingSchema>;
export type ReadingInput = z.input<typeof ReadingSchema>;
