/**
 * Backup and restore. Export writes everything as one versioned JSON document.
 * Import validates EVERY record before writing anything, merges instead of
 * overwriting (newer data always survives), writes (backup-import.ts: one
 * transaction, or all-or-nothing batches by creator for a big store), and
 * reports what it added, updated, left unchanged and rejected (with where/why).
 *
 * Merge rules on import:
 * - creators: the same rules as recording a reading (mergeCreators): fields of
 *   the record seen last, counts by the exact/rounded rules;
 * - posts: mergePosts (fields of the one seen last);
 * - snapshots: deduplicated by (creatorKey, at);
 * - shortlist entries and briefs: the newer updatedAt wins, ties keep ours;
 * - settings: only restored when none were saved here (a backup never silently
 *   replaces settings the marketer chose on this machine).
 * Records pointing at a creator that is neither in the backup nor in the store
 * are rejected: they could never be shown.
 */
import type { z } from 'zod';
import { type Brief, BriefSchema } from '@/lib/schema/brief';
import {
  type Creator,
  CreatorSchema,
  creatorKey,
  type ShortlistEntry,
  ShortlistEntrySchema,
  type Snapshot,
  SnapshotSchema,
  type StoredPost,
  StoredPostSchema,
} from '@/lib/schema/creator';
import { type Settings, SettingsSchema } from '@/lib/schema/settings';
import type { ImportReport } from '@/lib/schema/views';
import { BackupExportStream } from './backup-export-stream';
import { type BACKUP_FORMAT, type BACKUP_VERSION, parseBackupText } from './backup-format';
import type { StoreContext } from './context';
import { mergeCreators } from './merge-creator';
import { mergePosts } from './merge-post';
import { describeIssues } from './validate';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  creators: Creator[];
  snapshots: Omit<Snapshot, 'id'>[];
  posts: StoredPost[];
  briefs: Brief[];
  shortlist: ShortlistEntry[];
  settings: Settings | null;
}

export const SECTIONS = ['creators', 'snapshots', 'posts', 'briefs', 'shortlist', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

function withoutId(snapshot: Snapshot): Omit<Snapshot, 'id'> {
  const { id: _id, ...rest } = snapshot;
  return rest;
}

/** The whole file as one string, for a store small enough to hold it (the dashboard streams it instead). */
export async function exportBackup(
  ctx: StoreContext,
  now: number,
): Promise<{ json: string; counts: Record<string, number> }> {
  const stream = new BackupExportStream(ctx, now);
  const parts: string[] = [];
  while (!stream.done) parts.push(await stream.next());
  return { json: parts.join(''), counts: stream.counts };
}

export function emptyCounts(): Record<Section, number> {
  return { creators: 0, snapshots: 0, posts: 0, briefs: 0, shortlist: 0, settings: 0 };
}

export interface Validated {
  creators: Map<string, Creator>;
  snapshots: { where: string; snapshot: Snapshot }[];
  posts: Map<string, { where: string; post: StoredPost }>;
  briefs: Map<string, Brief>;
  shortlist: Map<string, { where: string; entry: ShortlistEntry }>;
  settings: Settings | null;
  rejected: ImportReport['rejected'];
  /** Records that were duplicates inside the file itself (merged, counted as unchanged). */
  duplicates: Record<Section, number>;
}

/** What each section's records are once validated. */
export interface SectionRecord {
  creators: Creator;
  snapshots: Snapshot;
  posts: StoredPost;
  briefs: Brief;
  shortlist: ShortlistEntry;
  settings: Settings;
}

export type RecordCheck<S extends Section> =
  | { ok: true; value: SectionRecord[S] }
  | { ok: false; reason: string };

/**
 * The validation of one record of a backup, the one rule every way of reading
 * a file calls (the whole text, or a stream of pieces): its section's schema,
 * and for a creator a key that matches its platform and handle.
 */
export function validateBackupRecord<S extends Section>(section: S, raw: unknown): RecordCheck<S> {
  const schema = RECORD_SCHEMAS[section] as z.ZodType<SectionRecord[S]>;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
  const value = parsed.data;
  if (section === 'creators') {
    const creator = value as Creator;
    if (creator.key !== creatorKey(creator.platform, creator.handle))
      return { ok: false, reason: 'key does not match platform and handle' };
  }
  if (section === 'snapshots') return { ok: true, value: withoutId(value as Snapshot) as SectionRecord[S] };
  return { ok: true, value };
}

const RECORD_SCHEMAS: { [S in Section]: z.ZodType<SectionRecord[S]> } = {
  creators: CreatorSchema,
  snapshots: SnapshotSchema,
  posts: StoredPostSchema,
  briefs: BriefSchema,
  shortlist: ShortlistEntrySchema,
  settings: SettingsSchema,
};

export function emptyValidated(): Validated {
  return {
    creators: new Map(),
    snapshots: [],
    posts: new Map(),
    briefs: new Map(),
    shortlist: new Map(),
    settings: null,
    rejected: [],
    duplicates: emptyCounts(),
  };
}

/**
 * Validates one record (validateBackupRecord) and files it into `out`: a
 * rejection with where and why, or the record merged with a duplicate of it
 * met earlier in the same set (creators and posts by the merge rules, briefs
 * and shortlist entries the newer).
 */
export function addBackupRecord(out: Validated, section: Section, raw: unknown, where: string): void {
  const checked = validateBackupRecord(section, raw);
  if (!checked.ok) {
    out.rejected.push({ where, reason: checked.reason });
    return;
  }
  switch (section) {
    case 'creators': {
      const creator = checked.value as Creator;
      const seen = out.creators.get(creator.key);
      if (seen) out.duplicates.creators++;
      out.creators.set(creator.key, mergeCreators(seen ?? null, creator));
      return;
    }
    case 'snapshots':
      out.snapshots.push({ where, snapshot: checked.value as Snapshot });
      return;
    case 'posts': {
      const post = checked.value as StoredPost;
      const seen = out.posts.get(post.key);
      if (seen) out.duplicates.posts++;
      out.posts.set(post.key, { where, post: mergePosts(seen?.post ?? null, post) });
      return;
    }
    case 'briefs': {
      const brief = checked.value as Brief;
      const seen = out.briefs.get(brief.id);
      if (seen) out.duplicates.briefs++;
      if (!seen || (brief.updatedAt ?? 0) > (seen.updatedAt ?? 0)) out.briefs.set(brief.id, brief);
      return;
    }
    case 'shortlist': {
      const entry = checked.value as ShortlistEntry;
      const seen = out.shortlist.get(entry.creatorKey);
      if (seen) out.duplicates.shortlist++;
      if (!seen || entry.updatedAt > seen.entry.updatedAt)
        out.shortlist.set(entry.creatorKey, { where, entry });
      return;
    }
    case 'settings':
      out.settings = checked.value as Settings;
  }
}

/** Validates every record of the file; nothing is written here. */
export function validateAll(text: string, maxBytes?: number): Validated {
  const envelope = parseBackupText(text, maxBytes);
  const out = emptyValidated();
  for (const section of ['creators', 'snapshots', 'posts', 'briefs', 'shortlist'] as const) {
    envelope[section].forEach((raw, i) => {
      addBackupRecord(out, section, raw, `${section}[${i}]`);
    });
  }
  if (envelope.settings !== undefined && envelope.settings !== null)
    addBackupRecord(out, 'settings', envelope.settings, 'settings');
  return out;
}
