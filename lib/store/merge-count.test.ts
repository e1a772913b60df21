import { describe, expect, it } from 'vitest';
import type { StoredCount } from '@/lib/schema/creator';
import { exact, rounded } from '@/tests/support/store/helpers';
import { mergeCount } from './merge-count';

const at = (count: ReturnType<typeof exact>, observedAt: number): StoredCount => ({ ...count, observedAt });

describe('mergeCount', () => {
  it('never erases a known count with a missing one', () => {
    const known = at(exact(3351), 1);
    expect(mergeCount(known, null)).toEqual(known);
    expect(mergeCount(null, known)).toEqual(known);
    expect(mergeCount(null, null)).toBeNull();
  });

  it('takes a newer exact value over an older rounded one', () => {
    const old = at(rounded(1_100_000, 1_050_000, 1_149_999), 1);
    const next = at(exact(1_137_245), 2);
    expect(mergeCount(old, next)).toEqual(next);
  });

  it('takes a newer exact value over an older exact one, whichever argument it is', () => {
    const old = at(exact(100), 1);
    const next = at(exact(120), 2);
    expect(mergeCount(old, next)).toEqual(next);
    expect(mergeCount(next, old)).toEqual(next);
  });

  it('keeps an older exact value that a newer rounded range still contains', () => {
    const old = at(exact(1_137_245), 1);
    const next = at(rounded(1_100_000, 1_050_000, 1_149_999, '1.1M'), 2);
    expect(mergeCount(old, next)).toEqual(old);
    expect(mergeCount(next, old)).toEqual(old);
  });

  it('takes a newer rounded value whose range excludes the older exact one (the count changed)', () => {
    const old = at(exact(1_137_245), 1);
    const next = at(rounded(1_200_000, 1_150_000, 1_249_999, '1.2M'), 2);
    expect(mergeCount(old, next)).toEqual(next);
  });

  it('takes the newer of two rounded values', () => {
    const old = at(rounded(1_100_000, 1_050_000, 1_149_999), 1);
    const next = at(rounded(1_000_000, 950_000, 1_049_999), 2);
    expect(mergeCount(old, next)).toEqual(next);
  });

  it('prefers the exact one of two observations made at the same time', () => {
    const a = at(exact(1_137_245), 5);
    const b = at(rounded(1_200_000, 1_150_000, 1_249_999), 5);
    expect(mergeCount(a, b)).toEqual(a);
    expect(mergeCount(b, a)).toEqual(a);
  });
});
