/**
 * Backups bigger than one runtime message (Chrome: 64 MiB) travel in chunks.
 *
 * Import: begin → {id}; chunk {id, index, text} in order; commit {id} → the
 * store parses and validates the whole text, then writes. Export: begin builds
 * the JSON and says how many chunks there are; each chunk is fetched by index.
 *
 * Bounds, because a session holds text in the worker's memory:
 * - at most MAX_SESSIONS of each kind at once (a new begin drops the oldest);
 * - an import's total is capped (BACKUP_MAX_CHUNKED_BYTES, counted as
 *   characters here; the parser counts bytes again) and each chunk too;
 * - a session untouched for SESSION_TIMEOUT_MS is dropped (a closed dashboard
 *   tab must not pin 100 MB in the worker);
 * - chunks must arrive in order, each once: a gap or a repeat is refused.
 */
import { BACKUP_MAX_CHUNKED_BYTES, splitText } from '@/lib/protocol/backup-chunks';
import { BACKUP_CHUNK_CHARS } from '@/lib/protocol/messages';
import { StoreError } from '@/lib/store/errors';
import type { Store } from '@/lib/store/store';

export const MAX_SESSIONS = 2;
export const SESSION_TIMEOUT_MS = 5 * 60 * 1000;

export interface SessionLimits {
  chunkChars: number;
  maxChars: number;
  timeoutMs: number;
  maxSessions: number;
}

const DEFAULT_LIMITS: SessionLimits = {
  chunkChars: BACKUP_CHUNK_CHARS,
  maxChars: BACKUP_MAX_CHUNKED_BYTES,
  timeoutMs: SESSION_TIMEOUT_MS,
  maxSessions: MAX_SESSIONS,
};

interface ImportSession {
  parts: string[];
  chars: number;
  touched: number;
}

interface ExportSession {
  chunks: string[];
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

  beginImport(now: number): { id: string; chunkChars: number; maxChars: number } {
    this.sweep(now);
    this.makeRoom(this.imports);
    const id = this.newId('import');
    this.imports.set(id, { parts: [], chars: 0, touched: now });
    return { id, chunkChars: this.limits.chunkChars, maxChars: this.limits.maxChars };
  }

  addChunk(id: string, index: number, text: string, now: number): { received: number } {
    this.sweep(now);
    const s = this.imports.get(id);
    if (!s) throw notFound();
    if (index !== s.parts.length) {
      throw new StoreError(
        'invalid',
        `Backup chunk ${index} arrived out of order (expected ${s.parts.length}).`,
      );
    }
    if (text.length > this.limits.chunkChars) {
      throw new StoreError(
        'invalid',
        `Backup chunk ${index} is larger than ${this.limits.chunkChars} characters.`,
      );
    }
    if (s.chars + text.length > this.limits.maxChars) {
      this.imports.delete(id);
      const mb = Math.round(this.limits.maxChars / (1024 * 1024));
      throw new StoreError(
        'invalid',
        `This backup file is larger than ${mb} MB; Microlens backups are never that big.`,
      );
    }
    s.parts.push(text);
    s.chars += text.length;
    s.touched = now;
    return { received: s.chars };
  }

  /** The whole text; the session ends here whatever the import then decides. */
  takeImport(id: string, now: number): string {
    this.sweep(now);
    const s = this.imports.get(id);
    if (!s) throw notFound();
    this.imports.delete(id);
    return s.parts.join('');
  }

  abort(id: string): boolean {
    return this.imports.delete(id) || this.exports.delete(id);
  }

  beginExport(json: string, now: number): { id: string; chunks: number; chars: number } {
    this.sweep(now);
    this.makeRoom(this.exports);
    const id = this.newId('export');
    const chunks = splitText(json, this.limits.chunkChars);
    this.exports.set(id, { chunks, touched: now });
    return { id, chunks: chunks.length, chars: json.length };
  }

  /** One chunk of an export; the session ends with its last chunk. */
  exportChunk(id: string, index: number, now: number): { text: string } {
    this.sweep(now);
    const s = this.exports.get(id);
    if (!s) throw notFound();
    const text = s.chunks[index];
    if (text === undefined) throw new StoreError('invalid', `This backup has no chunk ${index}.`);
    s.touched = now;
    if (index === s.chunks.length - 1) this.exports.delete(id);
    return { text };
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
