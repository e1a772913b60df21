/**
 * Record counts kept up to date in the store, so the popup's summary reads one
 * record instead of counting: Chrome's IndexedDB `count()` walks the records
 * (50–85 ms for 10,000 creators, on the popup's first paint).
 *
 * One record in the `meta` store (key COUNTERS_KEY) holds how many records the
 * `creators` store has and how many `shortlist` records carry each status —
 * exactly what `count()` on the creators store and on the shortlist's status
 * index would say. Every write that adds or deletes a creator, or adds,
 * deletes or re-statuses a shortlist entry, applies its changes to the record
 * IN THE SAME readwrite transaction (CountChanges + applyCountChanges), so an
 * aborted write (quota, closed database) rolls the counts back with the data.
 *
 * "Correct or unknown, never wrong": a record that is missing or fails
 * validation is never patched; the next summary counts the stores and writes
 * it afresh (`currentCounts`). A change that would take a count below zero
 * means the record was already wrong: it is deleted, to be recounted.
 */
import { z } from 'zod';
import { SHORTLIST_STATUSES, type ShortlistStatusName } from '@/lib/schema/plain';

export const COUNTERS_KEY = 'counts';

const count = z.number().int().nonnegative();

export const CountersSchema = z.strictObject({
  /** Records in the creators store (corrupt ones included: they are records). */
  creators: count,
  /** Shortlist records per status (what the status index counts for that status). */
  byStatus: z.strictObject(
    Object.fromEntries(SHORTLIST_STATUSES.map((s) => [s, count])) as Record<
      ShortlistStatusName,
      typeof count
    >,
  ),
});
export type Counters = z.infer<typeof CountersSchema>;

export function zeroCounters(): Counters {
  const byStatus = Object.fromEntries(SHORTLIST_STATUSES.map((s) => [s, 0])) as Counters['byStatus'];
  return { creators: 0, byStatus };
}

/** The status a raw shortlist record is counted under (null: not a known status, not counted). */
export function statusOf(raw: unknown): ShortlistStatusName | null {
  if (!raw || typeof raw !== 'object') return null;
  const status = (raw as { status?: unknown }).status;
  return typeof status === 'string' && (SHORTLIST_STATUSES as readonly string[]).includes(status)
    ? (status as ShortlistStatusName)
    : null;
}

/**
 * What one transaction's writes do to the counts. Callers pass the RAW record
 * that was under the key before the write (undefined when there was none), as
 * read in the same transaction: a corrupt record is still a record.
 */
export class CountChanges {
  creators = 0;
  readonly byStatus = new Map<ShortlistStatusName, number>();

  /** A creator record put under a key that held `before`. */
  creatorPut(before: unknown): void {
    if (before === undefined) this.creators++;
  }

  /** A shortlist record put (`after`) or deleted (undefined) under a key that held `before`. */
  entryChanged(before: unknown, after: { status: string } | undefined): void {
    const was = statusOf(before);
    const now = after === undefined ? null : statusOf(after);
    if (was === now) return;
    if (was) this.byStatus.set(was, (this.byStatus.get(was) ?? 0) - 1);
    if (now) this.byStatus.set(now, (this.byStatus.get(now) ?? 0) + 1);
  }

  get empty(): boolean {
    return this.creators === 0 && [...this.byStatus.values()].every((n) => n === 0);
  }

  /** The counts after these changes; null when one would go below zero (the old record was wrong). */
  appliedTo(counters: Counters): Counters | null {
    const next: Counters = {
      creators: counters.creators + this.creators,
      byStatus: { ...counters.byStatus },
    };
    for (const [status, delta] of this.byStatus) next.byStatus[status] += delta;
    if (next.creators < 0 || Object.values(next.byStatus).some((n) => n < 0)) return null;
    return next;
  }
}

/** The counters record as read from disk; null when missing or invalid (then counted afresh). */
export function parseCounters(raw: unknown): Counters | null {
  if (!raw || typeof raw !== 'object') return null;
  const parsed = CountersSchema.safeParse((raw as { value?: unknown }).value);
  return parsed.success ? parsed.data : null;
}

/** Just the meta store calls these helpers make (so any transaction that includes meta will do). */
export interface MetaStoreLike {
  get(key: string): Promise<unknown>;
  put(value: { key: string; value: unknown }): Promise<unknown>;
  delete(key: string): Promise<unknown>;
}

/**
 * Applies `changes` to the counters record inside the caller's readwrite
 * transaction. A missing or invalid record is left alone (the summary counts
 * afresh); one that would go negative is deleted.
 */
export async function applyCountChanges(meta: MetaStoreLike, changes: CountChanges): Promise<void> {
  if (changes.empty) return;
  const current = parseCounters(await meta.get(COUNTERS_KEY));
  if (!current) return;
  const next = changes.appliedTo(current);
  if (next) await meta.put({ key: COUNTERS_KEY, value: next });
  else await meta.delete(COUNTERS_KEY);
}

/** Just the object stores `countStores` reads. */
export interface CountableStores {
  creators: { count(): Promise<number> };
  statusIndex: { count(status: string): Promise<number> };
}

/** Counts the stores themselves: what the counters record must equal. */
export async function countStores(stores: CountableStores): Promise<Counters> {
  const [creators, perStatus] = await Promise.all([
    stores.creators.count(),
    Promise.all(SHORTLIST_STATUSES.map((s) => stores.statusIndex.count(s))),
  ]);
  const counters = zeroCounters();
  counters.creators = creators;
  SHORTLIST_STATUSES.forEach((s, i) => {
    counters.byStatus[s] = perStatus[i] ?? 0;
  });
  return counters;
}
