/**
 * Writing a backup a piece at a time: the same file as ever (one JSON object,
 * backup-format.ts), produced as a sequence of text pieces of about
 * `pieceChars` each, read from the store a page of records at a time, each
 * page in its own short read transaction. Nothing holds the whole file: the
 * worker holds one page, the dashboard appends each piece to a Blob.
 *
 * Records are validated as they are read (a corrupt one is reported and left
 * out, as ever). Order: creators, snapshots (by creator and time; ids left
 * out, a restore numbers them anew), posts, briefs, shortlist, settings, each
 * store in key order. Between two pieces the store may change (a reading
 * recorded meanwhile): the file then holds the store as it was at each page,
 * which a restore merges like any other backup.
 */
import type { z } from 'zod';
import { BriefSchema } from '@/lib/schema/brief';
import {
  CreatorSchema,
  ShortlistEntrySchema,
  type Snapshot,
  SnapshotSchema,
  StoredPostSchema,
} from '@/lib/schema/creator';
import { SettingsSchema } from '@/lib/schema/settings';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-format';
import type { StoreContext } from './context';
import { SETTINGS_KEY } from './db-schema';
import { readTx, track } from './tx';
import { rawKey, readAllValid, readValid } from './validate';

/** About this many characters per piece: a few MB, well under one message (BACKUP_CHUNK_CHARS). */
export const EXPORT_PIECE_CHARS = 4 * 1024 * 1024;
/** Records read per request. */
const PAGE_RECORDS = 500;

type ArraySection = 'creators' | 'snapshots' | 'posts' | 'briefs' | 'shortlist';
const ARRAY_SECTIONS: ArraySection[] = ['creators', 'snapshots', 'posts', 'briefs', 'shortlist'];

const SCHEMAS: Record<ArraySection, z.ZodType<unknown>> = {
  creators: CreatorSchema,
  snapshots: SnapshotSchema,
  posts: StoredPostSchema,
  briefs: BriefSchema,
  shortlist: ShortlistEntrySchema,
};
const KEY_FIELD: Record<ArraySection, string> = {
  creators: 'key',
  snapshots: 'id',
  posts: 'key',
  briefs: 'id',
  shortlist: 'creatorKey',
};

function withoutId(snapshot: Snapshot): Omit<Snapshot, 'id'> {
  const { id: _id, ...rest } = snapshot;
  return rest;
}

export class BackupExportStream {
  private section = 0;
  /** Last key read in the current section (for snapshots, the [creatorKey, at] index key). */
  private after: IDBValidKey | null = null;
  private wroteInSection = 0;
  /** Records read but not yet written into a piece, and whether the section has no more. */
  private buffered: unknown[] = [];
  private exhausted = false;
  private started = false;
  private ended = false;
  readonly counts: Record<string, number> = {
    creators: 0,
    snapshots: 0,
    posts: 0,
    briefs: 0,
    shortlist: 0,
    settings: 0,
  };

  constructor(
    private readonly ctx: StoreContext,
    private readonly exportedAt: number,
    private readonly pieceChars = EXPORT_PIECE_CHARS,
  ) {}

  get done(): boolean {
    return this.ended;
  }

  /** The next piece of the file; '' once it has all been given. */
  async next(): Promise<string> {
    if (this.ended) return '';
    const parts: string[] = [];
    let size = 0;
    const add = (text: string) => {
      parts.push(text);
      size += text.length;
    };
    if (!this.started) {
      this.started = true;
      add(
        `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${this.exportedAt}`,
      );
      add(`,"${ARRAY_SECTIONS[0]}":[`);
    }
    while (size < this.pieceChars && !this.ended) {
      const name = ARRAY_SECTIONS[this.section];
      if (!name) {
        add(`,"settings":${JSON.stringify(await this.settings())}}`);
        this.ended = true;
        break;
      }
      if (this.buffered.length === 0 && !this.exhausted) {
        this.buffered = await this.page(name);
        // A page that was not full was the section's last.
        this.exhausted = this.after === null;
      }
      // Record by record, so a piece ends near its size whatever a page holds.
      while (this.buffered.length > 0 && size < this.pieceChars) {
        const r = this.buffered.shift();
        add(this.wroteInSection++ === 0 ? JSON.stringify(r) : `,${JSON.stringify(r)}`);
        this.counts[name] = (this.counts[name] ?? 0) + 1;
      }
      if (this.buffered.length === 0 && this.exhausted) {
        const following = ARRAY_SECTIONS[++this.section];
        add(following ? `],"${following}":[` : ']');
        this.after = null;
        this.exhausted = false;
        this.wroteInSection = 0;
      }
    }
    return parts.join('');
  }

  private async settings(): Promise<unknown> {
    const raw = await this.ctx.connection.use((db) =>
      readTx(db, ['settings'], (tx) => tx.objectStore('settings').get(SETTINGS_KEY)),
    );
    const settings = readValid(SettingsSchema, raw, 'settings', SETTINGS_KEY, this.ctx.reportCorrupt);
    if (settings) this.counts.settings = 1;
    return settings;
  }

  /** The next page of a section's valid records; sets `after` to the last key read (null when none were). */
  private async page(name: ArraySection): Promise<unknown[]> {
    const after = this.after;
    const { raws, last } = await this.ctx.connection.use((db) =>
      readTx(db, [name], async (tx) => {
        const store = tx.objectStore(name);
        const range = after === null ? null : IDBKeyRange.lowerBound(after, true);
        if (name === 'snapshots') {
          // By creator and time, as always; two snapshots of one creator at one time (which a
          // restore keeps once anyway) may meet at a page's edge, where the second is passed over.
          const index = tx.objectStore('snapshots').index('creatorKey_at');
          const raws = (await track(index.getAll(range, PAGE_RECORDS))) as unknown[];
          const lastRaw = raws.at(-1) as { creatorKey?: unknown; at?: unknown } | undefined;
          return { raws, last: lastRaw ? ([lastRaw.creatorKey, lastRaw.at] as IDBValidKey) : null };
        }
        const [raws, keys] = await Promise.all([
          track(store.getAll(range, PAGE_RECORDS)) as Promise<unknown[]>,
          track(store.getAllKeys(range, PAGE_RECORDS)) as Promise<IDBValidKey[]>,
        ]);
        return { raws, last: keys.at(-1) ?? null };
      }),
    );
    this.after = raws.length < PAGE_RECORDS ? null : last;
    const valid = readAllValid(SCHEMAS[name], raws, name, rawKey(KEY_FIELD[name]), this.ctx.reportCorrupt);
    if (name === 'snapshots') return (valid as Snapshot[]).map(withoutId);
    // A page whose records were all corrupt still moves on (`after`), giving nothing.
    return valid;
  }
}
