/** What the store keeps: creators, their history, their posts, and the shortlist. */
import { z } from 'zod';
import { CreatorMetricsSchema } from './metrics';
import { CREATOR_KEY_PATTERN, SHORTLIST_STATUSES } from './plain';
import { CountSchema, PlatformSchema, PostReadingSchema } from './reading';

/** "instagram:gdg_rbu": one creator per platform and handle. */
export const CreatorKeySchema = z.string().regex(CREATOR_KEY_PATTERN);
export type CreatorKey = z.infer<typeof CreatorKeySchema>;

export { creatorKey } from './plain';

/** A stored count remembers when it was observed, so newer exact values can win. */
export const StoredCountSchema = CountSchema.and(z.object({ observedAt: z.number().int() }));
export type StoredCount = z.infer<typeof StoredCountSchema>;

export const CreatorSchema = z.object({
  key: CreatorKeySchema,
  platform: PlatformSchema,
  handle: z.string().regex(/^[a-z0-9._]{1,64}$/),
  displayName: z.string().max(300).nullable(),
  verified: z.boolean().nullable(),
  private: z.boolean().nullable(),
  bio: z.string().max(10_000).nullable(),
  externalUrl: z.string().max(2_000).nullable(),
  followers: StoredCountSchema.nullable(),
  following: StoredCountSchema.nullable(),
  posts: StoredCountSchema.nullable(),
  likesTotal: StoredCountSchema.nullable(),
  videoCount: StoredCountSchema.nullable(),
  firstSeen: z.number().int(),
  lastSeen: z.number().int(),
  metrics: CreatorMetricsSchema.nullable(),
});
export type Creator = z.infer<typeof CreatorSchema>;

/** A creator's figures at one moment; appended when something changed or a day passed. */
export const SnapshotSchema = z.object({
  id: z.number().int().optional(),
  creatorKey: CreatorKeySchema,
  at: z.number().int(),
  followers: z.number().int().nonnegative().nullable(),
  followersExact: z.boolean().nullable(),
  following: z.number().int().nonnegative().nullable(),
  posts: z.number().int().nonnegative().nullable(),
  likesTotal: z.number().int().nonnegative().nullable(),
  /** Median likes+comments engagement at that time, fraction. */
  engagement: z.number().nonnegative().nullable(),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** Latest stats of one post ever seen, so engagement uses more than the last screenful. */
export const StoredPostSchema = PostReadingSchema.extend({
  /** "instagram:CPeC-Eenc8l" */
  key: z.string().min(3).max(120),
  creatorKey: CreatorKeySchema,
  firstSeen: z.number().int(),
  lastSeen: z.number().int(),
});
export type StoredPost = z.infer<typeof StoredPostSchema>;

export const ShortlistStatusSchema = z.enum(SHORTLIST_STATUSES);
export type ShortlistStatus = z.infer<typeof ShortlistStatusSchema>;

export const CurrencySchema = z.enum(['IDR', 'USD', 'EUR', 'SGD', 'MYR', 'AUD', 'GBP']);
export type Currency = z.infer<typeof CurrencySchema>;

export const ShortlistEntrySchema = z.object({
  creatorKey: CreatorKeySchema,
  status: ShortlistStatusSchema,
  notes: z.string().max(20_000),
  tags: z.array(z.string().trim().min(1).max(40)).max(50),
  /** Agreed (or quoted) rate per post. */
  rate: z.object({ amount: z.number().nonnegative().finite(), currency: CurrencySchema }).nullable(),
  addedAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type ShortlistEntry = z.infer<typeof ShortlistEntrySchema>;
