/**
 * What the table shows at a given width, and the totals of the filtered view. Pure.
 *
 * Columns: every column has a minimum track width (its CSS grid track: "108px" or
 * "minmax(200px, 2fr)"); when they do not all fit the window, the least needed ones
 * give way, in this order: per-brief fit columns (the best-fit column already names the
 * best brief and score), last first, then tags. Rate, Last seen, status, the figures and
 * the creator always stay, so nothing the marketer decides on needs a sideways scroll.
 */
import type { Column } from './columns';
import type { ShortlistRow } from './table-model';

/** The selection checkbox column the table adds in front of the others. */
export const CHECK_TRACK = 40;

/** The smallest width a track takes: "108px" → 108, "minmax(200px, 2fr)" → 200. */
export function minTrack(width: string): number {
  const m = /(\d+(?:\.\d+)?)px/.exec(width);
  return m ? Number(m[1]) : 0;
}

export function columnsThatFit(
  columns: readonly Column[],
  available: number,
): { shown: Column[]; hidden: Column[] } {
  const shown = [...columns];
  const hidden: Column[] = [];
  const total = () => CHECK_TRACK + shown.reduce((sum, c) => sum + minTrack(c.width), 0);
  const giveWay = [
    ...shown.filter((c) => c.id.startsWith('fit:')).reverse(),
    ...shown.filter((c) => c.id === 'tags'),
  ];
  for (const c of giveWay) {
    if (total() <= available) break;
    shown.splice(shown.indexOf(c), 1);
    hidden.push(c);
  }
  return { shown, hidden };
}

export interface Totals {
  creators: number;
  /** Median of the rows' median engagement, fraction; null when no row has one. */
  medianEngagement: number | null;
  /** How many rows the median rests on. */
  withEngagement: number;
  /** Entered rates summed per currency, largest sum first; rows without a rate are counted apart. */
  rates: { currency: string; amount: number; creators: number }[];
  withoutRate: number;
}

export function totalsOf(rows: readonly ShortlistRow[]): Totals {
  const rates = rows
    .map((r) => r.engagement)
    .filter((e): e is number => e !== null)
    .sort((a, b) => a - b);
  const mid = Math.floor(rates.length / 2);
  const median =
    rates.length === 0 ? null : rates.length % 2 ? rates[mid]! : (rates[mid - 1]! + rates[mid]!) / 2;
  const sums = new Map<string, { amount: number; creators: number }>();
  let withoutRate = 0;
  for (const r of rows) {
    const rate = r.view.entry?.rate;
    if (!rate) {
      withoutRate++;
      continue;
    }
    const s = sums.get(rate.currency) ?? { amount: 0, creators: 0 };
    s.amount += rate.amount;
    s.creators++;
    sums.set(rate.currency, s);
  }
  return {
    creators: rows.length,
    medianEngagement: median,
    withEngagement: rates.length,
    rates: [...sums].map(([currency, s]) => ({ currency, ...s })).sort((a, b) => b.amount - a.amount),
    withoutRate,
  };
}
