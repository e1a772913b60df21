/**
 * Validating a record read again, cheaply but exactly. Every record read from
 * IndexedDB is still validated; what changes is how, for records this worker
 * has already seen pass zod: listing 10,000 creators ran zod (jitless, as the
 * extension CSP requires) over every creator and cached score on every list,
 * ~40% of the list's time.
 *
 * A SeenValid remembers, per key, a raw record that zod accepted AND returned
 * unchanged (nothing stripped, defaulted or transformed). A record read later
 * that is the same plain data (samePlainData: same prototypes, same own keys,
 * same values by Object.is) would go through zod the same way — the schemas are
 * pure functions of the data — so it is accepted as it is. Anything else (a
 * changed record, a corrupt one, a Date where a number was) goes through zod,
 * and is reported as before when it fails.
 *
 * The remembered records are never handed out: a hit returns the record just
 * read (a fresh structured clone nobody else holds). Bounded: past `limit`
 * records per store the oldest are forgotten, so memory stays proportional to
 * what a list reads.
 */
import type { z } from 'zod';
import { type CorruptSink, readValid } from './validate';

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * True when `a` and `b` are the same plain data (what structured clone and zod
 * deal in): same prototypes (plain objects, arrays), same own keys (a key
 * holding undefined is not a missing key; a hole is not undefined), same
 * primitives by Object.is. Anything else (a Date, a Map) is never "the same".
 * Loops without allocating: it runs over every field of 10,000 records per list.
 */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return a !== 0 || 1 / (a as number) === 1 / (b as number); // 0 and -0 differ
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Number.isNaN(a) && Number.isNaN(b); // NaN is NaN (Object.is)
  }
  const proto = Object.getPrototypeOf(a);
  if (proto !== Object.getPrototypeOf(b)) return false;
  if (proto === Array.prototype) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) {
      if (i in x !== i in y || !samePlainData(x[i], y[i])) return false;
    }
    return Object.keys(x).length === Object.keys(y).length;
  }
  if (proto !== Object.prototype && proto !== null) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const key in x) {
    if (!hasOwn.call(x, key)) continue;
    if (!hasOwn.call(y, key) || !samePlainData(x[key], y[key])) return false;
    keys++;
  }
  for (const key in y) if (hasOwn.call(y, key)) keys--;
  return keys === 0;
}

export class SeenValid<T> {
  private readonly seen = new Map<string, unknown>();

  constructor(
    private readonly schema: z.ZodType<T>,
    private readonly store: string,
    private readonly limit: number,
  ) {}

  /** readValid (validate.ts) for a record of this store: null (and a report) when corrupt. */
  read(raw: unknown, key: unknown, sink: CorruptSink): T | null {
    if (raw === undefined) return null;
    const id = String(key);
    const known = this.seen.get(id);
    if (known !== undefined && samePlainData(raw, known)) return raw as T;
    const parsed = readValid(this.schema, raw, this.store, key, sink);
    if (parsed !== null && samePlainData(parsed, raw)) this.remember(id, raw);
    else this.seen.delete(id);
    return parsed;
  }

  /**
   * After a write: `written` is the validated record (forWrite's output) and
   * `input` what was validated; remembered only if zod left it unchanged.
   * `written` must not be used by anything else afterwards.
   */
  wrote(key: string, input: unknown, written: T): void {
    if (samePlainData(written, input)) this.remember(key, written);
  }

  /** readAllValid (validate.ts) for this store's records: corrupt ones are reported and left out. */
  readAll(values: unknown[], keyOf: (value: unknown, index: number) => unknown, sink: CorruptSink): T[] {
    const out: T[] = [];
    values.forEach((value, index) => {
      const record = this.read(value, keyOf(value, index), sink);
      if (record !== null) out.push(record);
    });
    return out;
  }

  get size(): number {
    return this.seen.size;
  }

  private remember(id: string, record: unknown): void {
    this.seen.delete(id); // re-inserted last: the oldest entries are forgotten first
    this.seen.set(id, record);
    if (this.seen.size > this.limit) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
  }
}
