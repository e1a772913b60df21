/**
 * Restoring a backup as its text arrives, a piece at a time, so no size of
 * file is too big to restore and the worker never holds more than a piece.
 *
 * Each piece is cut into records (backup-stream-parse.ts), each record is
 * validated by the one rule every import calls (validateBackupRecord, through
 * addBackupRecord) and merged with duplicates in the same piece, and the
 * piece's valid records are written before the piece is acknowledged
 * (writeBackup: batches by creator, a transaction each, the same merge rules
 * as a whole-file import). So when a piece is acknowledged, everything up to
 * the reader's `boundary` is in the store: a restore that breaks off (the
 * worker restarted, storage full) starts again from there with a new stream
 * (`resume`), and records written twice merge as "unchanged".
 *
 * Records pointing at a creator are orphans only if that creator is neither
 * in the file so far nor in the store: a Microlens export writes creators
 * first, so their posts, history and entries always find them.
 */
import type { ImportReport } from '@/lib/schema/views';
import {
  addBackupRecord,
  emptyCounts,
  emptyValidated,
  SECTIONS,
  type Section,
  type Validated,
} from './backup';
import { IMPORT_BATCH_RECORDS, writeBackup } from './backup-import';
import { BackupStreamReader, type ResumePoint, type StreamItem } from './backup-stream-parse';
import type { StoreContext } from './context';
import { StoreError } from './errors';

const ARRAY_SECTIONS = new Set<string>(['creators', 'snapshots', 'posts', 'briefs', 'shortlist']);

export interface ImportStreamOptions {
  resume?: ResumePoint | null;
  batchRecords?: number;
}

export class BackupImportStream {
  private readonly reader: BackupStreamReader;
  /** Creators the file held so far: records pointing at them are not orphans. */
  private readonly fileCreators = new Set<string>();
  private readonly report: ImportReport = {
    added: emptyCounts(),
    updated: emptyCounts(),
    unchanged: emptyCounts(),
    rejected: [],
  };
  private failed: string | null = null;

  constructor(
    private readonly ctx: StoreContext,
    private readonly options: ImportStreamOptions = {},
  ) {
    this.reader = new BackupStreamReader(ARRAY_SECTIONS, options.resume ?? null);
  }

  /** Where a new stream would start again if this one broke off now (everything before it is written). */
  get resumePoint(): ResumePoint | null {
    return this.reader.boundary;
  }

  /** What has been written so far. */
  get progress(): ImportReport {
    return this.report;
  }

  /** Reads, validates and writes one piece of the file. */
  async push(text: string): Promise<void> {
    if (this.failed) throw new StoreError('invalid', this.failed);
    let items: StreamItem[];
    try {
      items = this.reader.push(text);
    } catch (error) {
      this.failed = error instanceof Error ? error.message : String(error);
      throw error;
    }
    const batch = emptyValidated();
    for (const item of items) {
      if (item.kind === 'record') {
        addBackupRecord(batch, item.section as Section, item.value, `${item.section}[${item.index}]`);
      } else if (item.key === 'settings' && item.value !== null && item.value !== undefined) {
        addBackupRecord(batch, 'settings', item.value, 'settings');
      }
    }
    await this.write(batch);
  }

  /** The end of the file: says whether it was whole, and returns the report of the whole restore. */
  async finish(): Promise<ImportReport> {
    if (this.failed) throw new StoreError('invalid', this.failed);
    this.reader.finish();
    return this.report;
  }

  private async write(batch: Validated): Promise<void> {
    for (const key of batch.creators.keys()) this.fileCreators.add(key);
    const written = await writeBackup(
      this.ctx,
      batch,
      this.options.batchRecords ?? IMPORT_BATCH_RECORDS,
      (key) => this.fileCreators.has(key),
    );
    for (const s of SECTIONS) {
      for (const kind of ['added', 'updated', 'unchanged'] as const)
        this.report[kind][s] = (this.report[kind][s] ?? 0) + (written[kind][s] ?? 0);
    }
    this.report.rejected.push(...written.rejected);
    if (written.incomplete) {
      // Part of this piece is written, part not: start again from the last boundary before it.
      this.failed = `The restore stopped part-way: ${written.incomplete.reason}`;
      throw new StoreError('storage', this.failed);
    }
  }
}
