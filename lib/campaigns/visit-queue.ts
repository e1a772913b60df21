/**
 * The visit queue: handles or profile links pasted (or a CSV column imported)
 * into a campaign, visited one by one at the user's pace. Pure logic: it never
 * opens anything itself — the UI asks `nextItem` when the user clicks or presses
 * the shortcut, opens that profile in the current tab, and `markVisited` is
 * called when the profile has been read.
 *
 * Import: every value is read with parseProfileTarget; duplicates (the same
 * creator twice, whatever the spelling) are kept once; everything rejected is
 * reported with its reason and where it was (line or row), so the user can fix it.
 */
import { z } from 'zod';
import { CsvReadError, readCsv, restoreNeutralised } from '@/lib/csv/read-csv';
import { CreatorKeySchema } from '@/lib/schema/creator';
import { type Platform, PlatformSchema } from '@/lib/schema/reading';
import { type ProfileTarget, parseProfileTarget, type RejectReason } from './profile-target';

/** A queue holds at most this many creators (ten times the product's biggest campaigns). */
export const MAX_QUEUE = 1_000;

export interface Rejected {
  /** 1-based line of the pasted text, or row of the CSV (header = row 1). */
  where: number;
  value: string;
  reason: RejectReason | 'duplicate' | 'queue-full';
}

export interface ImportResult {
  targets: ProfileTarget[];
  rejected: Rejected[];
  /** Values that named a creator already in the list (kept once). */
  duplicates: number;
}

function collect(
  values: { value: string; where: number }[],
  platform: Platform | null,
  already: ReadonlySet<string>,
): ImportResult {
  const seen = new Set(already);
  const targets: ProfileTarget[] = [];
  const rejected: Rejected[] = [];
  let duplicates = 0;
  for (const { value, where } of values) {
    if (!value.trim()) continue;
    const shown = value.trim().slice(0, 200);
    const result = parseProfileTarget(value, platform);
    if (!result.ok) {
      rejected.push({ where, value: shown, reason: result.reason });
      continue;
    }
    if (seen.has(result.target.key)) {
      duplicates++;
      rejected.push({ where, value: shown, reason: 'duplicate' });
      continue;
    }
    if (seen.size >= MAX_QUEUE) {
      rejected.push({ where, value: shown, reason: 'queue-full' });
      continue;
    }
    seen.add(result.target.key);
    targets.push(result.target);
  }
  return { targets, rejected, duplicates };
}

/**
 * Pasted text: one value per line, or several separated by commas, semicolons,
 * tabs or spaces (handles and links never contain those). `already`: keys the
 * queue or campaign already has, reported as duplicates.
 */
export function parsePastedTargets(
  text: string,
  platform: Platform | null,
  already: ReadonlySet<string> = new Set(),
): ImportResult {
  const values = text
    .split(/\r\n|\r|\n/)
    .flatMap((line, i) => line.split(/[\s,;]+/).map((value) => ({ value, where: i + 1 })));
  return collect(values, platform, already);
}

/** Header names (English and Indonesian) that mark the column holding handles or links. */
const COLUMN_NAMES =
  /^(handle|handles|username|user ?name|akun|account|profile|profile[ _]?url|url|link|instagram|ig|tiktok|tt|creator|kreator|influencer)$/i;

export interface CsvImport extends ImportResult {
  /** The column read (its header), or null when the file has no header row. */
  column: string | null;
}

/**
 * A CSV column of handles or links. `column`: a header name or a 0-based index;
 * when omitted, the first column whose header names handles or links (then a
 * column headed "tiktok" or "instagram" also gives bare handles their platform).
 */
