/**
 * The shortlist as the dashboard reads it: page after page of shortlist:page
 * (the worker walks its [lastSeen, key] index, lib/store/shortlist-page.ts),
 * each reply a bounded size whatever the store holds. The first screenful comes
 * first, alone, so it can be painted while the rest is read.
 */
import type { Send } from '@/lib/protocol/client';
import { SHORTLIST_PAGE_MAX } from '@/lib/protocol/messages';
import type { ShortlistItem } from '@/lib/schema/views';

/** Rows asked for first: a tall screen's worth of 48 px rows plus the table's overscan. */
export const FIRST_PAGE_ROWS = 40;

/** Pages read at most: a guard against a worker that never says the list has ended. */
const MAX_PAGES = 10_000;

export interface FirstPage {
  items: ShortlistItem[];
  /** How many rows the whole list will have. */
  total: number;
}

/**
 * Every row of the shortlist in the table's default order. `onFirst` gets the
 * first screenful (and the total) as soon as it is in, unless that first page
 * already ended the list.
 */
export async function fetchShortlist(
  send: Send,
  onFirst: (page: FirstPage) => void = () => {},
  pageRows: number = SHORTLIST_PAGE_MAX,
): Promise<ShortlistItem[]> {
  const first = await send({ type: 'shortlist:page', limit: FIRST_PAGE_ROWS });
  const rows = [...first.items];
  let next = first.next;
  if (next) onFirst({ items: first.items, total: first.total });
  for (let pages = 1; next; pages++) {
    if (pages >= MAX_PAGES) throw new Error('The shortlist did not finish loading; please reload the page.');
    const page = await send({ type: 'shortlist:page', limit: pageRows, after: next });
    for (const item of page.items) rows.push(item);
    next = page.next;
  }
  return rows;
}
