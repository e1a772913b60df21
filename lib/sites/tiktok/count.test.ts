import { describe, expect, it } from 'vitest';
import type { Count } from '@/lib/schema/reading';
import { compactEnglish, countFromJson, countFromStats, looksRounded } from './count';

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
