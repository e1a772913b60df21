import { describe, expect, it } from 'vitest';
import type { Snapshot } from '@/lib/schema/creator';
import { GrowthSchema } from '@/lib/schema/metrics';
import { DAY_MS, growthFrom } from './growth';

const snap = (at: number, followers: number | null, followersExact: boolean | null = true): Snapshot => ({
  creatorKey: 'instagram:gdg_rbu',
  at,
  followers,
  followersExact,
  following: null,
  posts: null,
  likesTotal: null,
  engagement: null,
});
const T0 = Date.UTC(2025, 1, 1);

describe('growthFrom', () => {
  it('scales first-to-latest change to 30 days', () => {
    // 3,300 → 3,351 over 10 days: +51, i.e. +153 per 30 days, 153 / 3,300 relative.
    const g = growthFrom([snap(T0 + 10 * DAY_MS, 3_351), snap(T0, 3_300), snap(T0 + 5 * DAY_MS, 9_999)]);
    expect(g).toEqual({
      known: true,
      per30Days: 153,
      ratePer30Days: 153 / 3_300,
      sinceFirstSeen: 51,
      days: 10,
      exact: true,
    });
    expect(GrowthSchema.safeParse(g).success).toBe(true);
  });

  it('reports losses as negative growth', () => {
    const g = growthFrom([snap(T0, 1_000), snap(T0 + 30 * DAY_MS, 900)]);
    expect(g.known && g.per30Days).toBe(-100);
    expect(g.known && g.ratePer30Days).toBeCloseTo(-0.1, 12);
  });

  it('is an estimate when either end was rounded', () => {
    expect(growthFrom([snap(T0, 1_100_000, false), snap(T0 + 2 * DAY_MS, 1_200_000)])).toMatchObject({
      known: true,
      exact: false,
    });
    expect(growthFrom([snap(T0, 1_100_000), snap(T0 + 2 * DAY_MS, 1_200_000, null)])).toMatchObject({
      exact: false,
    });
  });

  it('needs two snapshots with followers at least a day apart', () => {
    const unknown = { known: false, reason: 'too-few-snapshots' };
    expect(growthFrom([])).toEqual(unknown);
    expect(growthFrom([snap(T0, 100)])).toEqual(unknown);
    expect(growthFrom([snap(T0, 100), snap(T0 + DAY_MS - 1, 120)])).toEqual(unknown);
    expect(growthFrom([snap(T0, 100), snap(T0 + 5 * DAY_MS, null)])).toEqual(unknown);
  });

  it('gives no relative rate from zero followers', () => {
    expect(growthFrom([snap(T0, 0), snap(T0 + 3 * DAY_MS, 10)])).toEqual({
      known: false,
      reason: 'zero-followers',
    });
  });
});
