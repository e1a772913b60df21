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
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackupText } from './backup-format';
import type { StoreContext } from './context';
import { SETTINGS_KEY } from './db-schema';
import { mergeCreators } from './merge-creator';
import { mergePosts } from './merge-post';
import { readTx, track } from './tx';
import { describeIssues, rawKey, readAllValid, readValid } from './validate';

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

/** Everything in the store, validated (corrupt rows are reported and left out). */
export function collectBackup(ctx: StoreContext, now: number): Promise<Backup> {
  return ctx.connection.use((db) =>
    readTx(db, ['creators', 'snapshots', 'posts', 'briefs', 'shortlist', 'settings'], async (tx) => {
      const sink = ctx.reportCorrupt;
      const [creators, snapshots, posts, briefs, shortlist, settings] = await Promise.all([
        track(tx.objectStore('creators').getAll()),
        // Index order = (creatorKey, at): deterministic, and ids are left out (a restore numbers anew).
        track(tx.objectStore('snapshots').index('creatorKey_at').getAll()),
        track(tx.objectStore('posts').getAll()),
        track(tx.objectStore('briefs').getAll()),
        track(tx.objectStore('shortlist').getAll()),
        track(tx.objectStore('settings').get(SETTINGS_KEY)),
      ]);
      return {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: now,
        creators: readAllValid(CreatorSchema, creators, 'creators', rawKey('key'), sink),
        snapshots: readAllValid(SnapshotSchema, snapshots, 'snapshots', rawKey('id'), sink).map(withoutId),
        posts: readAllValid(StoredPostSchema, posts, 'posts', rawKey('key'), sink),
        briefs: readAllValid(BriefSchema, briefs, 'briefs', rawKey('id'), sink),
        shortlist: readAllValid(ShortlistEntrySchema, shortlist, 'shortlist', rawKey('creatorKey'), sink),
        settings: readValid(SettingsSchema, settings, 'settings', SETTINGS_KEY, sink),
      };
    }),
  );
}

function withoutId(snapshot: Snapshot): Omit<Snapshot, 'id'> {
  const { id: _id, ...rest } = snapshot;
  return rest;
}

export async function exportBackup(
  ctx: StoreContext,
  now: number,
): Promise<{ json: string; counts: Record<string, number> }> {
  const backup = await collectBackup(ctx, now);
  return {
    json: JSON.stringify(backup),
    counts: {
      creators: backup.creators.length,
      snapshots: backup.snapshots.length,
      posts: backup.posts.length,
      briefs: backup.briefs.length,
      shortlist: backup.shortlist.length,
      settings: backup.settings ? 1 : 0,
    },
  };
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

/** Validates every record of the file; nothing is written here. */
export function validateAll(text: string, maxBytes?: number): Validated {
  const envelope = parseBackupText(text, maxBytes);
  const out: Validated = {
    creators: new Map(),
    snapshots: [],
    posts: new Map(),
    briefs: new Map(),
    shortlist: new Map(),
    settings: null,
    rejected: [],
    duplicates: emptyCounts(),
  };
  const check = <T>(schema: z.ZodType<T>, value: unknown, where: string): T | null => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    out.rejected.push({ where, reason: describeIssues(parsed.error) });
    return null;
  };
  envelope.creators.forEach((raw, i) => {
    const creator = check(CreatorSchema, raw, `creators[${i}]`);
    if (!creator) return;
    if (creator.key !== creatorKey(creator.platform, creator.handle)) {
      out.rejected.push({ where: `creators[${i}]`, reason: 'key does not match platform and handle' });
      return;
    }
    const seen = out.creators.get(creator.key);
    if (seen) out.duplicates.creators++;
    out.creators.set(creator.key, mergeCreators(seen ?? null, creator));
  });
  envelope.snapshots.forEach((raw, i) => {
    const snapshot = check(SnapshotSchema, raw, `snapshots[${i}]`);
    if (snapshot) out.snapshots.push({ where: `snapshots[${i}]`, snapshot: withoutId(snapshot) });
  });
  envelope.posts.forEach((raw, i) => {
    const post = check(StoredPostSchema, raw, `posts[${i}]`);
    if (!post) return;
    const seen = out.posts.get(post.key);
    if (seen) out.duplicates.posts++;
    out.posts.set(post.key, { where: `posts[${i}]`, post: mergePosts(seen?.post ?? null, post) });
  });
  envelope.briefs.forEach((raw, i) => {
    const brief = check(BriefSchema, raw, `briefs[${i}]`);
    if (!brief) return;
    const seen = out.briefs.get(brief.id);
    if (seen) out.duplicates.briefs++;
    if (!seen || (brief.updatedAt ?? 0) > (seen.updatedAt ?? 0)) out.briefs.set(brief.id, brief);
  });
  envelope.shortlist.forEach((raw, i) => {
    const entry = check(ShortlistEntrySchema, raw, `shortlist[${i}]`);
    if (!entry) return;
    const seen = out.shortlist.get(entry.creatorKey);
    if (seen) out.duplicates.shortlist++;
    if (!seen || entry.updatedAt > seen.entry.updatedAt) {
      out.shortlist.set(entry.creatorKey, { where: `shortlist[${i}]`, entry });
    }
  });
  if (envelope.settings !== undefined && envelope.settings !== null) {
    out.settings = check(SettingsSchema, envelope.settings, 'settings');
  }
  return out;
}
