/**
 * The Microlens store: one object the background worker talks to. Opened with
 * an IDBFactory passed in (the worker passes the global `indexedDB`, tests a
 * fresh fake-indexeddb factory), so this module touches no globals of its own.
 */

import { computeCreatorMetrics } from '@/lib/metrics/compute-metrics';
import type { Brief } from '@/lib/schema/brief';
import { CreatorSchema, ShortlistEntrySchema, type Snapshot } from '@/lib/schema/creator';
import type { Settings } from '@/lib/schema/settings';
import type { ImportReport, ShortlistItem, ShortlistPatch, ShortlistSummary } from '@/lib/schema/views';
import { exportBackup } from './backup';
import { BackupExportStream } from './backup-export-stream';
import { type ImportOptions, importBackup } from './backup-import';
import { BackupImportStream, type ImportStreamOptions } from './backup-import-stream';
import { deleteBrief, listBriefs, saveBrief } from './briefs';
import { type CampaignStore, campaignStore } from './campaign-store';
import { Connection } from './connection';
import type { ComputeMetrics, StoreContext } from './context';
import { type CreatorBundle, creatorHistory, getCreatorBundle } from './creators';
import { DB_NAME } from './db-schema';
import { dumpStore, type StoreDump } from './dump';
import { defaultFitScoring, FitCacheSchema, type FitScoring, ScorerMemo } from './fit-cache';
import { type RecordResult, recordReading } from './record-reading';
import { SeenValid } from './seen-valid';
import { getSettings, saveSettings } from './settings';
import {
  listShortlist,
  removeFromShortlist,
  saveToShortlist,
  shortlistSummary,
  updateShortlist,
} from './shortlist';
import { type ShortlistPage, type ShortlistPosition, shortlistPage } from './shortlist-page';
import { listShortlistRows } from './shortlist-rows';
import type { CorruptRecord } from './validate';

export interface Store {
  readonly name: string;
  recordReading(reading: unknown, now: number): Promise<RecordResult>;
  getCreator(key: string): Promise<CreatorBundle | null>;
  history(key: string, limit?: number): Promise<Snapshot[]>;
  saveToShortlist(key: string, now: number): Promise<CreatorBundle>;
  removeFromShortlist(keys: string[]): Promise<number>;
  updateShortlist(keys: string[], patch: ShortlistPatch, now: number): Promise<number>;
  /** Every shortlisted creator with its posts (heavy: for tests and full views). */
  listShortlist(): Promise<CreatorBundle[]>;
  /** The shortlist without posts: creators, entries and cached fit scores (what the table needs). */
  listShortlistRows(now: number): Promise<ShortlistItem[]>;
  /** `limit` rows in the table's default order after `after` (none: the top), without reading the rest. */
  shortlistPage(now: number, limit: number, after?: ShortlistPosition | null): Promise<ShortlistPage>;
  shortlistSummary(): Promise<ShortlistSummary>;
  listBriefs(): Promise<Brief[]>;
  saveBrief(brief: unknown, now: number): Promise<Brief>;
  deleteBrief(id: string): Promise<boolean>;
  getSettings(): Promise<Settings>;
  saveSettings(settings: unknown): Promise<Settings>;
  exportBackup(now: number): Promise<{ json: string; counts: Record<string, number> }>;
  importBackup(text: string, options?: ImportOptions): Promise<ImportReport>;
  /** A backup file read from the store a piece at a time (backup-export-stream.ts). */
  exportStream(now: number, pieceChars?: number): BackupExportStream;
  /** A restore written a piece at a time as the file arrives (backup-import-stream.ts). */
  importStream(options?: ImportStreamOptions): BackupImportStream;
  /** Every record of every store, raw, for tests and diagnostics. */
  dump(): Promise<StoreDump>;
  /** Corrupt records met on read since opening (most recent last, capped). */
  corruptRecords(): readonly CorruptRecord[];
  /** Campaigns, their creators and delivered posts (campaign-store.ts). */
  readonly campaigns: CampaignStore;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Defaults to computeCreatorMetrics; null leaves metrics unknown (tests of storage alone). */
  computeMetrics?: ComputeMetrics | null;
  onCorrupt?: (report: CorruptRecord) => void;
  /** Brief-fit scoring behind the cached scores; defaults to lib/fit; null caches and lists none. */
  fitScoring?: FitScoring | null;
  /**
   * Changes whenever the fit engine may have changed (the background passes the
   * extension version): cached scores of another tag are recomputed.
   */
  fitTag?: string;
}

const MAX_CORRUPT_KEPT = 100;

/** Records per store remembered as valid (seen-valid.ts): twice the 10,000-creator shortlist the budgets assume. */
const SEEN_VALID_LIMIT = 20_000;

export async function openStore(
  idbFactory: IDBFactory,
  name: string = DB_NAME,
  options: StoreOptions = {},
): Promise<Store> {
  const connection = new Connection(idbFactory, name);
  // Open now so a broken database is reported at start-up, not at the first click.
  await connection.get();
  const corrupt: CorruptRecord[] = [];
  const ctx: StoreContext = {
    connection,
    computeMetrics: options.computeMetrics === undefined ? computeCreatorMetrics : options.computeMetrics,
    reportCorrupt: (report) => {
      corrupt.push(report);
      if (corrupt.length > MAX_CORRUPT_KEPT) corrupt.shift();
      options.onCorrupt?.(report);
    },
    fits:
      options.fitScoring === null
        ? null
        : { memo: new ScorerMemo(options.fitScoring ?? defaultFitScoring), tag: options.fitTag ?? '' },
    seen: {
      creators: new SeenValid(CreatorSchema, 'creators', SEEN_VALID_LIMIT),
      shortlist: new SeenValid(ShortlistEntrySchema, 'shortlist', SEEN_VALID_LIMIT),
      fits: new SeenValid(FitCacheSchema, 'fits', SEEN_VALID_LIMIT),
    },
  };
  return {
    name,
    recordReading: (reading, now) => recordReading(ctx, reading, now),
    getCreator: (key) => getCreatorBundle(ctx, key),
    history: (key, limit) => creatorHistory(ctx, key, limit),
    saveToShortlist: (key, now) => saveToShortlist(ctx, key, now),
    removeFromShortlist: (keys) => removeFromShortlist(ctx, keys),
    updateShortlist: (keys, patch, now) => updateShortlist(ctx, keys, patch, now),
    listShortlist: () => listShortlist(ctx),
    listShortlistRows: (now) => listShortlistRows(ctx, now),
    shortlistPage: (now, limit, after) => shortlistPage(ctx, now, limit, after ?? null),
    shortlistSummary: () => shortlistSummary(ctx),
    listBriefs: () => listBriefs(ctx),
    saveBrief: (brief, now) => saveBrief(ctx, brief, now),
    deleteBrief: (id) => deleteBrief(ctx, id),
    getSettings: () => getSettings(ctx),
    saveSettings: (settings) => saveSettings(ctx, settings),
    exportBackup: (now) => exportBackup(ctx, now),
    importBackup: (text, options) => importBackup(ctx, text, options),
    exportStream: (now, pieceChars) => new BackupExportStream(ctx, now, pieceChars),
    importStream: (options) => new BackupImportStream(ctx, options),
    dump: () => dumpStore(ctx),
    corruptRecords: () => corrupt,
    campaigns: campaignStore(ctx),
    close: () => connection.close(),
  };
}
