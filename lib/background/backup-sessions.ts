/**
 * Backups travel in pieces, whatever their size (a runtime message carries at
 * most 64 MiB in Chrome; a backup of 100,000 creators is far more).
 *
 * Export: begin opens a session over a BackupExportStream; each chunk request
 * reads the next piece of the file from the store (index 0, 1, 2… in order;
 * asking again for the last index gives the same piece, for a reply that was
 * lost). Import: begin opens a session over a BackupImportStream (or resumes
 * one that broke off); each chunk is read, validated and written before its
 * reply; commit checks that the file ended whole and gives the report.
 *
 * Bounds, because a session holds a stream in the worker's memory (one piece
 * at a time, never the file):
 * - at most MAX_SESSIONS of each kind at once (a new begin drops the oldest);
 * - each chunk is capped (BACKUP_CHUNK_CHARS); the total is not: a restore may
 *   be as big as the store can hold;
 * - a session untouched for SESSION_TIMEOUT_MS is dropped;
 * - chunks must arrive in order, each once: a gap or a repeat is refused.
 */
import { BACKUP_CHUNK_CHARS, type BackupResumePoint } from '@/lib/protocol/messages';
import type { ImportReport } from '@/lib/schema/views';
import type { BackupExportStream } from '@/lib/store/backup-export-stream';
import type { BackupImportStream } from '@/lib/store/backup-import-stream';
import { StoreError } from '@/lib/store/errors';
import type { Store } from '@/lib/store/store';

export const MAX_SESSIONS = 2;
export const SESSION_TIMEOUT_MS = 5 * 60 * 1000;

export interface SessionLimits {
  chunkChars: number;
  timeoutMs: number;
  maxSessions: number;
}

const DEFAULT_LIMITS: SessionLimits = {
  chunkChars: BACKUP_CHUNK_CHARS,
  timeoutMs: SESSION_TIMEOUT_MS,
  maxSessions: MAX_SESSIONS,
};

interface ImportSession {
  stream: BackupImportStream;
  next: number;
  chars: number;
  touched: number;
  /** A chunk is being read and written: the next must wait for its reply. */
  busy: boolean;
}

interface ExportSession {
  stream: BackupExportStream;
  /** The last piece given, by index, so a lost reply can be asked for again. */
  last: { index: number; text: string } | null;
  touched: number;
}

const notFound = () =>
  new StoreError('invalid', 'This backup transfer has expired or does not exist; please start again.');

export class BackupSessions {
  readonly limits: SessionLimits;
  private readonly imports = new Map<string, ImportSession>();
  private readonly exports = new Map<string, ExportSession>();
  private counter = 0;

  constructor(limits: Partial<SessionLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  private newId(prefix: string): string {
    return `${prefix}-${++this.counter}-${Math.random().toString(36).slice(2, 10)}`;
  }

  /** Drops sessions left untouched too long. */
  private sweep(now: number): void {
    for (const map of [this.imports, this.exports] as Map<string, { touched: number }>[]) {
      for (const [id, s] of map) if (now - s.touched > this.limits.timeoutMs) map.delete(id);
    }
  }

  /** Makes room for one more session: the least recently touched goes. */
  private makeRoom(map: Map<string, { touched: number }>): void {
    while (map.size >= this.limits.maxSessions) {
      let oldest: string | null = null;
      let at = Number.POSITIVE_INFINITY;
      for (const [id, s] of map) {
        if (s.touched < at) {
          at = s.touched;
          oldest = id;
        }
      }
      if (oldest === null) return;
      map.delete(oldest);
    }
  }

  beginImport(stream: BackupImportStream, now: number): { id: string; chunkChars: number } {
    this.sweep(now);
    this.makeRoom(this.imports);
    const id = this.newId('import');
    this.imports.set(id, { stream, next: 0, chars: 0, touched: now, busy: false });
    return { id, chunkChars: this.limits.chunkChars };
  }

  async addChunk(
    id: string,
    index: number,
    text: string,
    now: number,
  ): Promise<{ received: number; resume: BackupResumePoint | null; written: number; rejected: number }> {
    this.sweep(now);
    const s = this.imports.get(id);
    if (!s) throw notFound();
    if (index !== s.next || s.busy) {
      throw new StoreError('invalid', `Backup chunk ${index} arrived out of order (expected ${s.next}).`);
    }
    if (text.length > this.limits.chunkChars) {
      throw new StoreError(
        'invalid',
        `Backup chunk ${index} is larger than ${this.limits.chunkChars} characters.`,
      );
    }
    s.busy = true;
    s.touched = now;
    try {
      await s.stream.push(text);
    } catch (error) {
      // A broken session is over: a new one resumes from the last acknowledged point.
      this.imports.delete(id);
      throw error;
    } finally {
      s.busy = false;
    }
    s.next++;
    s.chars += text.length;
    const progress = s.stream.progress;
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    return {
      received: s.chars,
      resume: s.stream.resumePoint as BackupResumePoint | null,
      written: sum(progress.added) + sum(progress.updated) + sum(progress.unchanged),
      rejected: progress.rejected.length,
    };
  }

  /** The end of the file: the report of this session's part of it; the session ends here. */
  async commitImport(id: string, now: number): Promise<ImportReport> {
    this.sweep(now);
    const s = this.imports.get(id);
    if (!s) throw notFound();
    this.imports.delete(id);
    return s.stream.finish();
  }

  abort(id: string): boolean {
    return this.imports.delete(id) || this.exports.delete(id);
  }

  beginExport(stream: BackupExportStream, now: number): { id: string } {
    this.sweep(now);
    this.makeRoom(this.exports);
    const id = this.newId('export');
    this.exports.set(id, { stream, last: null, touched: now });
    return { id };
  }

  /** The piece `index` of an export; the session ends once its last piece was asked for. */
  async exportChunk(
    id: string,
    index: number,
    now: number,
  ): Promise<{ text: string; done: boolean; counts: Record<string, number> }> {
    this.sweep(now);
    const s = this.exports.get(id);
    if (!s) throw notFound();
    s.touched = now;
    const expected = s.last ? s.last.index + 1 : 0;
    let text: string;
    if (s.last && index === s.last.index) text = s.last.text;
    else if (index === expected) {
      text = await s.stream.next();
      s.last = { index, text };
    } else throw new StoreError('invalid', `This backup has no chunk ${index} now (expected ${expected}).`);
    const done = s.stream.done;
    if (done) this.exports.delete(id);
    return { text, done, counts: { ...s.stream.counts } };
  }

  /** Open sessions (for tests and diagnostics). */
  get open(): { imports: number; exports: number } {
    return { imports: this.imports.size, exports: this.exports.size };
  }
}

/** One set of sessions per open store (the worker has one store; tests many). */
const byStore = new WeakMap<Store, BackupSessions>();

export function sessionsOf(store: Store): BackupSessions {
  let sessions = byStore.get(store);
  if (!sessions) {
    sessions = new BackupSessions();
    byStore.set(store, sessions);
  }
  return sessions;
}

/** Replaces a store's sessions (tests use small chunks to stay fast). */
export function useSessions(store: Store, sessions: BackupSessions): void {
  byStore.set(store, sessions);
}
