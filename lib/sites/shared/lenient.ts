/**
 * Lenient reading of a site's own JSON (embedded in the page, or a response the
 * page loaded): each field is read on its own and becomes undefined when it is
 * missing or of the wrong type, so one changed field never loses the object.
 *
 * Plain type guards rather than zod because this runs in the content scripts,
 * whose size budget zod alone would exceed. Page data from responses is still
 * validated with zod where it crosses into the background (RequestSchema's
 * `page-data:record`) and as a whole reading before it is stored (ReadingSchema).
 */

/** Reads one field: its value, or undefined when absent or malformed. */
export type Field<T> = (value: unknown) => T | undefined;

export const num: Field<number> = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
export const str: Field<string> = (v) => (typeof v === 'string' ? v : undefined);
export const bool: Field<boolean> = (v) => (typeof v === 'boolean' ? v : undefined);
export const strOrNum: Field<string | number> = (v) => str(v) ?? num(v);
export const anyValue: Field<unknown> = (v) => v;

export function nullable<T>(field: Field<T>): Field<T | null> {
  return (v) => (v === null ? null : field(v));
}

/** An array of at most `max` items (a longer one is not what the site sends: undefined). */
export function list<T>(item: Field<T>, max: number): Field<(T | undefined)[]> {
  return (v) => (Array.isArray(v) && v.length <= max ? v.map(item) : undefined);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type Shape = Record<string, Field<unknown>>;
export type Read<S extends Shape> = { [K in keyof S]?: S[K] extends Field<infer T> ? T : never };

/** An object with the given fields, each read leniently; undefined when not an object. */
export function record<S extends Shape>(shape: S): Field<Read<S>> {
  return (v) => {
    if (!isRecord(v)) return undefined;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const value = shape[key]!(v[key]);
      if (value !== undefined) out[key] = value;
    }
    return out as Read<S>;
  };
}
