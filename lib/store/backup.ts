/**
 * Backup and restore. Export writes everything as one versioned JSON document.
 * Import validates EVERY record before writing anything, merges instead of
 * overwriting (newer data always survives), writes in one transaction, and
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
import type { ImportReport } from '../messages';
import { type Brief, BriefSchema } from '../schema/brief';
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
} from '../schema/creator';
import { type Settings, SettingsSchema } from '../schema/settings';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackupText } from './backup-format';
import type { StoreContext } from './context';
import { creatorRange, SETTINGS_KEY } from './db-schema';
import { mergeCreators } from './merge-creator';
import { mergePosts } from './merge-post';
import { stableJson } from './stable-json';
import { readTx, track, writeTx } from './tx';
import { describeIssues, forWrite, rawKey, readAllValid, readValid } from './validate';

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

const SECTIONS = ['creators', 'snapshots', 'posts', 'briefs', 'shortlist', 'settings'] as const;
type Section = (typeof SECTIONS)[number];

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

function emptyCounts(): Record<Section, number> {
  return { creators: 0, snapshots: 0, posts: 0, briefs: 0, shortlist: 0, settings: 0 };
}

interface Validated {
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
function validateAll(text: string): Validated {
  const envelope = parseBackupText(text);
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

export async function importBackup(ctx: StoreContext, text: string): Promise<ImportReport> {
  const v = validateAll(text);
  const added = emptyCounts();
  const updated = emptyCounts();
  const unchanged = emptyCounts();
  for (const s of SECTIONS) unchanged[s] += v.duplicates[s];
  const rejected = [...v.rejected];
  const sink = ctx.reportCorrupt;

  return ctx.connection.use((db) =>
    writeTx(db, ['creators', 'snapshots', 'posts', 'briefs', 'shortlist', 'settings'], async (tx) => {
      const creators = tx.objectStore('creators');
      const snapshots = tx.objectStore('snapshots');
      const posts = tx.objectStore('posts');
      const briefs = tx.objectStore('briefs');
      const shortlist = tx.objectStore('shortlist');
      const settingsStore = tx.objectStore('settings');

      // Read phase: everything the decisions need, before any write.
      const incomingCreators = [...v.creators.values()];
      const incomingPosts = [...v.posts.values()];
      const incomingBriefs = [...v.briefs.values()];
      const incomingEntries = [...v.shortlist.values()];
      const snapshotOwners = [...new Set(v.snapshots.map((s) => s.snapshot.creatorKey))];
      const [knownKeys, oldCreators, oldPosts, oldBriefs, oldEntries, oldSnapshots, oldSettings] =
        await Promise.all([
          track(creators.getAllKeys()),
          Promise.all(incomingCreators.map((c) => track(creators.get(c.key)))),
          Promise.all(incomingPosts.map((p) => track(posts.get(p.post.key)))),
          Promise.all(incomingBriefs.map((b) => track(briefs.get(b.id)))),
          Promise.all(incomingEntries.map((e) => track(shortlist.get(e.entry.creatorKey)))),
          Promise.all(
            snapshotOwners.map((k) => track(snapshots.index('creatorKey_at').getAll(creatorRange(k)))),
          ),
          track(settingsStore.get(SETTINGS_KEY)),
        ]);
      const creatorKnown = new Set<string>([...knownKeys.map(String), ...v.creators.keys()]);
      const orphan = (key: string, where: string): boolean => {
        if (creatorKnown.has(key)) return false;
        rejected.push({ where, reason: `refers to creator ${key}, which is neither in the backup nor here` });
        return true;
      };

      const writes: Promise<unknown>[] = [];
      const put = <T>(promise: Promise<T>) => writes.push(track(promise));

      /** Counts one record and says whether it must be written. */
      const tally = (section: Section, old: unknown, next: unknown, nextWins: boolean): boolean => {
        if (old === null) {
          added[section]++;
          return true;
        }
        if (!nextWins || stableJson(old) === stableJson(next)) {
          unchanged[section]++;
          return false;
        }
        updated[section]++;
        return true;
      };

      incomingCreators.forEach((incoming, i) => {
        const old = readValid(CreatorSchema, oldCreators[i], 'creators', incoming.key, sink);
        const merged = mergeCreators(old, incoming);
        if (tally('creators', old, merged, true))
          put(creators.put(forWrite(CreatorSchema, merged, 'creator')));
      });

      incomingPosts.forEach(({ where, post }, i) => {
        if (orphan(post.creatorKey, where)) return;
        const old = readValid(StoredPostSchema, oldPosts[i], 'posts', post.key, sink);
        const merged = mergePosts(old, post);
        if (tally('posts', old, merged, true)) put(posts.put(forWrite(StoredPostSchema, merged, 'post')));
      });

      const seenAt = new Map<string, Set<number>>();
      snapshotOwners.forEach((key, i) => {
        const existing = readAllValid(SnapshotSchema, oldSnapshots[i] ?? [], 'snapshots', rawKey('id'), sink);
        seenAt.set(key, new Set(existing.map((s) => s.at)));
      });
      for (const { where, snapshot } of v.snapshots) {
        if (orphan(snapshot.creatorKey, where)) continue;
        const ats = seenAt.get(snapshot.creatorKey) ?? new Set<number>();
        if (ats.has(snapshot.at)) {
          unchanged.snapshots++;
          continue;
        }
        ats.add(snapshot.at);
        seenAt.set(snapshot.creatorKey, ats);
        added.snapshots++;
        put(snapshots.add(forWrite(SnapshotSchema, snapshot, 'snapshot')));
      }

      incomingBriefs.forEach((brief, i) => {
        const old = readValid(BriefSchema, oldBriefs[i], 'briefs', brief.id, sink);
        const newer = (brief.updatedAt ?? 0) > (old?.updatedAt ?? 0);
        if (tally('briefs', old, brief, newer)) put(briefs.put(brief));
      });

      incomingEntries.forEach(({ where, entry }, i) => {
        if (orphan(entry.creatorKey, where)) return;
        const old = readValid(ShortlistEntrySchema, oldEntries[i], 'shortlist', entry.creatorKey, sink);
        const newer = entry.updatedAt > (old?.updatedAt ?? Number.NEGATIVE_INFINITY);
        if (tally('shortlist', old, entry, newer)) put(shortlist.put(entry));
      });

      if (v.settings) {
        const old = readValid(SettingsSchema, oldSettings, 'settings', SETTINGS_KEY, sink);
        if (old) unchanged.settings++;
        else {
          added.settings++;
          put(settingsStore.put(v.settings, SETTINGS_KEY));
        }
      }

      await Promise.all(writes);
      return { added, updated, unchanged, rejected };
    }),
  );
}
