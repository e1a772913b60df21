import { describe, expect, it } from 'vitest';
import { fakeViews } from '@/tests/support/dashboard/fake-views';
import type { Column } from './columns';
import { columnsThatFit, minTrack, totalsOf } from './table-fit';
import { toRow } from './table-model';

const col = (id: string, width: string): Column => ({
  id,
  label: id,
  width,
  sortKey: null,
  render: () => null,
});
const COLUMNS = [
  col('creator', 'minmax(200px, 2fr)'),
  col('engagement', '132px'),
  col('bestFit', 'minmax(170px, 1.6fr)'),
  col('fit:a', '112px'),
  col('fit:b', '112px'),
  col('status', '140px'),
  col('tags', 'minmax(140px, 1fr)'),
  col('rate', '100px'),
  col('lastSeen', '116px'),
];

describe('columnsThatFit', () => {
  it('reads a track minimum', () => {
    expect(minTrack('108px')).toBe(108);
    expect(minTrack('minmax(200px, 2fr)')).toBe(200);
  });

  it('keeps every column when they fit', () => {
    expect(columnsThatFit(COLUMNS, 2000).hidden).toEqual([]);
  });

  it('drops per-brief fit columns last first, then tags, and never rate or last seen', () => {
    const ids = (w: number) => columnsThatFit(COLUMNS, w).hidden.map((c) => c.id);
    // 40 + 1222 = 1262 with all columns.
    expect(ids(1261)).toEqual(['fit:b']);
    expect(ids(1100)).toEqual(['fit:b', 'fit:a']);
    expect(ids(1000)).toEqual(['fit:b', 'fit:a', 'tags']);
    expect(columnsThatFit(COLUMNS, 500).shown.map((c) => c.id)).toEqual([
      'creator',
      'engagement',
      'bestFit',
      'status',
      'rate',
      'lastSeen',
    ]);
  });
});

describe('totalsOf', () => {
  it('counts creators, takes the median of known engagement and sums rates per currency', () => {
    const rows = fakeViews(30).map((v) => toRow(v, ['nano', 'micro', 'macro', 'mega']));
    const totals = totalsOf(rows);
    expect(totals.creators).toBe(30);
    const known = rows
      .map((r) => r.engagement)
      .filter((e): e is number => e !== null)
      .sort((a, b) => a - b);
    expect(totals.withEngagement).toBe(known.length);
    const m = known.length / 2;
    expect(totals.medianEngagement).toBeCloseTo(
      known.length % 2 ? known[Math.floor(m)]! : (known[m - 1]! + known[m]!) / 2,
    );
    const idr = rows.filter((r) => r.view.entry?.rate?.currency === 'IDR');
    expect(totals.rates.find((r) => r.currency === 'IDR')?.amount ?? 0).toBe(
      idr.reduce((s, r) => s + r.view.entry!.rate!.amount, 0),
    );
    expect(totals.withoutRate + totals.rates.reduce((s, r) => s + r.creators, 0)).toBe(30);
  });

  it('says unknown, not 0, when no row has an engagement figure', () => {
    expect(totalsOf([]).medianEngagement).toBeNull();
  });
});
