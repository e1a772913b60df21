/**
 * Turns a parse result into the shared Count shape (lib/schema/reading.ts), keeping where it was
 * read and the raw text (clamped to the schema's 200 characters) for the inspector.
 * A failed parse gives null: the figure stays unknown rather than becoming 0.
 */
import type { Count, Source } from '@/lib/schema/reading';
import { countIsConsistent } from '@/lib/sites/shared/reading-defaults';
import type { ParsedCount } from './parse-count';

const RAW_LIMIT = 200;

export function countFromParsed(parsed: ParsedCount, source: Source, raw?: string): Count | null {
  if (!parsed.ok) return null;
  const candidate: Count = {
    value: parsed.value,
    exact: parsed.exact,
    min: parsed.min,
    max: parsed.max,
    source,
    ...(raw === undefined ? {} : { raw: raw.slice(0, RAW_LIMIT) }),
  };
  // Defensive: a parse result that breaks the Count invariants must not reach storage.
  // (A plain check, not CountSchema: this runs in content scripts, which carry no zod.)
  return countIsConsistent(candidate) ? candidate : null;
}
