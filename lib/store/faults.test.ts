import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { failWriteWithQuota, forceCloseOnWrite } from '@/tests/support/store/fault-injection';
import {
  countsInDump,
  DAY,
  exact,
  freshFactory,
  metricsSpy,
  newStore,
  post,
  reading,
  T0,
} from '@/tests/support/store/helpers';
import { Connection } from './connection';
import { StoreError } from './errors';
import { openStore, type Store } from './store';
import { readTx } from './tx';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

async function filledStore(factory = freshFactory()): Promise<Store> {
  const store = await openStore(factory, 'faults', { computeMetrics: metricsSpy().compute });
  await store.recordReading(
    reading({
      followers: exact(1000),
      recentPosts: [post({ id: 'A', likes: exact(10) }), post({ id: 'B' })],
    }),
    T0,
  );
  await store.saveToShortlist('instagram:rina.makeup', T0);
  await store.saveBrief({ id: 'b1', name: 'Skincare', keywords: ['skincare'] }, T0);
  return store;
}

describe('a quota error mid-transaction', () => {
  it('rejects with code quota and leaves every store exactly as it was', async () => {
    const store = await filledStore();
    const before = await store.dump();
    restore = failWriteWithQuota(2); // the creator is written, then the first post fails
    const error = await store
      .recordReading(
        reading({
          readAt: T0 + DAY,
          followers: exact(2000),
          recentPosts: [post({ id: 'C' }), post({ id: 'D' }), post({ id: 'A', likes: exact(99) })],
        }),
        T0 + DAY,
      )
      .catch((e) => e);
    restore();
    restore = null;
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('quota');
    const after = await store.dump();
    expect(after).toEqual(before);
    expect(countsInDump(after).kept).toEqual(countsInDump(after).real);
    // And the store still works afterwards.
    await store.recordReading(reading({ readAt: T0 + DAY, followers: exact(2000) }), T0 + DAY);
    expect((await store.getCreator('instagram:rina.makeup'))!.creator.followers?.value).toBe(2000);
  });

  it('during a backup import leaves nothing partial', async () => {
    const source = await filledStore();
    const { json } = await source.exportBackup(T0);
    const target = await newStore();
    await target.recordReading(reading({ handle: 'other', followers: exact(5) }), T0);
    const before = await target.dump();
    restore = failWriteWithQuota(3);
    const error = await target.importBackup(json).catch((e) => e);
    expect((error as StoreError).code).toBe('quota');
    restore();
    restore = null;
    const after = await target.dump();
    expect(after).toEqual(before);
    expect(countsInDump(after).kept).toEqual(countsInDump(after).real);
  });

  it('during a bulk shortlist update leaves every entry as it was', async () => {
    const store = await filledStore();
    await store.recordReading(reading({ handle: 'two' }), T0);
    await store.saveToShortlist('instagram:two', T0);
    const before = await store.dump();
    restore = failWriteWithQuota(2);
    const error = await store
      .updateShortlist(['instagram:rina.makeup', 'instagram:two'], { status: 'contacted' }, T0 + 1)
      .catch((e) => e);
    expect((error as StoreError).code).toBe('quota');
    restore();
    restore = null;
    const after = await store.dump();
    expect(after).toEqual(before);
    expect(countsInDump(after).kept).toEqual({
      creators: 2,
      byStatus: { saved: 2, contacted: 0, negotiating: 0, active: 0, done: 0, rejected: 0 },
    });
  });

  // Every write that changes the record counts, with each of its writes in turn failing (the
  // counters record's own put included): either the whole change lands, counts with it, or the
  // store is exactly as before. Never data without its counts, or counts without their data.
  /** A backup with a new creator, one already in the filled store, and entries of two statuses. */
  async function backupText(): Promise<string> {
    const source = await openStore(freshFactory(), 'backup-source');
    await source.recordReading(reading({ handle: 'imp', recentPosts: [post({ id: 'I' })] }), T0);
    await source.recordReading(reading({ handle: 'two', displayName: 'Two' }), T0 + 2);
    await source.saveToShortlist('instagram:imp', T0);
    await source.saveToShortlist('instagram:two', T0);
    await source.updateShortlist(['instagram:imp'], { status: 'done' }, T0 + 3);
    const { json } = await source.exportBackup(T0);
    await source.close();
    return json;
  }

  const countingWrites: [string, (store: Store, backup: string) => Promise<unknown>][] = [
    [
      'a first reading of a creator',
      (s) => s.recordReading(reading({ handle: 'new.one', recentPosts: [post({ id: 'N' })] }), T0 + DAY),
    ],
    ['saving to the shortlist', (s) => s.saveToShortlist('instagram:two', T0 + 1)],
    ['removing from the shortlist', (s) => s.removeFromShortlist(['instagram:rina.makeup', 'instagram:two'])],
    [
      'a bulk status change',
      (s) => s.updateShortlist(['instagram:rina.makeup'], { status: 'active' }, T0 + 1),
    ],
    ['a backup import', (s, backup) => s.importBackup(backup)],
  ];
  for (const [what, write] of countingWrites) {
    it(`${what}: whichever write fails, the counts match the data`, async () => {
      for (let failOn = 1; failOn <= 6; failOn++) {
        const store = await filledStore();
        await store.recordReading(reading({ handle: 'two' }), T0);
        const backup = await backupText();
        const before = await store.dump();
        restore = failWriteWithQuota(failOn);
        const error = await write(store, backup).then(
          () => null,
          (e: unknown) => e,
        );
        restore();
        restore = null;
        const after = await store.dump();
        if (error) expect(after, `write ${failOn} failed`).toEqual(before);
        const { real, kept } = countsInDump(after);
        expect(kept, `write ${failOn}`).toEqual(real);
        await store.close();
      }
    });
  }
});

