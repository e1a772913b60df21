/**
 * Computed figures about a creator. Every figure is either known, or unknown
 * with a reason code the UI translates ("Correct or unknown, never wrong").
 */
import { z } from 'zod';

/** Why a figure is unknown. Codes, so the UI can say it in English or Indonesian. */
export const UnknownReasonSchema = z.enum([
  'no-followers', // follower count not on the page
  'zero-followers', // 0 followers: a rate would divide by zero
  'too-few-posts', // fewer than the minimum posts with usable counts
  'likes-hidden', // the creator hides like counts
  'missing-counts', // posts listed without likes/comments
  'no-views', // no view counts (TikTok views-based figures)
  'ambiguous-tier', // count only known as a range spanning a boundary (kept for completeness)
  'too-few-snapshots', // growth needs two observations some time apart
  'no-dates', // cadence needs publication dates
  'no-benchmark', // the chosen benchmark set has no figures for this platform or size
]);
export type UnknownReason = z.infer<typeof UnknownReasonSchema>;

export const UnknownSchema = z.object({ known: z.literal(false), reason: UnknownReasonSchema });
export type Unknown = z.infer<typeof UnknownSchema>;

export const TierNameSchema = z.string().min(1).max(40);

/** One tier, or several when a rounded count's range straddles a threshold ("micro or macro"). */
export const TierResultSchema = z.union([
  z.object({ known: z.literal(true), tiers: z.array(TierNameSchema).min(1) }),
  UnknownSchema,
]);
export type TierResult = z.infer<typeof TierResultSchema>;

export const RateStatsSchema = z.object({
  /** Rates are fractions: 0.053 means 5.3%. */
  median: z.number().nonnegative(),
  mean: z.number().nonnegative(),
});
export type RateStats = z.infer<typeof RateStatsSchema>;

export const EngagementSchema = z.union([
  z.object({
    known: z.literal(true),
    /** likes + comments over followers: the figure comparable with published benchmarks. */
    byFollowers: RateStatsSchema,
    /** likes + comments + shares + saves over followers, when any post had shares or saves. */
    byFollowersAllInteractions: RateStatsSchema.nullable(),
    postsUsed: z.number().int().positive(),
    /** False when followers or any post count was rounded: the rate is an estimate. */
    exact: z.boolean(),
  }),
  UnknownSchema.extend({ postsUsed: z.number().int().nonnegative() }),
]);
export type Engagement = z.infer<typeof EngagementSchema>;

export const ViewsEngagementSchema = z.union([
  z.object({
    known: z.literal(true),
    /** Interactions over views, per post. */
    byViews: RateStatsSchema,
    postsUsed: z.number().int().positive(),
    exact: z.boolean(),
  }),
  UnknownSchema.extend({ postsUsed: z.number().int().nonnegative() }),
]);
export type ViewsEngagement = z.infer<typeof ViewsEngagementSchema>;

/**
 * Median views over followers: how far a creator's videos travel beyond their audience.
 * It needs views only (a TikTok grid shows them), not likes, so it is its own figure.
 */
export const ViewRateSchema = z.union([
  z.object({
    known: z.literal(true),
    rate: z.number().nonnegative(),
    medianViews: z.number().nonnegative(),
    postsUsed: z.number().int().positive(),
    /** False when followers or any view count was rounded ("1.9M"). */
    exact: z.boolean(),
  }),
  UnknownSchema.extend({ postsUsed: z.number().int().nonnegative() }),
]);
export type ViewRate = z.infer<typeof ViewRateSchema>;

export const BandNameSchema = z.enum(['low', 'typical', 'high', 'unusually-high']);
export type BandName = z.infer<typeof BandNameSchema>;

export const BandResultSchema = z.union([
  z.object({
    known: z.literal(true),
    band: BandNameSchema,
    /**
     * The benchmark range it was compared with (fractions), the published rows' label, which
     * creator figure the band belongs to, and the set and source (optional: bands stored before
     * sets existed lack them and are follower-based on Instagram, views-based on TikTok).
     */
    benchmark: z.object({
      min: z.number(),
      max: z.number(),
      label: z.string(),
      of: z.enum(['engagement', 'viewsEngagement']).optional(),
      setId: z.string().max(40).optional(),
      setName: z.string().max(120).optional(),
      source: z.string().max(600).optional(),
    }),
  }),
  UnknownSchema,
]);
export type BandResult = z.infer<typeof BandResultSchema>;

export const GrowthSchema = z.union([
  z.object({
    known: z.literal(true),
    /** Followers gained (or lost) per 30 days, from the first to the latest snapshot. */
    per30Days: z.number(),
    /** Relative change per 30 days, fraction. */
    ratePer30Days: z.number(),
    sinceFirstSeen: z.number(),
    days: z.number().nonnegative(),
    exact: z.boolean(),
  }),
  UnknownSchema,
]);
export type Growth = z.infer<typeof GrowthSchema>;

export const CadenceSchema = z.union([
  z.object({
    known: z.literal(true),
    postsPerWeek: z.number().nonnegative(),
    /** Longest gap between consecutive known posts, days. */
    longestGapDays: z.number().nonnegative(),
    /** Days since the newest known post, at computation time. */
    daysSinceLastPost: z.number().nonnegative(),
    postsUsed: z.number().int().positive(),
  }),
  UnknownSchema,
]);
export type Cadence = z.infer<typeof CadenceSchema>;

export const CreatorMetricsSchema = z.object({
  tier: TierResultSchema,
  engagement: EngagementSchema,
  band: BandResultSchema,
  views: ViewsEngagementSchema,
  /** Optional: creators stored before it existed get it on their next reading. */
  viewRate: ViewRateSchema.optional(),
  growth: GrowthSchema,
  cadence: CadenceSchema,
  /** Share of known recent posts with a paid-partnership label or ad hashtag; null when no posts. */
  sponsoredShare: z.number().min(0).max(1).nullable(),
  computedAt: z.number().int(),
});
export type CreatorMetrics = z.infer<typeof CreatorMetricsSchema>;
