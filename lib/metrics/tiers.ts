/**
 * Creator size tiers. A scheme is data (TierSchemeSchema in lib/schema/settings.ts): tiers with
 * a lower bound each, a tier running up to the next one's bound - 1. Marketers disagree on the
 * boundaries, so three presets are offered and thresholds can be edited.
 */
import { z } from 'zod';
import type { TierResult } from '@/lib/schema/metrics';
import { type TierScheme, TierSchemeSchema } from '@/lib/schema/settings';

export type TierPresetId = 'standard' | 'broad-micro' | 'narrow-micro';

/**
 * - standard: the common industry split (nano 1k–10k, micro 10k–100k, macro 100k–1M).
 * - broad-micro: one "micro" band from 1k to 100k, for briefs that do not separate nano.
 * - narrow-micro: micro capped at 50k, then mid-tier 50k–500k and macro 500k–1M, the split
 *   several agencies use when "micro" must mean a small, close audience.
 * Everyone under 1k is "emerging"; 1M and above is "mega" in every preset.
 */
export const TIER_PRESETS: Readonly<Record<TierPresetId, TierScheme>> = {
  standard: {
    id: 'standard',
    name: 'Standard (nano 1k–10k, micro 10k–100k)',
    tiers: [
      { name: 'emerging', min: 0 },
      { name: 'nano', min: 1_000 },
      { name: 'micro', min: 10_000 },
      { name: 'macro', min: 100_000 },
      { name: 'mega', min: 1_000_000 },
    ],
  },
  'broad-micro': {
    id: 'broad-micro',
    name: 'Broad micro (micro 1k–100k)',
    tiers: [
      { name: 'emerging', min: 0 },
      { name: 'micro', min: 1_000 },
      { name: 'macro', min: 100_000 },
      { name: 'mega', min: 1_000_000 },
    ],
  },
  'narrow-micro': {
    id: 'narrow-micro',
    name: 'Narrow micro (micro 1k–50k, mid-tier 50k–500k)',
    tiers: [
      { name: 'emerging', min: 0 },
      { name: 'micro', min: 1_000 },
      { name: 'mid', min: 50_000 },
      { name: 'macro', min: 500_000 },
      { name: 'mega', min: 1_000_000 },
    ],
  },
};

/**
 * The tier(s) a follower count falls in. A rounded count is known only as min..max; when that
 * range crosses a threshold every tier it touches is returned, smallest first ("micro or
 * macro"), never a guess. No count → unknown 'no-followers'. A nonsensical range (negative,
 * reversed, not finite) is treated as no count rather than placed in a tier.
 */
export function tierFor(count: { min: number; max: number } | null, scheme: TierScheme): TierResult {
  if (
    count === null ||
    !Number.isFinite(count.min) ||
    !Number.isFinite(count.max) ||
    count.min < 0 ||
    count.max < count.min
  ) {
    return { known: false, reason: 'no-followers' };
  }
  const tiers = scheme.tiers.filter((tier, i) => {
    const next = scheme.tiers[i + 1];
    const upper = next ? next.min - 1 : Number.POSITIVE_INFINITY;
    return count.min <= upper && count.max >= tier.min;
  });
  if (tiers.length === 0) return { known: false, reason: 'no-followers' };
  return { known: true, tiers: tiers.map((t) => t.name) };
}

export type SchemeEdit = { ok: true; scheme: TierScheme } | { ok: false; error: z.ZodError };

/**
 * A copy of `scheme` with one tier's lower bound changed, validated by TierSchemeSchema, so a
 * settings form can never store thresholds that overlap, fall, or move the first tier off 0.
 * The edited scheme gets no new id: it stays "the same scheme, edited".
 */
export function withThreshold(scheme: TierScheme, tierName: string, min: number): SchemeEdit {
  const index = scheme.tiers.findIndex((t) => t.name === tierName);
  if (index === -1) {
    const error = new z.ZodError([
      { code: 'custom', message: `no tier named "${tierName}"`, path: ['tiers'], input: tierName },
    ]);
    return { ok: false, error };
  }
  const candidate = {
    ...scheme,
    tiers: scheme.tiers.map((t, i) => (i === index ? { ...t, min } : { ...t })),
  };
  const parsed = TierSchemeSchema.safeParse(candidate);
  return parsed.success ? { ok: true, scheme: parsed.data } : { ok: false, error: parsed.error };
}
