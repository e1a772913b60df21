import { describe, expect, it } from 'vitest';
import type { Count } from '@/lib/schema/reading';
import { compactEnglish, countFromJson, countFromStats, looksRounded, pickCount } from './tiktok-count';

const exact = (value: number, source: Count['source']): Count => ({
  value,
  exact: true,
  min: value,
  max: value,
  source,
});

describe('JSON figures: exact unless shaped like a compact display', () => {
  it('looksRounded / compactEnglish', () => {
    expect([783_427, 19, 999, 2_156, 1_311, 783_401].map(looksRounded)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect([783_400, 3_900_000, 192_100, 2_000, 50_100_000, 246_000_000].map(looksRounded)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([783_400, 3_900_000, 2_000, 1_000_000, 1_200_000_000].map(compactEnglish)).toEqual([
      '783.4K',
      '3.9M',
      '2K',
      '1M',
      '1.2B',
    ]);
  });

  it('countFromJson: numbers and numeric strings; junk is null', () => {
    expect(countFromJson('783427', 'json')).toMatchObject({ value: 783_427, exact: true });
    expect(countFromJson(783_400, 'json')).toMatchObject({ value: 783_400, exact: false, min: 783_350 });
    expect(countFromJson(0, 'api')).toMatchObject({ value: 0, exact: true, source: 'api' });
    for (const bad of [-5, 1.5, '12a', '', null, undefined, {}, Number.NaN, 1e20, '-3']) {
      expect(countFromJson(bad, 'json')).toBeNull();
    }
  });

  it('countFromStats prefers the exact figure and refuses an exact one outside the rounded range', () => {
    expect(countFromStats('783427', 783_400, 'json')).toMatchObject({ value: 783_427, exact: true });
    expect(countFromStats(undefined, 783_427, 'json')).toMatchObject({ value: 783_427, exact: true });
    expect(countFromStats('783400', 783_412, 'json')).toMatchObject({ value: 783_412, exact: true });
    expect(countFromStats('783400', 999_999, 'json')).toMatchObject({ value: 783_400, exact: false });
    expect(countFromStats(undefined, undefined, 'json')).toBeNull();
  });
});

describe('pickCount', () => {
  const shown: Count = {
    value: 783_400,
    exact: false,
    min: 783_350,
    max: 783_499,
    source: 'dom',
    raw: '783.4K',
  };

  it('exact beats rounded when consistent; no disagreement', () => {
    const p = pickCount('followers', [exact(783_427, 'json'), shown]);
    expect(p.count?.value).toBe(783_427);
    expect(p.source).toEqual({ source: 'json', exact: true });
    expect(p.disagreements).toEqual([]);
  });

  it('the DOM wins a disagreement beyond rounding, which is recorded', () => {
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

  it('a lagging meta is recorded but does not win over JSON', () => {
    const p = pickCount('followers', [exact(3_351, 'json'), null, exact(3_353, 'meta')]);
    expect(p.count?.value).toBe(3_351);
    expect(p.disagreements).toHaveLength(1);
    expect(p.disagreements[0]!.other).toEqual({ value: 3_353, source: 'meta' });
  });

  it('no candidates: null', () => {
    expect(pickCount('x', [null, null])).toEqual({ count: null, source: null, disagreements: [] });
  });
});
