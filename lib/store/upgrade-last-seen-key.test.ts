import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { DAY, exact, freshFactory, newStore, post, reading, T0 } from '@/tests/support/store/helpers';
import { openDatabase } from './connection';
import { DB_VERSION } from './db-schema';
import { LAST_SEEN_KEY_INDEX } from './upgrade-last-seen-key';

const NAME = 'microlens-test';

/** Every record of every store, as the database holds it (no validation, no store code). */
async function rawDump(db: IDBPDatabase<unknown>) {
  const out: Record<string, { key: unknown; value: unknown }[]> = {};
  for (const name of [...db.objectStoreNames]) {
    const keys = await db.getAllKeys(name);
    const values = await db.getAll(name);
    out[name] = keys.map((key, i) => ({ key, value: values[i] }));
  }
  return out;
}

describe('schema step: the [lastSeen, key] index on creators', () => {
  it('keeps every record of the version before exactly, odd ones included, and indexes every creator with a time', async () => {
    const factory = freshFactory();
    // A store at the version before, written through the store code of that shape…
    const before = await openDatabase(factory, NAME, DB_VERSION - 1);
    before.close();
    const store = await newStore({}, factory);
    for (const [i, handle] of ['ana', 'budi', 'citra', 'dewi'].entries()) {
      await store.recordReading(
        reading({
          handle,
          url: `https://www.instagram.com/${handle}/`,
          readAt: T0 + (i % 2) * DAY,
          followers: exact(1_000 + i),
          recentPosts: [post({ id: `${handle}1`, likes: exact(10), takenAt: T0 - DAY })],
        }),
        T0 + (i % 2) * DAY,
      );
      await store.saveToShortlist(`instagram:${handle}`, T0);
    }
    await store.close();
    // …taken back to the version before (the test store opened it at the current one), with odd records.
    const current = await openDatabase(factory, NAME, DB_VERSION);
    const dumped = await rawDump(current);
    current.close();
    const odd = [
      { key: 'instagram:no_time', platform: 'instagram', handle: 'no_time', lastSeen: 'yesterday' },
      { key: 'instagram:broken', handle: 42, lastSeen: T0 },
    ];
    const oldFactory = freshFactory();
    const old = await openDatabase(oldFactory, NAME, DB_VERSION - 1);
    for (const [name, records] of Object.entries(dumped)) {
      if (name === 'meta') continue;
      const tx = old.transaction(name, 'readwrite');
      const outOfLine = tx.store.keyPath === null;
      for (const r of records)
        await (outOfLine ? tx.store.put(r.value, r.key as string) : tx.store.put(r.value));
      await tx.done;
    }
    for (const c of odd) await old.put('creators', c);
    await old.put('meta', { key: 'schema', value: { version: DB_VERSION - 1 } });
    const v4 = await rawDump(old);
    expect(old.transaction('creators').store.indexNames.contains(LAST_SEEN_KEY_INDEX)).toBe(false);
    old.close();

    const upgraded = await openDatabase(oldFactory, NAME, DB_VERSION);
    const after = await rawDump(upgraded);
    for (const name of Object.keys(v4)) {
      if (name === 'meta') continue;
      expect(after[name], name).toEqual(v4[name]);
    }
    expect(after.meta!.find((r) => r.key === 'schema')?.value).toEqual({
      key: 'schema',
      value: { version: DB_VERSION },
    });
    // The index holds every creator, in (lastSeen, key) order; a string time sorts after the numbers.
    const indexed = await upgraded.getAllKeysFromIndex('creators', LAST_SEEN_KEY_INDEX);
    expect(indexed).toEqual([
      'instagram:ana',
      'instagram:broken',
      'instagram:citra',
      'instagram:budi',
      'instagram:dewi',
      'instagram:no_time',
    ]);
    upgraded.close();

    // And the store reads the upgraded data page by page: the four valid shortlisted creators.
    const reopened = await newStore({}, oldFactory);
    const page = await reopened.shortlistPage(T0 + 2 * DAY, 10);
    expect(page.items.map((i) => i.creator.handle)).toEqual(['budi', 'dewi', 'ana', 'citra']);
    expect(page.next).toBeNull();
    await reopened.close();
  });
});
