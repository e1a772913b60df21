/** Reading one creator with what the views need: posts, shortlist entry, history. */
import {
  type Creator,
  CreatorSchema,
  type ShortlistEntry,
  ShortlistEntrySchema,
  type Snapshot,
  SnapshotSchema,
  type StoredPost,
  StoredPostSchema,
} from '@/lib/schema/creator';
import type { StoreContext } from './context';
import { creatorRange } from './db-schema';
import { readTx, track } from './tx';
import { rawKey, readAllValid, readValid } from './validate';

export interface CreatorBundle {
  creator: Creator;
  posts: StoredPost[];
  entry: ShortlistEntry | null;
}

export function getCreatorBundle(ctx: StoreContext, key: string): Promise<CreatorBundle | null> {
  return ctx.connection.use((db) =>
    readTx(db, ['creators', 'posts', 'shortlist'], async (tx) => {
      const sink = ctx.reportCorrupt;
      const [rawCreator, rawPosts, rawEntry] = await Promise.all([
        track(tx.objectStore('creators').get(key)),
        track(tx.objectStore('posts').index('creatorKey').getAll(key)),
        track(tx.objectStore('shortlist').get(key)),
      ]);
      const creator = readValid(CreatorSchema, rawCreator, 'creators', key, sink);
      if (!creator) return null;
      return {
        creator,
        posts: readAllValid(StoredPostSchema, rawPosts, 'posts', rawKey('key'), sink),
        entry: readValid(ShortlistEntrySchema, rawEntry, 'shortlist', key, sink),
      };
    }),
  );
}

/**
 * A creator's snapshots, oldest first. With `limit`, the most recent `limit`
 * ones. Always a bounded range on the [creatorKey, at] index: never a scan.
 */
export function creatorHistory(ctx: StoreContext, key: string, limit?: number): Promise<Snapshot[]> {
  return ctx.connection.use((db) =>
    readTx(db, ['snapshots'], async (tx) => {
      const index = tx.objectStore('snapshots').index('creatorKey_at');
      let raw: unknown[];
      if (limit === undefined) {
        raw = await index.getAll(creatorRange(key));
      } else {
        raw = [];
        let cursor = await index.openCursor(creatorRange(key), 'prev');
        while (cursor && raw.length < limit) {
          raw.push(cursor.value);
          cursor = await cursor.continue();
        }
        raw.reverse();
      }
      return readAllValid(SnapshotSchema, raw, 'snapshots', rawKey('id'), ctx.reportCorrupt);
    }),
  );
}
