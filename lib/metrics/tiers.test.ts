import { describe, expect, it } from 'vitest';
import { parseCount } from '@/lib/counts/parse-count';
import { TierResultSchema } from '@/lib/schema/metrics';
import { TierSchemeSchema } from '@/lib/schema/settings';
import { TIER_PRESETS, tierFor, withThreshold } from './tiers';

const exactly = (n: number) => ({ min: n, max: n });
const { standard } = TIER_PRESETS;

describe('TIER_PRESETS', () => {
  it.each(Object.entries(TIER_PRESETS))('%s is a valid scheme whose id matches its key', (key, scheme) => {
    expect(TierSchemeSchema.safeParse(scheme).success).toBe(true);
    expect(scheme.id).toBe(key);
  });
});

describe('tierFor', () => {
  it.each([
    [0, 'emerging'],
    [999, 'emerging'],
    [1_000, 'nano'],
    [3_351, 'nano'],
    [9_999, 'nano'],
    [10_000, 'micro'],
    [99_999, 'micro'],
    [100_000, 'macro'],
    [999_999, 'macro'],
    [1_000_000, 'mega'],
    [46_383_825, 'mega'],
  ])('standard: %d followers is %s', (n, tier) => {
    expect(tierFor(exactly(n), standard)).toEqual({ known: true, tiers: [tier] });
  });

  it('places counts by the broad-micro and narrow-micro presets', () => {
    expect(tierFor(exactly(5_000), TIER_PRESETS['broad-micro'])).toEqual({ known: true, tiers: ['micro'] });
    expect(tierFor(exactly(60_000), TIER_PRESETS['broad-micro'])).toEqual({ known: true, tiers: ['micro'] });
    expect(tierFor(exactly(49_999), TIER_PRESETS['narrow-micro'])).toEqual({ known: true, tiers: ['micro'] });
    expect(tierFor(exactly(50_000), TIER_PRESETS['narrow-micro'])).toEqual({ known: true, tiers: ['mid'] });
    expect(tierFor(exactly(600_000), TIER_PRESETS['narrow-micro'])).toEqual({
      known: true,
      tiers: ['macro'],
    });
  });

  it('returns every tier a rounded range touches instead of guessing', () => {
    // "10K" stands for 9,500..10,999: nano or micro.
    const r = parseCount('10K');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(tierFor(r, standard)).toEqual({ known: true, tiers: ['nano', 'micro'] });
    expect(tierFor({ min: 500, max: 2_000_000 }, standard)).toEqual({
      known: true,
      tiers: ['emerging', 'nano', 'micro', 'macro', 'mega'],
    });
  });

  it('keeps a rounded range that stays inside one tier as that tier', () => {
    const r = parseCount('783.4K');
    expect(r.ok && tierFor(r, standard)).toEqual({ known: true, tiers: ['macro'] });
  });

  it('is unknown with no-followers without a count or with a nonsensical range', () => {
    expect(tierFor(null, standard)).toEqual({ known: false, reason: 'no-followers' });
    expect(tierFor({ min: 10, max: 5 }, standard)).toEqual({ known: false, reason: 'no-followers' });
    expect(tierFor({ min: -1, max: 5 }, standard)).toEqual({ known: false, reason: 'no-followers' });
    expect(tierFor({ min: Number.NaN, max: 5 }, standard)).toEqual({ known: false, reason: 'no-followers' });
  });

  it('always returns a result the schema accepts', () => {
    for (const n of [0, 1_000, 123_456_789]) {
      expect(TierResultSchema.safeParse(tierFor(exactly(n), standard)).success).toBe(true);
    }
  });
});

describe('withThreshold', () => {
  it('moves one threshold and leaves the original untouched', () => {
    const r = withThreshold(standard, 'micro', 20_000);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scheme.tiers.find((t) => t.name === 'micro')?.min).toBe(20_000);
    expect(standard.tiers.find((t) => t.name === 'micro')?.min).toBe(10_000);
    expect(tierFor(exactly(15_000), r.scheme)).toEqual({ known: true, tiers: ['nano'] });
  });

  it('refuses thresholds that would not rise', () => {
    const r = withThreshold(standard, 'micro', 500);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues.map((i) => i.message)).toContain('tier thresholds must rise');
  });

  it('refuses moving the first tier off 0, negative or fractional bounds, and unknown tiers', () => {
    expect(withThreshold(standard, 'emerging', 10).ok).toBe(false);
    expect(withThreshold(standard, 'nano', -5).ok).toBe(false);
    expect(withThreshold(standard, 'nano', 1500.5).ok).toBe(false);
    const unknown = withThreshold(standard, 'giga', 5);
    expect(unknown.ok).toBe(false);
    if (unknown.ok) return;
    expect(unknown.error.issues[0]?.message).toContain('giga');
  });
});