describe('a database closed under us', () => {
  it('mid-transaction: storage error, every store exactly as it was, and the next call reopens', async () => {
    const store = await filledStore();
    const before = await store.dump();
    restore = forceCloseOnWrite(2);
    const error = await store
      .recordReading(
        reading({ readAt: T0 + 5, followers: exact(3), recentPosts: [post({ id: 'Z' })] }),
        T0 + 5,
      )
      .catch((e) => e);
    restore();
    restore = null;
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('storage');
    expect(await store.dump()).toEqual(before);
    await store.recordReading(reading({ readAt: T0 + 6, followers: exact(3) }), T0 + 6);
    expect((await store.getCreator('instagram:rina.makeup'))?.creator.followers?.value).toBe(3);
  });

  it('between calls: the connection is reopened lazily', async () => {
    const factory = freshFactory();
    const connection = new Connection(factory, 'reopen');
    const first = await connection.get();
    forceCloseDatabase(unwrap(first) as never);
    const second = await connection.get();
    expect(second).not.toBe(first);
    const count = await connection.use((db) =>
      readTx(db, ['creators'], (tx) => tx.objectStore('creators').count()),
    );
    expect(count).toBe(0);
  });

  it('closed without a close event: the first failing call reopens and retries', async () => {
    const connection = new Connection(freshFactory(), 'silent-close');
    (await connection.get()).close();
    const count = await connection.use((db) =>
      readTx(db, ['briefs'], (tx) => tx.objectStore('briefs').count()),
    );
    expect(count).toBe(0);
  });

  it('another context deleting the database: we step aside, then reopen a fresh one', async () => {
    const factory = freshFactory();
    const store = await openStore(factory, 'deleted');
    await store.recordReading(reading({ followers: exact(1) }), T0);
    await new Promise<void>((resolve, reject) => {
      const request = factory.deleteDatabase('deleted');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked: the store did not close on versionchange'));
    });
    expect(await store.getCreator('instagram:rina.makeup')).toBeNull();
    await store.recordReading(reading({ followers: exact(2) }), T0);
    expect((await store.getCreator('instagram:rina.makeup'))?.creator.followers?.value).toBe(2);
  });

  it('after store.close(): calls fail with a storage error instead of hanging', async () => {
    const store = await filledStore();
    await store.close();
    const error = await store.getCreator('instagram:rina.makeup').catch((e) => e);
    expect((error as StoreError).code).toBe('storage');
  });

  it('a factory that cannot open surfaces as a storage error', async () => {
    const broken = {
      open() {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const error = await openStore(broken, 'x').catch((e) => e);
    expect((error as StoreError).code).toBe('storage');
  });
});

describe('worker restart', () => {
  it('loses nothing: a new Store on the same factory sees everything', async () => {
    const factory = freshFactory();
    const store = await filledStore(factory);
    const before = await store.dump();
    await store.close();
    const again = await openStore(factory, 'faults');
    expect(await again.dump()).toEqual(before);
    expect((await again.listShortlist()).map((v) => v.creator.key)).toEqual(['instagram:rina.makeup']);
  });
});

describe('concurrent writers', () => {
  it('two tabs recording the same creator at once lose nothing', async () => {
    const store = await newStore({ computeMetrics: metricsSpy().compute });
    await Promise.all([
      store.recordReading(
        reading({ readAt: T0, followers: exact(1000), recentPosts: [post({ id: 'A' }), post({ id: 'B' })] }),
        T0,
      ),
      store.recordReading(
        reading({
          readAt: T0 + 10,
          displayName: 'Rina',
          followers: exact(1010),
          recentPosts: [post({ id: 'C' }), post({ id: 'D' })],
        }),
        T0 + 10,
      ),
      store.recordReading(
        reading({ pageKind: 'post', readAt: T0 + 5, post: post({ id: 'E', likes: exact(4) }) }),
        T0 + 5,
      ),
    ]);
    const bundle = (await store.getCreator('instagram:rina.makeup'))!;
    expect(bundle.posts.map((p) => p.id).sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(bundle.creator.followers?.value).toBe(1010);
    expect(bundle.creator.displayName).toBe('Rina');
    expect(bundle.creator.firstSeen).toBe(T0);
    expect(bundle.creator.lastSeen).toBe(T0 + 10);
    expect(bundle.creator.metrics?.engagement.known && bundle.creator.metrics.engagement.postsUsed).toBe(5);
    expect((await store.history('instagram:rina.makeup')).map((s) => s.followers).sort()).toEqual([
      1000, 1010,
    ]);
  });

  it('writers on different creators and the shortlist at once all land', async () => {
    const store = await newStore();
    await store.recordReading(reading({ handle: 'base' }), T0);
    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) =>
        store.recordReading(
          reading({ handle: `c${i}`, followers: exact(i), recentPosts: [post({ id: `p${i}` })] }),
          T0,
        ),
      ),
      store.saveToShortlist('instagram:base', T0),
      store.saveBrief({ id: 'b', name: 'B', keywords: ['x'] }, T0),
    ]);
    const dump = await store.dump();
    expect(dump.creators).toHaveLength(11);
    expect(dump.posts).toHaveLength(10);
    expect(dump.snapshots).toHaveLength(11);
    expect(dump.shortlist).toHaveLength(1);
    expect(dump.briefs).toHaveLength(1);
  });
});
