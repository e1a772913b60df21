/**
 * The backup file: versioned JSON, parsed defensively.
 *
 * - Files over 50 MB sent in one message are refused before parsing; a bigger
 *   backup (10,000 creators with their history is about 100 MB) is read a
 *   piece at a time (backup-stream-parse.ts), with no limit on its size.
 * - Keys named `__proto__`, `constructor` and `prototype` are dropped while
 *   parsing, so nothing downstream can be tricked into touching a prototype.
 * - Duplicate keys in one JSON object: JSON.parse keeps the LAST one (standard
 *   behaviour); we accept that rather than re-implementing a parser.
 * - The envelope must say format "microlens-backup" and a version we know;
 *   every record is validated separately afterwards (see backup.ts).
 */
import { z } from 'zod';
import { StoreError } from './errors';

export const BACKUP_FORMAT = 'microlens-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_MAX_BYTES = 50 * 1024 * 1024;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const BackupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  exportedAt: z.number().int(),
  creators: z.array(z.unknown()).default([]),
  snapshots: z.array(z.unknown()).default([]),
  posts: z.array(z.unknown()).default([]),
  briefs: z.array(z.unknown()).default([]),
  shortlist: z.array(z.unknown()).default([]),
  settings: z.unknown().optional(),
});
export type BackupEnvelope = z.infer<typeof BackupEnvelopeSchema>;

/** UTF-8 byte length without allocating the encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function parseBackupText(text: string, maxBytes: number = BACKUP_MAX_BYTES): BackupEnvelope {
  // Every character is at least one byte; only count exactly when it could matter.
  if (text.length > maxBytes || (text.length > maxBytes / 4 && utf8Length(text) > maxBytes)) {
    const mb = Math.round(maxBytes / (1024 * 1024));
    throw new StoreError(
      'invalid',
      `This backup file is larger than ${mb} MB; Microlens backups are never that big.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new StoreError('invalid', `This file is not valid JSON (${detail}), so nothing was imported.`);
  }
  const format = data && typeof data === 'object' ? (data as Record<string, unknown>).format : undefined;
  if (format !== BACKUP_FORMAT) {
    throw new StoreError('invalid', 'This file is not a Microlens backup, so nothing was imported.');
  }
  const envelope = BackupEnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    throw new StoreError(
      'invalid',
      `This backup file is damaged (${envelope.error.issues[0]?.message ?? 'invalid'}).`,
    );
  }
  if (envelope.data.version > BACKUP_VERSION) {
    throw new StoreError(
      'invalid',
      `This backup was made by a newer Microlens (format version ${envelope.data.version}); update the extension first.`,
    );
  }
  if (envelope.data.version !== BACKUP_VERSION) {
    throw new StoreError('invalid', `Unknown backup format version ${envelope.data.version}.`);
  }
  return envelope.data;
}