export function parseCsvTargets(
  text: string,
  platform: Platform | null,
  column?: string | number,
  already: ReadonlySet<string> = new Set(),
): CsvImport | { error: string } {
  let rows: string[][];
  try {
    rows = readCsv(text).rows;
  } catch (error) {
    return { error: error instanceof CsvReadError ? error.message : 'The file could not be read as CSV.' };
  }
  if (rows.length === 0) return { error: 'The file is empty.' };
  const header = rows[0]!.map((h) => h.trim());
  let index: number;
  let hasHeader = true;
  if (typeof column === 'number') {
    index = column;
    const first = rows[0]![index] ?? '';
    hasHeader = COLUMN_NAMES.test(first.trim()) || !parseProfileTarget(first, platform).ok;
  } else if (typeof column === 'string') {
    index = header.findIndex((h) => h.toLowerCase() === column.trim().toLowerCase());
    if (index < 0) return { error: `No column named "${column}".` };
  } else {
    index = header.findIndex((h) => COLUMN_NAMES.test(h));
    if (index < 0) {
      // No header row we recognise: a single column of values is read whole.
      if (rows.every((r) => r.length <= 1)) {
        index = 0;
        hasHeader = !parseProfileTarget(rows[0]![0] ?? '', platform).ok;
      } else return { error: 'Say which column holds the handles or profile links.' };
    }
  }
  if (index < 0 || index >= Math.max(...rows.map((r) => r.length)))
    return { error: 'That column does not exist.' };
  const name = hasHeader ? (header[index] ?? null) : null;
  const columnPlatform =
    name && /^(tiktok|tt)$/i.test(name)
      ? 'tiktok'
      : name && /^(instagram|ig)$/i.test(name)
        ? 'instagram'
        : null;
  const values = rows
    .map((r, i) => ({ value: restoreNeutralised(r[index] ?? ''), where: i + 1 }))
    .slice(hasHeader ? 1 : 0);
  return { ...collect(values, columnPlatform ?? platform, already), column: name };
}

export const QueueItemSchema = z.object({
  key: CreatorKeySchema,
  platform: PlatformSchema,
  handle: z.string().min(1).max(64),
  url: z.string().max(300),
  /** When the user's visit read the profile; null: not yet. */
  visitedAt: z.number().int().nullable(),
  /** The user chose to skip it (private account, wrong person). */
  skipped: z.boolean(),
});
export type QueueItem = z.infer<typeof QueueItemSchema>;

export const VisitQueueSchema = z.object({
  campaignId: z.string().min(1).max(80),
  items: z.array(QueueItemSchema).max(MAX_QUEUE),
});
export type VisitQueue = z.infer<typeof VisitQueueSchema>;

export function createQueue(campaignId: string, targets: readonly ProfileTarget[]): VisitQueue {
  return appendTargets({ campaignId, items: [] }, targets);
}

/** Adds targets the queue does not hold yet, in order, up to MAX_QUEUE. */
export function appendTargets(queue: VisitQueue, targets: readonly ProfileTarget[]): VisitQueue {
  const have = new Set(queue.items.map((i) => i.key));
  const items = [...queue.items];
  for (const t of targets) {
    if (have.has(t.key) || items.length >= MAX_QUEUE) continue;
    have.add(t.key);
    items.push({
      key: t.key,
      platform: t.platform,
      handle: t.handle,
      url: t.url,
      visitedAt: null,
      skipped: false,
    });
  }
  return { ...queue, items };
}

/** The next profile to open: the first neither visited nor skipped (null: the queue is done). */
export function nextItem(queue: VisitQueue): QueueItem | null {
  return queue.items.find((i) => i.visitedAt === null && !i.skipped) ?? null;
}

function updateItem(queue: VisitQueue, key: string, change: (item: QueueItem) => QueueItem): VisitQueue {
  let changed = false;
  const items = queue.items.map((i) => {
    if (i.key !== key) return i;
    const next = change(i);
    changed ||= next !== i;
    return next;
  });
  return changed ? { ...queue, items } : queue;
}

/**
 * A profile was read (through the queue or because the user opened it some
 * other way): it counts as visited. The first visit's time is kept.
 */
export function markVisited(queue: VisitQueue, key: string, at: number): VisitQueue {
  return updateItem(queue, key, (i) => (i.visitedAt === null ? { ...i, visitedAt: at, skipped: false } : i));
}

export function skipItem(queue: VisitQueue, key: string): VisitQueue {
  return updateItem(queue, key, (i) => (i.visitedAt === null && !i.skipped ? { ...i, skipped: true } : i));
}

export function unskipItem(queue: VisitQueue, key: string): VisitQueue {
  return updateItem(queue, key, (i) => (i.skipped ? { ...i, skipped: false } : i));
}

export interface QueueProgress {
  total: number;
  visited: number;
  skipped: number;
  remaining: number;
  done: boolean;
}

/** "12 of 50 visited": the figures the UI words in the user's language. */
export function queueProgress(queue: VisitQueue): QueueProgress {
  const visited = queue.items.filter((i) => i.visitedAt !== null).length;
  const skipped = queue.items.filter((i) => i.visitedAt === null && i.skipped).length;
  const total = queue.items.length;
  const remaining = total - visited - skipped;
  return { total, visited, skipped, remaining, done: remaining === 0 };
}
