import { describe, expect, it } from 'vitest';
import { BULK_SHARE, readByKey, readGroupsByKey, readsWhole } from './read-by-key';

/** An object store stand-in that counts its requests. */
function fakeStore(records: Record<string, unknown>[], keyField: string, groupField = keyField) {
  const calls = { getAll: 0, get: 0, indexGetAll: 0 };
  return {
    calls,
    store: {
      getAll: async () => {
        calls.getAll++;
        return records;
      },
      get: async (key: string) => {
        calls.get++;
        return records.find((r) => r[keyField] === key);
      },
    },
    index: {
      getAll: async (key: string) => {
        calls.indexGetAll++;
        return records.filter((r) => r[groupField] === key);
      },
    },
  };
}

describe('readsWhole', () => {
  it('reads the whole store from BULK_SHARE of the creators on, never for no keys', () => {
    expect(BULK_SHARE).toBe(0.5);
    expect(readsWhole(5, 10)).toBe(true);
    expect(readsWhole(4, 10)).toBe(false);
    expect(readsWhole(0, 0)).toBe(false);
    expect(readsWhole(1, 0)).toBe(true);
  });
});

describe('readByKey / readGroupsByKey', () => {
  const creators = ['a', 'b', 'c', 'd'].map((key) => ({ key, name: key.toUpperCase() }));
  const posts = [
    { key: 'p1', creatorKey: 'a' },
    { key: 'p2', creatorKey: 'a' },
    { key: 'p3', creatorKey: 'c' },
    { key: 'p4', creatorKey: 'd' },
  ];

  it('gives the same records whole or key by key, in as few requests as each promises', async () => {
    const keys = ['a', 'b', 'zz'];
    const whole = fakeStore(creators, 'key');
    const byKey = fakeStore(creators, 'key');
    const a = await readByKey(whole.store, keys, true, 'key');
    const b = await readByKey(byKey.store, keys, false, 'key');
    expect(whole.calls).toEqual({ getAll: 1, get: 0, indexGetAll: 0 });
    expect(byKey.calls).toEqual({ getAll: 0, get: 3, indexGetAll: 0 });
    expect(a.get('a')).toEqual({ key: 'a', name: 'A' });
    expect(b.get('a')).toEqual(a.get('a'));
    expect(b.get('b')).toEqual(a.get('b'));
    expect(a.get('zz')).toBeUndefined();
    expect(b.get('zz')).toBeUndefined();
  });

  it('groups posts by creator the same way whole or through the index', async () => {
    const keys = ['a', 'b', 'c'];
    const whole = fakeStore(posts, 'key', 'creatorKey');
    const byKey = fakeStore(posts, 'key', 'creatorKey');
    const a = await readGroupsByKey(whole.store, whole.index, keys, true, 'creatorKey');
    const b = await readGroupsByKey(byKey.store, byKey.index, keys, false, 'creatorKey');
    expect(whole.calls.getAll).toBe(1);
    expect(byKey.calls.indexGetAll).toBe(3);
    expect(a.get('a')).toEqual([posts[0], posts[1]]);
    expect(b.get('a')).toEqual(a.get('a'));
    expect(a.get('c')).toEqual([posts[2]]);
    expect(b.get('c')).toEqual(a.get('c'));
    // A creator with no posts: no group read whole, an empty one by key; both read as none.
    expect(a.get('b') ?? []).toEqual([]);
    expect(b.get('b')).toEqual([]);
    expect(a.has('d')).toBe(false);
  });

  it('asks nothing for no keys', async () => {
    const s = fakeStore(creators, 'key');
    expect((await readByKey(s.store, [], true, 'key')).size).toBe(0);
    expect((await readGroupsByKey(s.store, s.index, [], true, 'creatorKey')).size).toBe(0);
    expect(s.calls).toEqual({ getAll: 0, get: 0, indexGetAll: 0 });
  });
});
