import { describe, expect, it } from 'vitest';
import { timeFromShortcode } from './shortcode';

const NOW = Date.UTC(2026, 0, 1);

describe('timeFromShortcode', () => {
  it('gives the publication time the real captures state', () => {
    // legacy capture: taken_at_timestamp 1589313961
    expect(timeFromShortcode('CAGcDKplv2X', NOW)! / 1000).toBeCloseTo(1589313961, 0);
    // post-photo-willyrex: "… on May 29, 2021"
    expect(new Date(timeFromShortcode('CPeC-Eenc8l', NOW)!).toISOString().slice(0, 10)).toBe('2021-05-29');
    // post-clip: "… on April 19, 2021"
    expect(new Date(timeFromShortcode('CN2VQ1yI_MA', NOW)!).toISOString().slice(0, 10)).toBe('2021-04-19');
  });

  it('is null for other shapes and for dates in the future', () => {
    expect(timeFromShortcode('abc', NOW)).toBeNull();
    expect(timeFromShortcode('CPeC-Eenc8l' + 'x'.repeat(20), NOW)).toBeNull();
    expect(timeFromShortcode('CPeC-Eenc8!', NOW)).toBeNull();
    expect(timeFromShortcode('CPeC-Eenc8l', Date.UTC(2020, 0, 1))).toBeNull();
  });
});
