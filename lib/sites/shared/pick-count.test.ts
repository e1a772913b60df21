import { describe, expect, it } from 'vitest';
import type { Count } from '@/lib/schema/reading';
import { countsAgree, pickCount } from './pick-count';

const exact = (value: number, source: Count['source']): Count => ({
  value,
  exact: true,
  min: value,
  max: value,
  source,
});
const rounded = (value: number, min: number, max: number, source: Count['source']): Count => ({
  value,
  exact: false,
  min,
  max,
  source,
});

describe('pickCount: one policy for both sites', () => {
  it('exact data beats a rounded display that agrees with it, without a disagreement', () => {
    const p = pickCount('followers', [exact(783_427, 'json'), rounded(783_400, 783_350, 783_499, 'dom')]);
    expect(p.count).toMatchObject({ value: 783_427, source: 'json' });
    expect(p.source).toEqual({ source: 'json', exact: true });
    expect(p.disagreements).toEqual([]);
  });

  it('exact wins whatever the order the candidates come in', () => {
    const p = pickCount('followers', [rounded(783_400, 783_350, 783_499, 'dom'), exact(783_427, 'json')]);
    expect(p.count?.value).toBe(783_427);
  });

  it('what the user sees wins a disagreement beyond rounding; the others are recorded', () => {
    const p = pickCount('followers', [exact(1_000, 'json'), exact(1_004, 'attribute'), exact(1_010, 'meta')]);
    expect(p.count).toMatchObject({ value: 1_004, source: 'attribute' });
    expect(p.disagreements.map((d) => d.other)).toEqual([
      { value: 1_000, source: 'json' },
      { value: 1_010, source: 'meta' },
    ]);
  });

  it('a rounded display wins over exact data it contradicts (the data is stale)', () => {
    const shown = rounded(783_400, 783_350, 783_499, 'dom');
    const p = pickCount('followers', [exact(900_000, 'json'), shown]);
    expect(p.count).toBe(shown);
    expect(p.disagreements).toEqual([
      {
        field: 'followers',
        kept: { value: 783_400, source: 'dom' },
        other: { value: 900_000, source: 'json' },
      },
    ]);
  });

  it('a visible rounded figure is upgraded by an exact source that agrees with it', () => {
    const p = pickCount('followers', [
      exact(12_345, 'attribute'),
      rounded(12_300, 12_250, 12_399, 'dom'),
      exact(12_350, 'meta'),
    ]);
    expect(p.count).toMatchObject({ value: 12_345, source: 'attribute' });
    expect(p.disagreements).toEqual([
      {
        field: 'followers',
        kept: { value: 12_345, source: 'attribute' },
        other: { value: 12_350, source: 'meta' },
      },
    ]);
  });

  it('without anything visible, a lagging meta is recorded but data wins', () => {
    const p = pickCount('followers', [exact(3_351, 'json'), null, exact(3_353, 'meta')]);
    expect(p.count?.value).toBe(3_351);
    expect(p.disagreements.map((d) => d.other)).toEqual([{ value: 3_353, source: 'meta' }]);
  });

  it('between agreeing rounded figures the fresher source wins', () => {
    const p = pickCount('followers', [
      rounded(1_100_000, 1_050_000, 1_199_999, 'meta'),
      rounded(1_000_000, 500_000, 1_999_999, 'dom'),
    ]);
    expect(p.count?.source).toBe('dom');
  });

  it('records one disagreement per distinct value and at most 50', () => {
    const many = Array.from({ length: 80 }, (_, i) => exact(10_000 + i * 10, 'meta'));
    const p = pickCount('followers', [exact(5, 'dom'), ...many, exact(10_000, 'meta')]);
    expect(p.disagreements).toHaveLength(50);
  });

  it('nothing → null', () => {
    expect(pickCount('posts', [null, undefined])).toEqual({ count: null, source: null, disagreements: [] });
  });

  it('countsAgree is range overlap', () => {
    expect(countsAgree(exact(5, 'dom'), rounded(4, 3, 5, 'meta'))).toBe(true);
    expect(countsAgree(exact(6, 'dom'), rounded(4, 3, 5, 'meta'))).toBe(false);
  });
});
