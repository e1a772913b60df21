import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AVERAGE_HIGH, AVERAGE_LOW, rangeAt } from '@/lib/metrics/benchmark-sets/curve';
import type { BenchmarkSet } from '@/lib/metrics/benchmark-sets/schema';
import { BENCHMARK_SETS, benchmarkSetById } from '@/lib/metrics/benchmark-sets/sets';
import { bandFor, bandOf, UNUSUALLY_HIGH_FACTOR } from '@/lib/metrics/benchmarks';
import { BandResultSchema, type Engagement, type ViewsEngagement } from '@/lib/schema/metrics';

const eng = (median: number): Engagement => ({
  known: true,
  byFollowers: { median, mean: median },
  byFollowersAllInteractions: null,
  postsUsed: 5,
  exact: true,
});
const views = (median: number): ViewsEngagement => ({
  known: true,
  byViews: { median, mean: median },
  postsUsed: 5,
  exact: true,
});

const reports = benchmarkSetById('reports');
const popular = benchmarkSetById('popular-articles');
const STEP = { low: 0, typical: 1, high: 2, 'unusually-high': 3 } as const;

describe('built-in benchmark sets', () => {
  it('keep the published figures exactly, with a named source for every table', () => {
    expect(BENCHMARK_SETS.map((s) => s.id)).toEqual(['reports', 'popular-articles']);
    // HypeAuditor 2026 via EMARKETER: 1.78%, 0.54%, 0.33%.
    expect(reports.instagram?.rows.map((r) => r.average)).toEqual([0.0178, 0.0054, 0.0033]);
    // Rival IQ 2023 via SMK: 3.8% under 5k, 7.5% over 1M, by views.
    expect(reports.tiktok?.rows.map((r) => r.average)).toEqual([0.038, 0.075]);
    expect(reports.tiktok?.basis).toBe('views');
    // Untapper 2026 "Average ER" columns.
    expect(popular.instagram?.rows.map((r) => [r.min, r.max])).toEqual([
      [0.03, 0.05],
      [0.02, 0.035],
      [0.015, 0.025],
      [0.01, 0.018],
      [0.007, 0.012],
    ]);
    expect(popular.tiktok?.rows.map((r) => [r.min, r.max])).toEqual([
      [0.06, 0.1],
      [0.04, 0.07],
      [0.03, 0.05],
      [0.02, 0.035],
      [0.01, 0.02],
    ]);
    for (const set of BENCHMARK_SETS) {
      for (const table of [set.instagram, set.tiktok]) {
        if (!table) continue;
        expect(table.source.publisher.length).toBeGreaterThan(0);
        expect(table.source.url).toMatch(/^https:\/\//);
        expect(table.source.definition.length).toBeGreaterThan(10);
      }
    }
  });

  it('falls back to the default set for an unknown id, and uses the user’s own set by its id', () => {
    expect(benchmarkSetById('nope').id).toBe('reports');
    const mine: BenchmarkSet = { ...popular, id: 'mine', name: 'Agency set' };
    expect(benchmarkSetById('mine', mine).name).toBe('Agency set');
  });
});

describe('rangeAt', () => {
  it('is a row’s own published figure at its middle, and between rows joins them in log(followers)', () => {
    const ig = popular.instagram!;
    // Middle of 10k–50k (√(10k·50k) ≈ 22,361): exactly the published micro range.
    const mid = rangeAt(ig, Math.sqrt(10_000 * 50_000))!;
    expect(mid.min).toBeCloseTo(0.02, 10);
    expect(mid.max).toBeCloseTo(0.035, 10);
    // Halfway in log between the nano (≈3,162) and micro (≈22,361) middles: halfway between ranges.
    const half = rangeAt(ig, Math.sqrt(Math.sqrt(1_000 * 10_000) * Math.sqrt(10_000 * 50_000)))!;
    expect(half.min).toBeCloseTo(0.025, 10);
    expect(half.max).toBeCloseTo(0.0425, 10);
    expect(half.rows.map((r) => r.label)).toEqual(['nano 1k–10k', 'micro 10k–50k']);
  });

  it('turns a published average into the stated range around it', () => {
    const r = rangeAt(reports.instagram!, 3_000)!; // before the nano middle: nano's own figure
    expect(r.min).toBeCloseTo(0.0178 * AVERAGE_LOW, 12);
    expect(r.max).toBeCloseTo(0.0178 * AVERAGE_HIGH, 12);
  });

  it('says nothing below the first published row', () => {
    expect(rangeAt(popular.instagram!, 999)).toBeNull();
    expect(rangeAt(reports.tiktok!, 0)).not.toBeNull();
  });
});

describe('bandFor', () => {
  it.each([
    [0.0299, 'low'],
    [0.03, 'typical'],
    [0.05, 'typical'],
    [0.0501, 'high'],
    [0.15, 'high'], // exactly 3 × max is still "high"
    [0.1501, 'unusually-high'],
  ])('Instagram 2,000 followers (popular set) at %d is %s', (rate, band) => {
    const r = bandFor('instagram', 2_000, eng(rate), undefined, popular);
    expect(r).toMatchObject({
      known: true,
      band,
      benchmark: { min: 0.03, max: 0.05, label: 'nano 1k–10k', of: 'engagement', setId: 'popular-articles' },
    });
    expect(BandResultSchema.safeParse(r).success).toBe(true);
    expect(UNUSUALLY_HIGH_FACTOR).toBe(3);
  });

  it('names the set and its source on the result', () => {
    const r = bandFor('instagram', 20_000, eng(0.01), undefined, reports);
    expect(r.known && r.benchmark.source).toContain('HypeAuditor');
    expect(r.known && r.benchmark.setName).toContain('Industry reports');
  });

  it('bands the views-based figure on TikTok and ignores the follower-based one', () => {
    const a = bandFor('tiktok', 783_427, eng(0.5), views(0.07), reports);
    expect(a).toMatchObject({ known: true, band: 'typical', benchmark: { of: 'viewsEngagement' } });
    expect(bandFor('tiktok', 783_427, eng(0.07), views(0.01), reports)).toMatchObject({ band: 'low' });
    expect(bandFor('tiktok', 783_427, eng(0.08), undefined, reports)).toEqual({
      known: false,
      reason: 'no-views',
    });
    expect(
      bandFor(
        'tiktok',
        783_427,
        eng(0.08),
        { known: false, reason: 'missing-counts', postsUsed: 0 },
        reports,
      ),
    ).toEqual({ known: false, reason: 'missing-counts' });
  });

  it('bands a follower-based TikTok figure only when the set’s TikTok table is by followers', () => {
    const byFollowers: BenchmarkSet = {
      ...popular,
      id: 'f',
      tiktok: { ...popular.tiktok!, basis: 'followers' },
    };
    const r = bandFor('tiktok', 20_000, eng(0.05), views(0.5), byFollowers);
    expect(r).toMatchObject({ known: true, band: 'typical', benchmark: { of: 'engagement' } });
    const none: BenchmarkSet = { id: 'ig-only', name: 'IG only', instagram: popular.instagram };
    expect(bandFor('tiktok', 20_000, eng(0.05), views(0.05), none)).toEqual({
      known: false,
      reason: 'no-benchmark',
    });
  });

  it('passes on the reason engagement is unknown, and needs followers', () => {
    expect(
      bandFor('instagram', 3_351, { known: false, reason: 'likes-hidden', postsUsed: 0 }, undefined, popular),
    ).toEqual({ known: false, reason: 'likes-hidden' });
    expect(bandFor('instagram', null, eng(0.03), undefined, popular)).toEqual({
      known: false,
      reason: 'no-followers',
    });
    expect(bandFor('instagram', 500, eng(0.03), undefined, popular)).toEqual({
      known: false,
      reason: 'no-benchmark',
    });
  });
});

describe('no cliffs', () => {
  it('at 1.5% engagement, 9,900 and 10,100 followers are not rated low and high', () => {
    for (const set of BENCHMARK_SETS) {
      const a = bandFor('instagram', 9_900, eng(0.015), undefined, set);
      const b = bandFor('instagram', 10_100, eng(0.015), undefined, set);
      expect(a.known && b.known).toBe(true);
      if (a.known && b.known) expect(Math.abs(STEP[a.band] - STEP[b.band])).toBeLessThanOrEqual(1);
      if (a.known && b.known) expect(a.band === 'low' && b.band === 'high').toBe(false);
    }
  });

  it('one follower apart never moves a band by more than one step (property, every set and platform)', () => {
    const setIndex = fc.integer({ min: 0, max: BENCHMARK_SETS.length - 1 });
    fc.assert(
      fc.property(
        setIndex,
        fc.constantFrom('instagram' as const, 'tiktok' as const),
        fc.integer({ min: 1_000, max: 20_000_000 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (si, platform, followers, rate) => {
          const set = BENCHMARK_SETS[si]!;
          const a = bandFor(platform, followers, eng(rate), views(rate), set);
          const b = bandFor(platform, followers + 1, eng(rate), views(rate), set);
          if (!a.known || !b.known) return a.known === b.known;
          return Math.abs(STEP[a.band] - STEP[b.band]) <= 1;
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('the range moves continuously: one follower apart changes min and max by a tiny amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 20_000_000 }), (followers) => {
        for (const set of BENCHMARK_SETS) {
          const a = rangeAt(set.instagram!, followers)!;
          const b = rangeAt(set.instagram!, followers + 1)!;
          if (Math.abs(a.min - b.min) > 1e-5 || Math.abs(a.max - b.max) > 1e-5) return false;
        }
        return true;
      }),
      { numRuns: 2_000 },
    );
  });

  it('bandOf keeps its order: low < typical < high < unusually high', () => {
    expect([0.01, 0.02, 0.04, 0.1].map((r) => bandOf(r, { min: 0.015, max: 0.03 }))).toEqual([
      'low',
      'typical',
      'high',
      'unusually-high',
    ]);
  });
});
