/**
 * The shortlist as a CSV file for Excel / Google Sheets (columns: lib/csv/README.md).
 * `exportCsv` is synchronous for benches and tests; `exportCsvInChunks` yields
 * between chunks so a page can show progress on 10,000 rows.
 */

import type { Brief } from '@/lib/schema/brief';
import type { ShortlistItem } from '@/lib/schema/views';
import { BOM, type CsvDelimiter, row } from './cells';
import { type CsvColumn, type CsvLang, csvColumns } from './columns';

export interface CsvOptions {
  delimiter: CsvDelimiter;
  lang: CsvLang;
  /** Kept for the file name; cells never depend on the clock. */
  now?: number;
}

function headerLine(columns: CsvColumn[], delimiter: CsvDelimiter): string {
  return row(
    columns.map((c) => c.header),
    delimiter,
  );
}

function dataLine(view: ShortlistItem, columns: CsvColumn[], delimiter: CsvDelimiter): string {
  return row(
    columns.map((c) => c.value(view)),
    delimiter,
    columns.map((c) => c.decimals),
  );
}

export function exportCsv(views: ShortlistItem[], briefs: Brief[], opts: CsvOptions): string {
  const columns = csvColumns(briefs, opts.delimiter, opts.lang);
  const parts = [BOM, headerLine(columns, opts.delimiter)];
  for (const view of views) parts.push(dataLine(view, columns, opts.delimiter));
  return parts.join('');
}

export interface ChunkOptions {
  chunkSize?: number;
  /** Called after each chunk with rows done and total. */
  onProgress?: (done: number, total: number) => void;
  /** Lets the page paint between chunks (e.g. `() => new Promise(r => setTimeout(r))`). */
  pause?: () => Promise<void>;
  /** Stops early when it returns true (the user cancelled). */
  cancelled?: () => boolean;
}

/** Same output as exportCsv, built in chunks; null when cancelled. */
export async function exportCsvInChunks(
  views: ShortlistItem[],
  briefs: Brief[],
  opts: CsvOptions,
  chunk: ChunkOptions = {},
): Promise<string | null> {
  const size = Math.max(1, chunk.chunkSize ?? 500);
  const columns = csvColumns(briefs, opts.delimiter, opts.lang);
  const parts = [BOM, headerLine(columns, opts.delimiter)];
  for (let start = 0; start < views.length; start += size) {
    if (chunk.cancelled?.()) return null;
    const end = Math.min(views.length, start + size);
    for (let i = start; i < end; i++)
      parts.push(dataLine(views[i] as ShortlistItem, columns, opts.delimiter));
    chunk.onProgress?.(end, views.length);
    if (chunk.pause) await chunk.pause();
  }
  if (views.length === 0) chunk.onProgress?.(0, 0);
  return parts.join('');
}

/** "microlens-shortlist-2026-11-21.csv", in the user's local date when a local date is given. */
export function csvFileName(now: number): string {
  return `microlens-shortlist-${localDate(now)}.csv`;
}

export function backupFileName(now: number): string {
  return `microlens-backup-${localDate(now)}.json`;
}

/** YYYY-MM-DD from the runtime's local time zone (the user's, in a browser). */
function localDate(now: number): string {
  const d = new Date(now);
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}
