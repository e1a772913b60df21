/** A brand brief: what a campaign looks for, and what it must avoid. */
import { z } from 'zod';
import { CurrencySchema } from './creator';
import { PlatformSchema } from './reading';

export const ContentTypeSchema = z.enum(['review', 'tutorial', 'unboxing', 'before-after', 'ugc']);
export type ContentType = z.infer<typeof ContentTypeSchema>;

export const ContentLanguageSchema = z.enum(['en', 'id']);

const term = z.string().trim().min(1).max(60);

export const BriefSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().trim().min(1).max(120),
    /** Niche ids from the taxonomy (lib/fit/taxonomy). */
    niches: z.array(z.string().min(1).max(40)).max(30).default([]),
    keywords: z.array(term).max(100).default([]),
    excludeKeywords: z.array(term).max(100).default([]),
    /** Empty means any platform. */
    platforms: z.array(PlatformSchema).max(2).default([]),
    followers: z
      .object({
        min: z.number().int().nonnegative().optional(),
        max: z.number().int().positive().optional(),
      })
      .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
        message: 'minimum followers is above the maximum',
        path: ['min'],
      })
      .optional(),
    /** Tier names of the active scheme; empty means any. */
    tiers: z.array(z.string().min(1).max(40)).max(10).default([]),
    /** Fraction: 0.03 means 3%. */
    minEngagementRate: z.number().min(0).max(1).optional(),
    /** Content languages wanted; empty means any. */
    languages: z.array(ContentLanguageSchema).max(2).default([]),
    locationWords: z.array(term).max(50).default([]),
    /**
     * Where the creator must be: cities, regions or areas ("Jabodetabek" covers Jakarta, Bogor,
     * Depok, Tangerang, Bekasi), in English or Indonesian. A constraint, unlike locationWords.
     */
    places: z.array(term).max(30).default([]),
    contentTypes: z.array(ContentTypeSchema).max(5).default([]),
    budget: z.object({ amount: z.number().positive().finite(), currency: CurrencySchema }).optional(),
    createdAt: z.number().int().optional(),
    updatedAt: z.number().int().optional(),
  })
  .refine((b) => b.niches.length > 0 || b.keywords.length > 0, {
    message: 'a brief needs at least one niche or keyword',
    path: ['keywords'],
  });
export type Brief = z.infer<typeof BriefSchema>;
export type BriefInput = z.input<typeof BriefSchema>;
