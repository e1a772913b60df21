/**
 * The first screenful of the shortlist, in the table's default order (creator
 * last seen, newest first; ties by key), without reading the other rows: the
 * dashboard paints these while the whole list (`shortlist:list`) is on its way.
 *
 * It walks the creators' lastSeen index from the newest, keeping shortlisted
 * ones, until it has `limit` rows and every creator seen at the same moment as
 * the last one (so ties are cut exactly where the table's sort cuts them).
 * When most recently seen creators are not shortlisted, the walk gives up after
 * a bounded number of steps and the page is taken from the full list instead:
 * slower, never different.
 */

import type { Brief } from '@/lib/schema/brief';
import type { Creator, ShortlistEntry } from '@/lib/schema/creator';
import type { ShortlistItem } from '@/lib/schema/views';
import { briefsIn } from './briefs';
import type { StoreContext } from './context';
import { COUNTERS_KEY, parseCounters } from './counters';
import { type FitCache, fitBasis, fitsFromCache } from './fit-cache';
import { settingsIn } from './settings';
import { listShortlistRows, rescore } from './shortlist-rows';
import { readTx, track } from './tx';

export interface ShortlistPage {
  items: ShortlistItem[];
  /** Shortlist entries in the store: how many rows the whole list will have (corrupt ones aside). */
  total: number;
}

/** Creators walked per row asked for before falling back to the full list. */
const WALK_PER_ROW = 4;
const MIN_WALK = 400;

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

export async function firstShortlistPage(
  ctx: StoreContext,
  now: number,
  limit: number,
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
      // The walk reads keys only (a key cursor deserialises no record); the picked
      // creators, their entries and scores are asked for at once, in parallel.
      type Picked = {
        key: string;
        rawCreator: Promise<unknown>;
        rawEntry: Promise<unknown>;
        rawFits: Promise<unknown>;
      };
      const picked: Picked[] = [];
      const maxSteps = Math.max(MIN_WALK, limit * WALK_PER_ROW);
      let cutoff: number | null = null;
      let steps = 0;
      let complete = false;
      const byLastSeen = creators.index('lastSeen');
      // Membership is the entry itself, asked for beside each cursor step (one round trip
      // for both), rather than all 10,000 shortlist keys read up front.
      const pick = (key: string, rawEntry: Promise<unknown>) =>
        picked.push({
          key,
          rawCreator: track(creators.get(key)),
          rawEntry,
          rawFits: track(tx.objectStore('fits').get(key)),
        });
      let cursor = await byLastSeen.openKeyCursor(null, 'prev');
      while (cursor) {
        const seen = cursor.key as number;
        if (picked.length >= limit) {
          if (seen !== cutoff) {
            complete = true;
            break;
          }
          // Still inside a tie at the cut (creators imported with one timestamp): the
          // rest of it in one request rather than one cursor step each.
          const have = new Set(picked.map((p) => p.key));
          const tie = (await track(byLastSeen.getAllKeys(IDBKeyRange.only(seen)))) as string[];
          const rest = tie
            .filter((key) => !have.has(key))
            .map((key) => ({ key, raw: track(shortlist.get(key)) }));
          for (const { key, raw } of rest) if ((await raw) !== undefined) pick(key, raw);
          complete = true;
          break;
        }
        const key = cursor.primaryKey as string;
        const rawEntry = track(shortlist.get(key));
        const last = ++steps >= maxSteps;
        const next = last ? null : cursor.continue();
        if ((await rawEntry) !== undefined) {
          pick(key, rawEntry);
          cutoff = seen;
        }
        if (!next) break;
        cursor = await next;
      }
      if (!cursor) complete = true;
      const rows: { creator: Creator; entry: ShortlistEntry; rawFits: unknown }[] = [];
      for (const p of picked) {
        // Only records that validate count towards the page (the full list drops the others too).
        const creator = ctx.seen.creators.read(await p.rawCreator, p.key, sink);
        const entry = creator ? ctx.seen.shortlist.read(await p.rawEntry, p.key, sink) : null;
        if (creator && entry) rows.push({ creator, entry, rawFits: await p.rawFits });
      }
      // A corrupt record among them: the page would be short or cut at the wrong tie,
      // so the full list (which drops it) answers instead. Rare, and never different.
      if (rows.length !== picked.length) complete = false;
      return { total, briefs, settings, rows, complete };
    }),
  );
  if (!walked.complete) {
    // Few shortlisted among the recently seen: the full list is the honest (and small enough) answer.
    const all = await listShortlistRows(ctx, now);
    return { items: all.sort(byLastSeenThenKey).slice(0, limit), total: walked.total };
  }
  const { briefs, settings, rows, total } = walked;
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
  // A few dozen at most: scored (and cached) now, so the page shows current scores.
  if (stale.length > 0)
    for (const record of await rescore(ctx, stale, now)) cached.set(record.creatorKey, record);
  const briefById = new Map<string, Brief>(briefs.map((b) => [b.id, b]));
  const items: ShortlistItem[] = rows.map(({ creator, entry }) => {
    const record = cached.get(creator.key);
    return { creator, entry, fits: record ? fitsFromCache(record, briefById) : [] };
  });
  return { items: items.sort(byLastSeenThenKey).slice(0, limit), total };
}
