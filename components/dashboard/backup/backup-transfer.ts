/**
 * Moving a backup between the dashboard and the worker, a piece at a time
 * whatever its size (lib/background/backup-sessions.ts is the other side). A
 * runtime message carries at most 64 MiB (Chrome), a string at most about
 * 512 M characters (V8), and a backup of 100,000 creators is over 500 MB: the
 * file is never one string here. Export appends each piece to a Blob (the
 * browser keeps a Blob's bytes outside the page's memory); restore reads the
 * file a slice at a time. A restore that breaks off (the worker restarted)
 * starts again where the worker said everything before was written.
 */
import type { RequestOf, Send } from '@/lib/protocol/client';
import { BACKUP_CHUNK_CHARS, type BackupResumePoint } from '@/lib/protocol/messages';
import type { ImportReport } from '@/lib/schema/views';

export type Progress = (done: number, total: number) => void;

/** Times a broken-off restore is resumed before the error is shown. */
const MAX_RESUMES = 3;

/** Errors after which a new session can carry on: the worker lost the session (it restarted). */
function resumable(error: unknown): boolean {
  return /expired or does not exist/.test(error instanceof Error ? error.message : String(error));
}

/** Where a piece may end: never between the two halves of a surrogate pair (a lone half would not survive the message). */
function safeEnd(text: string, end: number): number {
  const last = text.charCodeAt(end - 1);
  return end < text.length && end > 1 && last >= 0xd800 && last <= 0xdbff ? end - 1 : end;
}

/** The text of `source` from character `from` on, in pieces of at most `size` characters. */
export async function* textPieces(source: Blob | string, from: number, size: number): AsyncGenerator<string> {
  if (typeof source === 'string') {
    for (let start = from; start < source.length; ) {
      const end = safeEnd(source, Math.min(start + size, source.length));
      yield source.slice(start, end);
      start = end;
    }
    return;
  }
  const decoder = new TextDecoder('utf-8');
  let skip = from;
  let pending = '';
  // One byte less than a piece: a half pair held back from the slice before still fits.
  const step = Math.max(1, size - 1);
  for (let at = 0; at < source.size; at += step) {
    const more = at + step < source.size;
    const bytes = await source.slice(at, at + step).arrayBuffer();
    let text = pending + decoder.decode(bytes, { stream: more });
    pending = '';
    if (skip > 0) {
      const dropped = Math.min(skip, text.length);
      text = text.slice(dropped);
      skip -= dropped;
    }
    // Decoded bytes are at most as many characters as bytes: one piece, less a held-back half pair.
    const end = more ? safeEnd(text, text.length) : text.length;
    pending = text.slice(end);
    if (end > 0) yield text.slice(0, end);
  }
  if (pending) yield pending;
}

/**
 * Sends a backup for restore: one message when it is a short text, else in
 * pieces, each read, validated and written by the worker before the next.
 * `onProgress` gets characters sent and the file's size (bytes, for a Blob).
 */
export async function sendBackupForImport(
  send: Send,
  source: Blob | string,
  onProgress: Progress = () => {},
  chunkChars: number = BACKUP_CHUNK_CHARS,
): Promise<ImportReport> {
  const total = typeof source === 'string' ? source.length : source.size;
  if (typeof source === 'string' && source.length <= chunkChars) {
    onProgress(0, total);
    const report = await send({ type: 'backup:import', text: source });
    onProgress(total, total);
    return report;
  }
  let resume: BackupResumePoint | null = null;
  for (let attempt = 0; ; attempt++) {
    const begin: RequestOf<'backup:import-begin'> = resume
      ? { type: 'backup:import-begin', resume }
      : { type: 'backup:import-begin' };
    const session: { id: string; chunkChars: number } = await send(begin);
    try {
      let index = 0;
      let sent: number = resume?.chars ?? 0;
      for await (const text of textPieces(source, sent, Math.min(chunkChars, session.chunkChars))) {
        onProgress(Math.min(sent, total), total);
        const reply: { resume: BackupResumePoint | null } = await send({
          type: 'backup:import-chunk',
          id: session.id,
          index: index++,
          text,
        });
        sent += text.length;
        resume = reply.resume;
      }
      onProgress(total, total);
      return await send({ type: 'backup:import-commit', id: session.id });
    } catch (error) {
      // Free the worker's memory at once rather than after its timeout (best effort).
      await send({ type: 'backup:import-abort', id: session.id }).catch(() => undefined);
      if (!resumable(error) || attempt >= MAX_RESUMES) throw error;
    }
  }
}

/**
 * Fetches a full backup, piece by piece, into a Blob. `onProgress` gets the
 * pieces fetched and the pieces known of so far (one more until the last).
 */
export async function fetchBackupExport(send: Send, onProgress: Progress = () => {}): Promise<Blob> {
  const { id } = await send({ type: 'backup:export-begin' });
  let blob = new Blob([], { type: 'application/json' });
  for (let index = 0; ; index++) {
    onProgress(index, index + 1);
    const piece = await send({ type: 'backup:export-chunk', id, index });
    // A Blob of a Blob and a piece: the browser joins them without copying into the page's memory.
    blob = new Blob([blob, piece.text], { type: 'application/json' });
    if (piece.done) {
      onProgress(index + 1, index + 1);
      return blob;
    }
  }
}
