/**
 * Per-field change stamps on campaign documents (lib/schema/campaign.ts): every
 * write records, for each field it changed, when and by whom. A single browser
 * writes `by: null`; team sync will pass the teammate's name. Only fields whose
 * value really changed are stamped, so a merge can tell an edit from a re-save.
 */
import type { FieldStamps } from '@/lib/schema/campaign';
import { stableJson } from './stable-json';

export function changedFields<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): string[] {
  return fields.filter((f) => stableJson(before[f]) !== stableJson(after[f]));
}

export function stamp(
  stamps: FieldStamps,
  fields: readonly string[],
  at: number,
  by: string | null = null,
): FieldStamps {
  if (fields.length === 0) return stamps;
  const next = { ...stamps };
  for (const f of fields) next[f] = { at, by };
  return next;
}
