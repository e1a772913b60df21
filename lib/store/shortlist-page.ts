/**
 * The shortlist in pages, in the table's default order (creator last seen,
 * newest first; equal times by key), without reading the rows outside the
 * page: the dashboard asks for the first screenful, then for the rest page by
 * page, each page starting after the position the previous one ended at. No
 * reply grows with the store.
 *
 * The walk goes down the creators' compound [lastSeen, key] index
 * (upgrade-last-seen-key.ts): inside one lastSeen value, keys come in
 * ascending order a bounded batch at a time; when the value is used up, one
 * cursor step finds the next lower one. A position is the last (lastSeen, key)
 * the walk looked at, so a page after a tie of 10,000 creators seen at one
 * moment starts inside it at no extra cost, and every row comes exactly once.
 * Creators that are not shortlisted are stepped over; a walk that steps over
 * many stops after a bounded number of steps and returns a shorter page with
 * the position to go on from (`next`), never the whole list.
 */

import type { Brief } from '@/lib/schema/brief';
import type { Creator, ShortlistEntry } from '@/lib/schema/creator';
import type { ShortlistItem } from '@/lib/schema/views';
import { briefsIn } from './briefs';
import type { StoreContext } from './context';
import { COUNTERS_KEY, parseCounters } from './counters';
import { type FitCache, fitBasis, fitsFromCache } from './fit-cache';
import { settingsIn } from './settings';
import { rescore } from './shortlist-rows';
import { readTx, track } from './tx';
import { LAST_SEEN_KEY_INDEX } from './upgrade-last-seen-key';

/** Where a page ended: the last index entry walked. `key: ''` is "before every key seen at that time". */
export interface ShortlistPosition {
  lastSeen: number;
  key: string;
}

export interface ShortlistPage {
  items: ShortlistItem[];
  /** Shortlist entries in the store: how many rows the whole list will have (corrupt ones aside). */
  total: number;
  /** Where the next page starts; null when the walk reached the end of the list. */
  next: ShortlistPosition | null;
}

/** Index entries walked per row asked for before a page returns short (creators not shortlisted). */
const WALK_PER_ROW = 8;
const MIN_WALK = 400;
/** Keys read per request inside one lastSeen value, at least (non-shortlisted ones are read and skipped). */
const MIN_BATCH = 16;

/** The table's default order: last seen, newest first; equal times by key (table-model sortRows). */
export function byLastSeenThenKey(a: ShortlistItem, b: ShortlistItem): number {
  const d = b.creator.lastSeen - a.creator.lastSeen;
  if (d !== 0) return d;
  return a.creator.key < b.creator.key ? -1 : a.creator.key > b.creator.key ? 1 : 0;
}

/**
 * How many entries the whole list will have: the kept counters (lib/store/counters.ts),
 * or a count when that record is missing or invalid.
 */
async function shortlistTotal(
  meta: { get(key: string): Promise<unknown> },
  shortlist: { count(): Promise<number> },
): Promise<number> {
  const counters = parseCounters(await track(meta.get(COUNTERS_KEY)));
  if (counters) return Object.values(counters.byStatus).reduce((a, b) => a + b, 0);
  return track(shortlist.count());
}

/** What the walk needs of the [lastSeen, key] index (idb's index, or a test double). */
interface PageIndex {
  getAllKeys(range: IDBKeyRange, count: number): Promise<unknown[]>;
  openKeyCursor(range: IDBKeyRange | null, direction: IDBCursorDirection): Promise<{ key: unknown } | null>;
}

/** The highest lastSeen in the index below `below` (or the highest of all); null when there is none. */
async function nextTime(index: PageIndex, below: number | null): Promise<number | null> {
  // [t] sorts before every [t, key]: everything under it has a lower time. From the top, only
  // numbers: a corrupt record's string time would sort above them all.
  const range = IDBKeyRange.upperBound(
    below === null ? [Number.POSITIVE_INFINITY, []] : [below],
    below !== null,
  );
  const cursor = await track(index.openKeyCursor(range, 'prev'));
  if (!cursor) return null;
  const key = cursor.key as [number, string];
  return key[0];
}

/**
 * Walks the index from `after` and calls `take` for each creator key in order,
 * until `take` has returned true `want` times or `maxSteps` entries were walked.
 * Returns the position reached (null at the end of the index).
 */
