/**
 * Which shortlist columns the marketer chose to see, remembered in the
 * dashboard page's localStorage (a view preference, not shortlist data, so it
 * stays out of the worker's store and out of backups).
 */
import { z } from 'zod';

/** Columns a marketer may hide; the creator and best-fit columns always show (the tier is under followers). */
export const OPTIONAL_COLUMNS = ['followers', 'engagement', 'status', 'tags', 'rate', 'lastSeen'] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

export interface ColumnPrefs {
  hidden: OptionalColumn[];
  /** Brief ids shown as their own fit column; null = the default for the number of briefs. */
  briefColumns: string[] | null;
}

export const DEFAULT_COLUMN_PREFS: ColumnPrefs = { hidden: [], briefColumns: null };

const KEY = 'microlens:dashboard:columns';

const PrefsSchema = z.object({
  hidden: z.array(z.enum(OPTIONAL_COLUMNS)).max(OPTIONAL_COLUMNS.length),
  briefColumns: z.array(z.string().max(100)).max(200).nullable(),
});

/** Stored preferences, or the defaults when none are stored or they do not parse. */
export function loadColumnPrefs(storage: Pick<Storage, 'getItem'> | null): ColumnPrefs {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return DEFAULT_COLUMN_PREFS;
    const parsed = PrefsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_COLUMN_PREFS;
  } catch {
    // Storage blocked or a hand-edited value: the defaults are a fine view.
    return DEFAULT_COLUMN_PREFS;
  }
}

export function saveColumnPrefs(storage: Pick<Storage, 'setItem'> | null, prefs: ColumnPrefs): void {
  try {
    storage?.setItem(KEY, JSON.stringify(prefs));
  } catch {
    /* a full or blocked storage only loses the preference */
  }
}

/**
 * Briefs with their own fit column. By default: the only brief when there is
 * one (no separate best-fit column then), both when there are two, none from
 * three on (the best-fit column sums them up; the marketer can add any).
 */
export function briefColumnIds(briefIds: readonly string[], prefs: ColumnPrefs): string[] {
  if (prefs.briefColumns === null) return briefIds.length <= 2 ? [...briefIds] : [];
  const wanted = new Set(prefs.briefColumns);
  return briefIds.filter((id) => wanted.has(id));
}

/** Whether the one best-fit column is worth showing: not for a single brief, whose own column says it all. */
export function showsBestFit(briefIds: readonly string[], prefs: ColumnPrefs): boolean {
  return briefIds.length > 1 || (briefIds.length === 1 && briefColumnIds(briefIds, prefs).length === 0);
}

/** Preferences after ticking or unticking a brief column, starting from what is shown now. */
export function toggleBriefColumn(
  briefIds: readonly string[],
  prefs: ColumnPrefs,
  id: string,
  on: boolean,
): ColumnPrefs {
  const now = new Set(briefColumnIds(briefIds, prefs));
  if (on) now.add(id);
  else now.delete(id);
  return { ...prefs, briefColumns: briefIds.filter((b) => now.has(b)) };
}

export function toggleColumn(prefs: ColumnPrefs, id: OptionalColumn, on: boolean): ColumnPrefs {
  const hidden = prefs.hidden.filter((h) => h !== id);
  return { ...prefs, hidden: on ? hidden : [...hidden, id] };
}
