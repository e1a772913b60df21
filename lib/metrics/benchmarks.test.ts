import { describe, expect, it } from 'vitest';
import { BandResultSchema, type Engagement, type ViewsEngagement } from '@/lib/schema/metrics';
import { BENCHMARKS, bandFor, benchmarkRow, UNUSUALLY_HIGH_FACTOR } from './benchmarks';

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

describe('BENCHMARKS table', () => {
  it.each(Object.entries(BENCHMARKS))(
    '%s rows cover 0..∞ without gaps or overlaps, min <= max',
    (_, rows) => {
      expect(rows[0]?.minFollowers).toBe(0);
      expect(rows[rows.length - 1]?.maxFollowers).toBe(Number.POSITIVE_INFINITY);
      rows.forEach((r, i) => {
        expect(r.min).toBeLessThanOrEqual(r.max);
        if (i > 0) expect(r.minFollowers).toBe(rows[i - 1]?.maxFollowers);
      });
    },
  );

  it('picks rows by follower count, boundaries going to the larger row', () => {
    expect(benchmarkRow('instagram', 4_999)?.label).toBe('Instagram, under 5k followers');
    expect(benchmarkRow('instagram', 5_000)?.label).toBe('Instagram, 5k–10k followers');
    expect(benchmarkRow('instagram', 46_383_825)?.label).toBe('Instagram, 1M+ followers');
    expect(benchmarkRow('tiktok', 783_427)?.label).toBe('TikTok by views, 100k–1M followers');
    expect(benchmarkRow('instagram', -1)).toBeNull();
  });
});

describe('bandFor', () => {
  it.each([
    [0.033, 'low'],
    [0.034, 'typical'],
    [0.044, 'typical'],
    [0.05, 'high'],
    [0.132, 'high'], // exactly 3 × max is still "high"
    [0.1321, 'unusually-high'],
  ])('Instagram 3,351 followers at %d is %s', (rate, band) => {
    const r = bandFor('instagram', 3_351, eng(rate));
    expect(r).toEqual({
      known: true,
      band,
      benchmark: { min: 0.034, max: 0.044, label: 'Instagram, under 5k followers' },
    });
    expect(BandResultSchema.safeParse(r).success).toBe(true);
  });

  it('rates the real capture (2.51% median at 46.4M followers) as high', () => {
    const r = bandFor('instagram', 46_383_825, eng(1_165_003 / 46_383_825));
    expect(r.known && r.band).toBe('high');
    expect(UNUSUALLY_HIGH_FACTOR).toBe(3);
  });

  it('uses views-based engagement for TikTok and ignores the follower-based figure', () => {
    expect(bandFor('tiktok', 783_427, eng(0.5), views(0.08))).toMatchObject({ known: true, band: 'typical' });
    expect(bandFor('tiktok', 783_427, eng(0.08), views(0.03))).toMatchObject({ known: true, band: 'low' });
    expect(bandFor('tiktok', 783_427, eng(0.08))).toEqual({ known: false, reason: 'no-views' });
    expect(
      bandFor('tiktok', 783_427, eng(0.08), { known: false, reason: 'missing-counts', postsUsed: 0 }),
    ).toEqual({
      known: false,
      reason: 'missing-counts',
    });
  });

  it('passes on the reason engagement is unknown, and needs followers', () => {
    expect(bandFor('instagram', 3_351, { known: false, reason: 'likes-hidden', postsUsed: 0 })).toEqual({
      known: false,
      reason: 'likes-hidden',
    });
    expect(bandFor('instagram', null, eng(0.03))).toEqual({ known: false, reason: 'no-followers' });
  });
});
