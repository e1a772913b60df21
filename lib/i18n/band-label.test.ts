import { describe, expect, it } from 'vitest';
import { BENCHMARKS } from '@/lib/metrics/benchmarks';
import { benchmarkLabel } from './band-label';

describe('benchmarkLabel', () => {
  it('writes the follower range in Indonesian', () => {
    expect(benchmarkLabel('Instagram, 10k–50k followers', 'id')).toBe('Instagram, pengikut 10 rb–50 rb');
    expect(benchmarkLabel('Instagram, under 5k followers', 'id')).toBe('Instagram, pengikut di bawah 5 rb');
    expect(benchmarkLabel('Instagram, 1M+ followers', 'id')).toBe('Instagram, pengikut 1 jt ke atas');
    expect(benchmarkLabel('TikTok by views, 100k–1M followers', 'id')).toBe(
      'TikTok per tayangan, pengikut 100 rb–1 jt',
    );
  });

  it('keeps English as written and a label of another shape untouched', () => {
    expect(benchmarkLabel('Instagram, 10k–50k followers', 'en')).toBe('Instagram, 10k–50k followers');
    expect(benchmarkLabel('Agency survey 2026', 'id')).toBe('Agency survey 2026');
  });

  it('translates every label the benchmark table has today', () => {
    const labels = Object.values(BENCHMARKS).flatMap((rows) => rows.map((r) => r.label));
    for (const label of labels) expect(benchmarkLabel(label, 'id')).not.toMatch(/followers|under|views/);
  });
});
