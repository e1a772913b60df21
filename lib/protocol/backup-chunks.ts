/**
 * Cutting a big backup text into message-sized chunks (see BACKUP_CHUNK_CHARS
 * in lib/protocol/messages.ts), shared by the dashboard (import) and the worker (export).
 */

/**
 * Cuts text into pieces of at most `size` (≥ 2) characters, never between the two
 * halves of a surrogate pair (a lone half would not survive the message).
 */
export function splitText(text: string, size: number): string[] {
  if (text.length === 0) return [''];
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - start > 1 && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/**
 * Largest file accepted when it came in chunks (backup:import-begin): a backup
 * of 10,000 creators with their history is about 100 MB; three times that
 * leaves room to grow while still refusing what cannot be ours.
 */
export const BACKUP_MAX_CHUNKED_BYTES = 300 * 1024 * 1024;
