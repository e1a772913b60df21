/**
 * A benchmark set is data: per platform, a table of published engagement figures by follower
 * size, with the source it was copied from. Figures are entered exactly as published, as
 * fractions (1.78% → 0.0178). A row holds either a published range (min–max) or a published
 * average; nothing in between is made up here (lib/metrics/benchmark-sets/curve.ts joins rows).
 */
import { z } from 'zod';

export const BenchmarkSourceSchema = z.object({
  publisher: z.string().trim().min(1).max(120),
  report: z.string().trim().min(1).max(200),
  year: z.number().int().min(2000).max(2100),
  /** Table, page or section of the report the figures come from. */
  where: z.string().trim().max(200).default(''),
  url: z.string().trim().max(500).default(''),
  /** What the figure measures: by followers or by views, mean or median, which posts. */
  definition: z.string().trim().min(1).max(500),
  /** Sample size as published, when it is. */
  sample: z.string().trim().max(200).default(''),
});
export type BenchmarkSource = z.infer<typeof BenchmarkSourceSchema>;

const rate = z.number().min(0).max(1);

export const BenchmarkRowSchema = z
  .object({
    /** minFollowers <= followers < maxFollowers; null: no upper bound. */
    minFollowers: z.number().int().nonnegative(),
    maxFollowers: z.number().int().positive().nullable(),
    label: z.string().trim().min(1).max(80),
    /** A published range… */
    min: rate.optional(),
    max: rate.optional(),
    /** …or a published average. */
    average: rate.optional(),
  })
  .refine((r) => r.maxFollowers === null || r.maxFollowers > r.minFollowers, {
    message: 'the row ends before it starts',
    path: ['maxFollowers'],
  })
  .refine(
    (r) =>
      (r.average !== undefined && r.min === undefined && r.max === undefined) ||
      (r.average === undefined && r.min !== undefined && r.max !== undefined && r.min <= r.max),
    { message: 'a row needs either an average or a range with min ≤ max', path: ['min'] },
  );
export type BenchmarkRow = z.infer<typeof BenchmarkRowSchema>;

export const PlatformBenchmarksSchema = z
  .object({
    /** Which creator figure the table describes: follower-based or views-based engagement. */
    basis: z.enum(['followers', 'views']),
    source: BenchmarkSourceSchema,
    rows: z.array(BenchmarkRowSchema).min(1).max(20),
  })
  .refine(
    (t) =>
      t.rows.every((r, i) => {
        const prev = t.rows[i - 1];
        return !prev || (prev.maxFollowers !== null && prev.maxFollowers <= r.minFollowers);
      }),
    { message: 'rows must be in order of followers and must not overlap', path: ['rows'] },
  );
export type PlatformBenchmarks = z.infer<typeof PlatformBenchmarksSchema>;

export const BenchmarkSetSchema = z.object({
  id: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(120),
  instagram: PlatformBenchmarksSchema.optional(),
  tiktok: PlatformBenchmarksSchema.optional(),
});
export type BenchmarkSet = z.infer<typeof BenchmarkSetSchema>;
export type BenchmarkSetInput = z.input<typeof BenchmarkSetSchema>;
