import { describe, expect, it } from 'vitest';
import { fakeViews, NOW } from '@/tests/support/dashboard/fake-views';
import {
  ANY_BRIEF,
  applyPatch,
  EMPTY_FILTER,
  facets,
  filterRows,
  nextSort,
  parseTags,
  queryRows,
  type ShortlistRow,
  sortRows,
  toRows,
} from './table-model';
import { scrollToShow, visibleRange } from './virtual-range';

const TIERS = ['emerging', 'nano', 'micro', 'macro', 'mega'];
const views = fakeViews(10_000);
const rows = toRows(views, TIERS);

function isSorted(list: ShortlistRow[], get: (r: ShortlistRow) => number | string | null, dir: 1 | -1) {
  const known = list.filter((r) => get(r) !== null);
  const firstNull = list.findIndex((r) => get(r) === null);
  // Unknowns come after every known value.
  if (firstNull >= 0) expect(list.slice(firstNull).every((r) => get(r) === null)).toBe(true);
  for (let i = 1; i < known.length; i++) {
    const a = get(known[i - 1] as ShortlistRow) as number | string;
    const b = get(known[i] as ShortlistRow) as number | string;
    if (dir === 1 ? a > b : a < b) throw new Error(`out of order at ${i}: ${a} then ${b}`);
  }
}

describe('sorting 10,000 rows', () => {
  it('sorts by followers both ways with unknown counts last', () => {
    const nulls = rows.filter((r) => r.followers === null).length;
    expect(nulls).toBeGreaterThan(0);
    for (const dir of ['asc', 'desc'] as const) {
      const sorted = sortRows(rows, { key: 'followers', dir });
      expect(sorted).toHaveLength(10_000);
      isSorted(sorted, (r) => r.followers, dir === 'asc' ? 1 : -1);
      expect(sorted.slice(-nulls).every((r) => r.followers === null)).toBe(true);
    }
  });

  it('sorts by engagement, fit per brief, tier rank, handle and last seen', () => {
    isSorted(sortRows(rows, { key: 'engagement', dir: 'desc' }), (r) => r.engagement, -1);
    isSorted(sortRows(rows, { key: 'fit:b-food', dir: 'desc' }), (r) => r.fit['b-food'] ?? null, -1);
    isSorted(sortRows(rows, { key: 'tier', dir: 'asc' }), (r) => r.tierRank, 1);
    isSorted(sortRows(rows, { key: 'handle', dir: 'asc' }), (r) => r.handle, 1);
    isSorted(sortRows(rows, { key: 'lastSeen', dir: 'desc' }), (r) => r.lastSeen, -1);
  });

  it('is stable: equal values keep handle order', () => {
    const sorted = sortRows(rows, { key: 'platform', dir: 'asc' });
    const ig = sorted.filter((r) => r.platform === 'instagram').map((r) => r.key);
    expect(ig).toEqual([...ig].sort());
  });

  it('does not mutate the input', () => {
    const before = rows.map((r) => r.key);
    sortRows(rows, { key: 'followers', dir: 'desc' });
    expect(rows.map((r) => r.key)).toEqual(before);
  });
});

describe('filtering and search over 10,000 rows', () => {
  it('filters by platform, status, tier, tag and minimum fit, agreeing with a direct check', () => {
    const filter = {
      ...EMPTY_FILTER,
      platform: 'tiktok' as const,
      statuses: ['contacted' as const, 'active' as const],
      tier: 'micro',
      tag: 'halal',
      minFit: { briefId: 'b-skin', score: 40 },
    };
    const got = filterRows(rows, filter).map((r) => r.key);
    const want = views
      .filter(
        (v) =>
          v.creator.platform === 'tiktok' &&
          ['contacted', 'active'].includes(v.entry?.status ?? '') &&
          v.creator.metrics?.tier.known &&
          v.creator.metrics.tier.tiers.includes('micro') &&
          v.entry?.tags.includes('halal') &&
          (v.fits.find((f) => f.briefId === 'b-skin')?.score ?? -1) >= 40,
      )
      .map((v) => v.creator.key);
    expect(got).toEqual(want);
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThan(10_000);
  });

  it('searches handle, name, notes and tags, case-insensitively, all words required, "@" ignored', () => {
    const target = views[1234]!;
    expect(
      filterRows(rows, { ...EMPTY_FILTER, search: `@${target.creator.handle.toUpperCase()}` }).map(
        (r) => r.key,
      ),
    ).toEqual([target.creator.key]);
    const byNotes = filterRows(rows, { ...EMPTY_FILTER, search: 'media KIT' });
    expect(byNotes.length).toBe(
      views.filter((v) => v.entry?.notes.toLowerCase().includes('media kit')).length,
    );
    const both = filterRows(rows, { ...EMPTY_FILTER, search: 'ayu whatsapp' });
    expect(both.every((r) => r.haystack.includes('ayu') && r.haystack.includes('whatsapp'))).toBe(true);
    expect(both.length).toBeGreaterThan(0);
    expect(filterRows(rows, { ...EMPTY_FILTER, search: 'no-such-creator-zzz' })).toHaveLength(0);
  });

  it('queryRows filters then sorts', () => {
    const out = queryRows(
      rows,
      { ...EMPTY_FILTER, platform: 'instagram' },
      { key: 'followers', dir: 'desc' },
    );
    expect(out.every((r) => r.platform === 'instagram')).toBe(true);
    isSorted(out, (r) => r.followers, -1);
  });

  it('lists tags and tiers for the filter menus', () => {
    const f = facets(rows);
    expect(f.tags).toContain('skincare');
    expect(f.tiers.sort()).toEqual([...TIERS].sort());
  });
});