export async function walkLastSeenKey(
  index: PageIndex,
  after: ShortlistPosition | null,
  want: number,
  maxSteps: number,
  take: (keys: string[]) => Promise<boolean[]>,
): Promise<{ next: ShortlistPosition | null; taken: number }> {
  let time = after ? after.lastSeen : await nextTime(index, null);
  let from = after ? after.key : '';
  let taken = 0;
  let steps = 0;
  while (time !== null) {
    // The rest of this time's keys after `from`: arrays sort after strings, so [t, []] closes them all.
    const batch = Math.max(MIN_BATCH, want - taken);
    const range = IDBKeyRange.bound([time, from], [time, []], true, false);
    const keys = (await track(index.getAllKeys(range, batch))) as string[];
    const kept = await take(keys);
    for (let i = 0; i < keys.length; i++) {
      steps++;
      from = keys[i] as string;
      if (kept[i] && ++taken >= want) return { next: { lastSeen: time, key: from }, taken };
    }
    if (steps >= maxSteps) return { next: { lastSeen: time, key: from }, taken };
    if (keys.length === batch) continue;
    time = await nextTime(index, time);
    from = '';
    steps++;
  }
  return { next: null, taken };
}

export async function shortlistPage(
  ctx: StoreContext,
  now: number,
  limit: number,
  after: ShortlistPosition | null = null,
): Promise<ShortlistPage> {
  const sink = ctx.reportCorrupt;
  const walked = await ctx.connection.use((db) =>
    readTx(db, ['shortlist', 'creators', 'fits', 'briefs', 'settings', 'meta'], async (tx) => {
      const shortlist = tx.objectStore('shortlist');
      const [total, briefs, settings] = await Promise.all([
        shortlistTotal(tx.objectStore('meta'), shortlist),
        track(briefsIn(tx.objectStore('briefs'), sink)),
        track(settingsIn(tx.objectStore('settings'), sink)),
      ]);
      const creators = tx.objectStore('creators');
      const fits = tx.objectStore('fits');
      const rows: { creator: Creator; entry: ShortlistEntry; rawFits: Promise<unknown> }[] = [];
      // A row is a shortlisted creator whose records validate: the entry and the creator of each
      // key of a batch are asked for at once (one round trip for all); a corrupt one is reported
      // and stepped over, as the whole list always did, so it never makes a page short.
      const take = async (keys: string[]) => {
        const raw = await Promise.all(
          keys.map((key) => Promise.all([track(shortlist.get(key)), track(creators.get(key))])),
        );
        return keys.map((key, i) => {
          const [rawEntry, rawCreator] = raw[i] as [unknown, unknown];
          if (rawEntry === undefined || rows.length >= limit) return false;
          const creator = ctx.seen.creators.read(rawCreator, key, sink);
          const entry = creator ? ctx.seen.shortlist.read(rawEntry, key, sink) : null;
          if (!creator || !entry) return false;
          rows.push({ creator, entry, rawFits: track(fits.get(key)) });
          return true;
        });
      };
      const index = creators.index(LAST_SEEN_KEY_INDEX) as unknown as PageIndex;
      const maxSteps = Math.max(MIN_WALK, limit * WALK_PER_ROW);
      const { next } = await walkLastSeenKey(index, after, limit, maxSteps, take);
      const fitsOf = await Promise.all(rows.map((r) => r.rawFits));
      return { total, briefs, settings, rows: rows.map((r, i) => ({ ...r, rawFits: fitsOf[i] })), next };
    }),
  );
  const { briefs, settings, rows, total, next } = walked;
  const basis = ctx.fits ? fitBasis(briefs, settings.tierScheme, ctx.fits.tag) : '';
  const cached = new Map<string, FitCache>();
  const stale: string[] = [];
  if (ctx.fits) {
    for (const row of rows) {
      const key = row.creator.key;
      const record = ctx.seen.fits.read(row.rawFits, key, sink);
      if (record && record.basis === basis) cached.set(key, record);
      else stale.push(key);
    }
  }
  // At most a page of creators: scored (and cached) now, so the page shows current scores.
  if (stale.length > 0)
    for (const record of await rescore(ctx, stale, now)) cached.set(record.creatorKey, record);
  const briefById = new Map<string, Brief>(briefs.map((b) => [b.id, b]));
  const items: ShortlistItem[] = rows.map(({ creator, entry }) => {
    const record = cached.get(creator.key);
    return { creator, entry, fits: record ? fitsFromCache(record, briefById) : [] };
  });
  return { items, total, next };
}
