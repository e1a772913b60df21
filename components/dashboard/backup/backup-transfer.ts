/**
 * Moving a backup between the dashboard and the worker. A runtime message
 * carries at most 64 MiB (Chrome), and a backup of 10,000 creators is about
 * 100 MB: anything longer than one chunk travels in chunks, in order, with
 * progress (lib/background/backup-sessions.ts is the other side).
 */

import { splitText } from '@/lib/protocol/backup-chunks';
import type { Send } from '@/lib/protocol/client';
import { BACKUP_CHUNK_CHARS } from '@/lib/protocol/messages';
import type { ImportReport } from '@/lib/schema/views';

export type Progress = (done: number, total: number) => void;

/** Sends a backup's text for import; one message when it fits, else chunks. */
export async function sendBackupForImport(
  send: Send,
  text: string,
  onProgress: Progress = () => {},
  chunkChars: number = BACKUP_CHUNK_CHARS,
): Promise<ImportReport> {
  if (text.length <= chunkChars) {
    onProgress(0, 1);
    const report = await send({ type: 'backup:import', text });
    onProgress(1, 1);
    return report;
  }
  const session = await send({ type: 'backup:import-begin' });
  const chunks = splitText(text, Math.min(chunkChars, session.chunkChars));
  try {
    for (let i = 0; i < chunks.length; i++) {
      onProgress(i, chunks.length);
      await send({ type: 'backup:import-chunk', id: session.id, index: i, text: chunks[i]! });
    }
    onProgress(chunks.length, chunks.length);
    return await send({ type: 'backup:import-commit', id: session.id });
  } catch (error) {
    // Free the worker's memory at once rather than after its timeout (best effort).
    await send({ type: 'backup:import-abort', id: session.id }).catch(() => undefined);
    throw error;
  }
}

/** Fetches a full backup's JSON, chunk by chunk. */
export async function fetchBackupExport(send: Send, onProgress: Progress = () => {}): Promise<string> {
  const begun = await send({ type: 'backup:export-begin' });
  const parts: string[] = [];
  for (let i = 0; i < begun.chunks; i++) {
    onProgress(i, begun.chunks);
    parts.push((await send({ type: 'backup:export-chunk', id: begun.id, index: i })).text);
  }
  onProgress(begun.chunks, begun.chunks);
  return parts.join('');
}
