import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';

describe('formatCount', () => {
  it.each([
    [1_137_245, 'en', 'full', '1,137,245'],
    [1_137_245, 'id', 'full', '1.137.245'],
    [177, 'en', 'full', '177'],
    [0, 'id', 'compact', '0'],
    [3_351, 'en', 'compact', '3,351'],
    [3_351, 'id', 'compact', '3.351'],
    [12_500, 'id', 'compact', '12,5 rb'],
    [783_427, 'en', 'compact', '783.4K'],
    [783_427, 'id', 'compact', '783,4 rb'],
    [1_137_245, 'en', 'compact', '1.1M'],
    [1_137_245, 'id', 'compact', '1,1 jt'],
    [46_383_825, 'en', 'compact', '46.4M'],
    [999_999, 'en', 'compact', '1M'],
    [10_000, 'en', 'compact', '10K'],
    [2_000_000, 'id', 'compact', '2 jt'],
    [1_234_567_890, 'en', 'compact', '1.2B'],
    [1_234_567_890, 'id', 'compact', '1,2 miliar'],
  ] as const)('%d in %s %s is "%s"', (n, locale, style, text) => {
    expect(formatCount(n, locale, style)).toBe(text);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])('shows %d as a dash', (n) => {
    expect(formatCount(n, 'en', 'compact')).toBe('—');
  });
});

describe('compact rounding', () => {
  it('rounds half up and moves to the next unit instead of showing 1000K', () => {
    expect(formatCount(46_383_825, 'en', 'compact')).toBe('46.4M');
    expect(formatCount(783_449, 'en', 'compact')).toBe('783.4K');
    expect(formatCount(783_450, 'en', 'compact')).toBe('783.5K');
    expect(formatCount(999_950, 'en', 'compact')).toBe('1M');
    expect(formatCount(999_949, 'id', 'compact')).toBe('999,9 rb');
  });
});
