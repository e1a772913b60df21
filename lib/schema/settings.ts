/** User settings: one record, validated on every read and write. */
import { z } from 'zod';
import { BenchmarkSetSchema } from '@/lib/metrics/benchmark-sets/schema';
import { CurrencySchema } from './creator';

/**
 * A tier scheme is data: named tiers with a lower bound each (followers), sorted
 * ascending. A tier runs from its `min` to the next tier's `min` - 1.
 */
export const TierSchemeSchema = z
  .object({
    id: z.string().min(1).max(40),
    name: z.string().min(1).max(80),
    tiers: z
      .array(z.object({ name: z.string().min(1).max(40), min: z.number().int().nonnegative() }))
      .min(1)
      .max(10),
  })
  .refine((s) => s.tiers[0]?.min === 0, { message: 'the first tier must start at 0', path: ['tiers'] })
  .refine((s) => s.tiers.every((t, i) => i === 0 || t.min > (s.tiers[i - 1]?.min ?? 0)), {
    message: 'tier thresholds must rise',
    path: ['tiers'],
  })
  .refine((s) => new Set(s.tiers.map((t) => t.name)).size === s.tiers.length, {
    message: 'tier names must differ',
    path: ['tiers'],
  });
export type TierScheme = z.infer<typeof TierSchemeSchema>;

/** Price range per post for one platform and tier, in one currency. */
export const RateCardEntrySchema = z
  .object({
    platform: z.enum(['instagram', 'tiktok']),
    tier: z.string().min(1).max(40),
    currency: CurrencySchema,
    min: z.number().nonnegative().finite(),
    max: z.number().nonnegative().finite(),
  })
  .refine((e) => e.min <= e.max, { message: 'minimum rate is above the maximum', path: ['min'] });
export type RateCardEntry = z.infer<typeof RateCardEntrySchema>;

export const RateCardSchema = z.object({
  entries: z.array(RateCardEntrySchema).max(200),
  /** Where the defaults come from, shown beside them. */
  source: z.string().max(500),
});
export type RateCard = z.infer<typeof RateCardSchema>;

export const OverlayModeSchema = z.enum(['shown', 'collapsed', 'hidden']);

export const SettingsSchema = z.object({
  tierScheme: TierSchemeSchema,
  /** 'auto' follows the browser's language. */
  language: z.enum(['auto', 'en', 'id']),
  rateCard: RateCardSchema,
  currency: CurrencySchema,
  csvDelimiter: z.enum([',', ';']),
  overlay: z.object({ instagram: OverlayModeSchema, tiktok: OverlayModeSchema }),
  /**
   * Which benchmark set bands are judged against (lib/metrics/benchmark-sets/sets.ts, or the
   * user's own). Defaults, so settings stored before sets existed still load unchanged.
   */
  benchmarkSet: z.string().min(1).max(40).default('reports'),
  /** The marketer's own set, edited from a built-in one; chosen when benchmarkSet is its id. */
  customBenchmarks: BenchmarkSetSchema.nullable().default(null),
});
export type Settings = z.infer<typeof SettingsSchema>;