describe('helpers', () => {
  it('nextSort flips the same key, starts figures descending and text ascending', () => {
    expect(nextSort({ key: 'followers', dir: 'desc' }, 'followers')).toEqual({
      key: 'followers',
      dir: 'asc',
    });
    expect(nextSort({ key: 'followers', dir: 'desc' }, 'handle')).toEqual({ key: 'handle', dir: 'asc' });
    expect(nextSort({ key: 'handle', dir: 'asc' }, 'engagement')).toEqual({ key: 'engagement', dir: 'desc' });
  });

  it('parseTags trims, drops empties and case-insensitive duplicates, caps length', () => {
    expect(parseTags(' skincare, Jakarta ,, q3, SKINCARE ')).toEqual(['skincare', 'Jakarta', 'q3']);
    expect(parseTags('x'.repeat(60))[0]).toHaveLength(40);
    expect(parseTags(' , ')).toEqual([]);
  });

  it('applyPatch changes only the patched fields', () => {
    const v = views[0]!;
    const statusBefore = v.entry?.status;
    const p = applyPatch(v, { status: 'done', tags: ['a'] }, NOW + 1);
    expect(p.entry?.status).toBe('done');
    expect(p.entry?.tags).toEqual(['a']);
    expect(p.entry?.notes).toBe(v.entry?.notes);
    expect(p.entry?.updatedAt).toBe(NOW + 1);
    // The original view is untouched, so a failed save can revert to it.
    expect(v.entry?.status).toBe(statusBefore);
    expect(p.entry).not.toBe(v.entry);
  });

  it('visibleRange renders the rows in view plus overscan, clamped', () => {
    expect(visibleRange(0, 440, 44, 10_000, 5)).toEqual({ start: 0, end: 16 });
    expect(visibleRange(44 * 5000, 440, 44, 10_000, 5)).toEqual({ start: 4995, end: 5016 });
    expect(visibleRange(44 * 10_000, 440, 44, 10_000, 5)).toEqual({ start: 9994, end: 10_000 });
    expect(visibleRange(0, 440, 44, 0, 5)).toEqual({ start: 0, end: 0 });
  });

  it('visibleRange takes a different overscan above the view than below it', () => {
    expect(visibleRange(44 * 5000, 440, 44, 10_000, 8, 2)).toEqual({ start: 4998, end: 5019 });
    expect(visibleRange(44 * 5000, 440, 44, 10_000, 2, 8)).toEqual({ start: 4992, end: 5013 });
  });

  it('scrollToShow scrolls just enough', () => {
    expect(scrollToShow(0, 0, 440, 44)).toBeNull();
    expect(scrollToShow(10, 0, 440, 44)).toBe(44 * 11 - 440);
    expect(scrollToShow(2, 200, 440, 44)).toBe(88);
  });
});

describe('best fit and missed must-haves', () => {
  const base = fakeViews(1)[0]!;
  const reason = (code: string, hard: boolean) => ({
    code,
    polarity: 'negative' as const,
    hard,
    params: {},
  });
  const view = {
    ...base,
    fits: [
      { briefId: 'a', briefName: 'A', score: 18, reasons: [reason('followers-below', true)] },
      { briefId: 'b', briefName: 'B', score: 64, reasons: [reason('keyword-weak', false)] },
      { briefId: 'c', briefName: 'C', score: 0, reasons: [reason('niche-missing', false)] },
    ],
  };

  it('takes the best brief whose must-haves are met, and keeps the missed ones by brief', () => {
    const [row] = toRows([view], TIERS);
    expect(row!.bestFit).toEqual({ briefId: 'b', score: 64 });
    expect(Object.keys(row!.fitMissed)).toEqual(['a']);
    expect(row!.fitMissed.a![0]!.code).toBe('followers-below');
  });

  it('filters on the best fit when the minimum applies to any brief', () => {
    const list = toRows(fakeViews(400), TIERS);
    const kept = filterRows(list, { ...EMPTY_FILTER, minFit: { briefId: ANY_BRIEF, score: 70 } });
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(list.length);
    expect(kept.every((r) => (r.bestFit?.score ?? -1) >= 70)).toBe(true);
    const dropped = list.filter((r) => !kept.includes(r));
    expect(dropped.every((r) => r.bestFit === null || r.bestFit.score < 70)).toBe(true);
  });

  it('has no best fit when every brief misses a must-have or scores 0, and sorts those last', () => {
    const none = {
      ...view,
      creator: { ...view.creator, key: 'instagram:zzz' as typeof view.creator.key, handle: 'zzz' },
      fits: [view.fits[0]!, view.fits[2]!],
    };
    const list = toRows([none, view], TIERS);
    expect(list[0]!.bestFit).toBeNull();
    expect(sortRows(list, { key: 'bestFit', dir: 'desc' }).map((r) => r.handle)).toEqual([
      view.creator.handle,
      'zzz',
    ]);
    expect(sortRows(list, { key: 'bestFit', dir: 'asc' })[1]!.handle).toBe('zzz');
  });
});
