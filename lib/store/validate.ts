/**
 * zod on both sides of the disk: a record is checked before it is written, and
 * again when it is read back. A record that fails on read (written by an older
 * build, a bad restore, a bug) is reported and skipped, so one bad row can
 * never crash the popup or the dashboard.
 */
import type { z } from 'zod';
import { StoreError } from './errors';

export interface CorruptRecord {
  store: string;
  key: string;
  reason: string;
}

export type CorruptSink = (report: CorruptRecord) => void;

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`)
    .join('; ');
}

/** Validates a record about to be written; a failure aborts the whole change. */
export function forWrite<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new StoreError('invalid', `Refused to save an invalid ${what}: ${describeIssues(parsed.error)}`);
  }
  return parsed.data;
}

/** Validates a record read from disk; null (and a report) when it is corrupt. */
export function readValid<T>(
  schema: z.ZodType<T>,
  value: unknown,
  store: string,
  key: unknown,
  sink: CorruptSink,
): T | null {
  if (value === undefined) return null;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  sink({ store, key: String(key), reason: describeIssues(parsed.error) });
  return null;
}

/** Validates a list read from disk, dropping (and reporting) corrupt rows. */
export function readAllValid<T>(
  schema: z.ZodType<T>,
  values: unknown[],
  store: string,
  keyOf: (value: unknown, index: number) => unknown,
  sink: CorruptSink,
): T[] {
  const out: T[] = [];
  values.forEach((value, index) => {
    const record = readValid(schema, value, store, keyOf(value, index), sink);
    if (record !== null) out.push(record);
  });
  return out;
}

/** Best-effort key of a raw record for reports. */
export function rawKey(field: string): (value: unknown, index: number) => unknown {
  return (value, index) =>
    value && typeof value === 'object' && field in value
      ? (value as Record<string, unknown>)[field]
      : `#${index}`;
}
