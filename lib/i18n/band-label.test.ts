import { describe, expect, it } from 'vitest';
import { BENCHMARK_SETS } from '@/lib/metrics/benchmark-sets/sets';
import { benchmarkLabel } from './band-label';

describe('benchmarkLabel', () => {
  it('writes tiers and sizes in Indonesian', () => {
    expect(benchmarkLabel('micro 10k–50k', 'id')).toBe('mikro 10 rb–50 rb');
    expect(benchmarkLabel('under 5k', 'id')).toBe('di bawah 5 rb');
    expect(benchmarkLabel('over 1M', 'id')).toBe('di atas 1 jt');
    expect(benchmarkLabel('mega 1M+', 'id')).toBe('mega 1 jt ke atas');
    expect(benchmarkLabel('nano 1k–10k ↔ micro 10k–50k', 'id')).toBe('nano 1 rb–10 rb ↔ mikro 10 rb–50 rb');
  });

  it('keeps English as written and a label of another shape untouched', () => {
    expect(benchmarkLabel('micro 10k–50k', 'en')).toBe('micro 10k–50k');
    expect(benchmarkLabel('Agency survey 2026', 'id')).toBe('Agency survey 2026');
  });

  it('translates every row label of the sets Microlens ships', () => {
    const labels = BENCHMARK_SETS.flatMap((set) =>
      [set.instagram, set.tiktok].flatMap((p) => (p?.rows ?? []).map((r) => r.label)),
    );
    expect(labels.length).toBeGreaterThan(5);
    for (const label of labels)
      expect(benchmarkLabel(label, 'id'), label).not.toMatch(/micro|macro|under|over|k\b|M\b/);
  });
});
