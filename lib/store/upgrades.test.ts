import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { failWriteWithQuota } from '@/tests/support/store/fault-injection';
import { DAY, freshFactory, T0 } from '@/tests/support/store/helpers';
import { openDatabase } from './connection';
import { DB_VERSION, SETTINGS_KEY } from './db-schema';
import { defaultSettings } from './default-settings';
import { StoreError } from './errors';
import { openStore } from './store';
import { CAMPAIGNS_UPGRADE_KEY } from './upgrade-campaigns';

const NAME = 'microlens-upgrade';

function indexNames(db: IDBPDatabase<unknown>, store: string): string[] {
  return [...db.transaction(store).objectStore(store).indexNames].sort();
}

function creator(handle: string, followers: number) {
  return {
    key: `instagram:${handle}`,
    platform: 'instagram',
    handle,
    displayName: handle.toUpperCase(),
    verified: false,
    private: false,
    bio: null,
    externalUrl: null,
    followers: {
      value: followers,
      exact: true,
      min: followers,
      max: followers,
      source: 'json',
      observedAt: T0,
    },
    following: null,
    posts: null,
    likesTotal: null,
    videoCount: null,
    firstSeen: T0,
    lastSeen: T0 + DAY,
    metrics: null,
  };
}

/** What a v1 build wrote: the same creator/post/snapshot shapes, shortlist entries without updatedAt. */
async function fillV1(db: IDBPDatabase<unknown>) {
  const tx = db.transaction(
    ['creators', 'snapshots', 'posts', 'briefs', 'shortlist', 'settings', 'meta'],
    'readwrite',
  );
  const creators = [creator('ana', 1200), creator('budi', 54_000), creator('citra', 980)];
  for (const c of creators) await tx.objectStore('creators').put(c);
  const snapshots = [];
  for (let i = 0; i < 12; i++) {
    const s = {
      creatorKey: creators[i % 3]!.key,
      at: T0 + i * DAY,
      followers: 1000 + i,
      followersExact: true,
      following: null,
      posts: null,
      likesTotal: null,
      engagement: null,
    };
    snapshots.push(s);
    await tx.objectStore('snapshots').add(s);
  }
  const posts = [
    { id: 'P1', takenAt: T0 - DAY },
    { id: 'P2', takenAt: null },
    { id: 'P3', takenAt: T0 - 2 * DAY },
  ].map((p, i) => ({
    id: p.id,
    url: `https://www.instagram.com/p/${p.id}/`,
    author: null,
    pinned: null,
    isVideo: false,
    views: null,
    likes: { value: 10 + i, exact: true, min: 10 + i, max: 10 + i, source: 'json' },
    comments: null,
    shares: null,
    saves: null,
    likesHidden: false,
    caption: 'skincare routine',
    hashtags: [],
    mentions: [],
    takenAt: p.takenAt,
    paidPartnership: null,
    key: `instagram:${p.id}`,
    creatorKey: creators[0]!.key,
    firstSeen: T0,
    lastSeen: T0,
  }));
  for (const p of posts) await tx.objectStore('posts').put(p);
  const brief = {
    id: 'b1',
    name: 'Skincare launch',
    niches: [],
    keywords: ['skincare'],
    excludeKeywords: [],
    platforms: [],
    tiers: [],
    languages: [],
    locationWords: [],
    contentTypes: [],
  };
  await tx.objectStore('briefs').put(brief);
  const entries = [
    {
      creatorKey: creators[0]!.key,
      status: 'saved',
      notes: 'nice',
      tags: ['beauty'],
      rate: null,
      addedAt: T0 + 1,
    },
    {
      creatorKey: creators[1]!.key,
      status: 'contacted',
      notes: '',
      tags: [],
      rate: { amount: 500_000, currency: 'IDR' },
      addedAt: T0 + 2,
    },
  ];
  for (const e of entries) await tx.objectStore('shortlist').put(e);
  const settings = defaultSettings();
  settings.currency = 'USD';
  await tx.objectStore('settings').put(settings, SETTINGS_KEY);
  await tx.objectStore('meta').put({ key: 'installedAt', value: T0 });
  await tx.done;
  return { creators, snapshots, posts, brief, entries, settings };
}

describe('schema upgrades', () => {
  it('creates the v1 shape from nothing', async () => {
    const db = await openDatabase(freshFactory(), NAME, 1);
    expect([...db.objectStoreNames].sort()).toEqual(
      ['briefs', 'creators', 'meta', 'posts', 'settings', 'shortlist', 'snapshots'].sort(),
    );
    expect(indexNames(db, 'snapshots')).toEqual(['creatorKey']);
    expect(indexNames(db, 'shortlist')).toEqual(['status']);
    db.close();
  });

  it('a fresh install reaches the current version with every index', async () => {
    const factory = freshFactory();
    const store = await openStore(factory, NAME);
    await store.close();
    const db = await openDatabase(factory, NAME, DB_VERSION);
    expect(db.version).toBe(DB_VERSION);
    expect(db.objectStoreNames.contains('fits')).toBe(true);
    expect(indexNames(db, 'creators')).toEqual(['lastSeen', 'lastSeen_key', 'platform']);
    expect(indexNames(db, 'snapshots')).toEqual(['creatorKey_at']);
    expect(indexNames(db, 'posts')).toEqual(['creatorKey', 'creatorKey_takenAt']);
    expect(indexNames(db, 'shortlist')).toEqual(['status', 'updatedAt']);
    db.close();
  });

  it('v1 → v2 keeps every record, backfills shortlist updatedAt, and the new indexes see old data', async () => {
    const factory = freshFactory();
    const v1 = await openDatabase(factory, NAME, 1);
    const data = await fillV1(v1);
    v1.close();

    const store = await openStore(factory, NAME);
    const dump = await store.dump();
    expect(dump.creators.map((r) => r.value)).toEqual(data.creators);
    expect(dump.snapshots.map((r) => r.value)).toEqual(data.snapshots.map((s, i) => ({ ...s, id: i + 1 })));
    expect(dump.posts.map((r) => r.value)).toEqual(data.posts);
    expect(dump.briefs.map((r) => r.value)).toEqual([data.brief]);
    expect(dump.shortlist.map((r) => r.value)).toEqual(
      data.entries.map((e) => ({ ...e, updatedAt: e.addedAt })),
    );
    expect(dump.settings).toEqual([{ key: SETTINGS_KEY, value: data.settings }]);
    expect(dump.meta.map((r) => r.key).sort()).toEqual([
      CAMPAIGNS_UPGRADE_KEY,
      'counts',
      'installedAt',
      'schema',
    ]);

    // Every record is readable through the current code paths and indexes.
    expect((await store.history('instagram:ana')).map((s) => s.at)).toEqual([
      T0,
      T0 + 3 * DAY,
      T0 + 6 * DAY,
      T0 + 9 * DAY,
    ]);
    const list = await store.listShortlist();
    expect(list.map((v) => v.creator.key).sort()).toEqual(['instagram:ana', 'instagram:budi']);
    expect(list.find((v) => v.creator.key === 'instagram:ana')?.posts).toHaveLength(3);
    expect((await store.shortlistSummary()).byStatus).toMatchObject({ saved: 1, contacted: 1 });
    expect((await store.getSettings()).currency).toBe('USD');
    expect(await store.listBriefs()).toHaveLength(1);
    expect(store.corruptRecords()).toEqual([]);
    await store.close();
  });

  it('v1 → v2 leaves a v1 record it cannot migrate in place (reported on read, not lost)', async () => {
    const factory = freshFactory();
    const v1 = await openDatabase(factory, NAME, 1);
    await v1.put('shortlist', { creatorKey: 'instagram:ana', status: 'saved' });
    v1.close();
    const store = await openStore(factory, NAME);
    expect((await store.dump()).shortlist.map((r) => r.value)).toEqual([
      { creatorKey: 'instagram:ana', status: 'saved' },
    ]);
    expect(await store.listShortlist()).toEqual([]);
    expect(store.corruptRecords().map((r) => r.store)).toEqual(['shortlist']);
    await store.close();
  });
});

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

describe('schema upgrade v2 → v3 (fit score cache)', () => {
  it('keeps every v2 record exactly, adds an empty fits store, and the first list fills it', async () => {
    const factory = freshFactory();
    const v1 = await openDatabase(factory, NAME, 1);
    await fillV1(v1);
    v1.close();
    const v2 = await openDatabase(factory, NAME, 2);
    const before = await rawDump(v2);
    expect(before.creators).toHaveLength(3);
    v2.close();

    const store = await openStore(factory, NAME);
    const after = await store.dump();
    for (const name of ['creators', 'snapshots', 'posts', 'briefs', 'shortlist', 'settings'] as const) {
      expect(after[name], name).toEqual(before[name]);
    }
    expect(after.meta.find((r) => r.key === 'schema')?.value).toEqual({
      key: 'schema',
      value: { version: DB_VERSION },
    });
    expect(after.meta.find((r) => r.key === 'installedAt')).toEqual(
      before.meta!.find((r) => r.key === 'installedAt'),
    );
    expect(after.fits).toEqual([]);

    // Old creators have no cached scores yet: the first list scores them (reading their posts) and caches them.
    const rows = await store.listShortlistRows(T0);
    expect(rows.map((r) => r.creator.key).sort()).toEqual(['instagram:ana', 'instagram:budi']);
    expect(rows.every((r) => r.fits.length === 1 && r.fits[0]!.briefId === 'b1')).toBe(true);
    const cached = (await store.dump()).fits.map((r) => r.key).sort();
    expect(cached).toEqual(['instagram:ana', 'instagram:budi']);
    expect(store.corruptRecords()).toEqual([]);
    await store.close();
  });
});

describe('schema upgrade v3 → v4 (record counts kept in meta)', () => {
  it('keeps every v3 record exactly and counts what is there, odd records included', async () => {
    const factory = freshFactory();
    const v1 = await openDatabase(factory, NAME, 1);
    await fillV1(v1);
    v1.close();
    const v3 = await openDatabase(factory, NAME, 3);
    // Records a v3 store may hold besides good ones: a corrupt creator (still a record), a
    // corrupt entry whose status the index still sees, one with a status this build does not know,
    // and a cached fit score.
    await v3.put('creators', { key: 'instagram:broken', platform: 'instagram', handle: 42 });
    await v3.put('shortlist', { creatorKey: 'instagram:citra', status: 'done', notes: 7 });
    await v3.put('shortlist', { creatorKey: 'instagram:broken', status: 'archived' });
    await v3.put('fits', { creatorKey: 'instagram:ana', basis: 'x', computedAt: T0, fits: [] });
    const before = await rawDump(v3);
    v3.close();

    const store = await openStore(factory, NAME);
    const after = await store.dump();
    for (const name of [
      'creators',
      'snapshots',
      'posts',
      'briefs',
      'shortlist',
      'settings',
      'fits',
    ] as const) {
      expect(after[name], name).toEqual(before[name]);
    }
    // Later steps add their own meta records (the campaigns step its report); v4's are these.
    const laterSteps = new Set(['counts', 'schema', CAMPAIGNS_UPGRADE_KEY]);
    expect(after.meta.filter((r) => !laterSteps.has(r.key as string))).toEqual(
      before.meta!.filter((r) => r.key !== 'schema'),
    );
    expect(after.meta.find((r) => r.key === 'schema')?.value).toEqual({
      key: 'schema',
      value: { version: DB_VERSION },
    });
    // What count() on the creators store and on the status index says, exactly.
    expect(after.meta.find((r) => r.key === 'counts')?.value).toEqual({
      key: 'counts',
      value: {
        creators: 4,
        byStatus: { saved: 1, contacted: 1, negotiating: 0, active: 0, done: 1, rejected: 0 },
      },
    });
    expect(await store.shortlistSummary()).toEqual({
      total: 3,
      byStatus: { saved: 1, contacted: 1, negotiating: 0, active: 0, done: 1, rejected: 0 },
      creatorsKnown: 4,
    });
    // The summary came from the record: nothing was reported or rewritten.
    expect(store.corruptRecords()).toEqual([]);
    expect((await store.dump()).meta).toEqual(after.meta);
    await store.close();
  });

  it('a fresh install starts at zero', async () => {
    const factory = freshFactory();
    const store = await openStore(factory, NAME);
    expect((await store.dump()).meta.find((r) => r.key === 'counts')?.value).toEqual({
      key: 'counts',
      value: {
        creators: 0,
        byStatus: { saved: 0, contacted: 0, negotiating: 0, active: 0, done: 0, rejected: 0 },
      },
    });
    await store.close();
  });
});

describe('a failed upgrade', () => {
  it('storage full while writing the v4 counts: the open fails and the v3 data stays as it was', async () => {
    const factory = freshFactory();
    const v1 = await openDatabase(factory, NAME, 1);
    await fillV1(v1);
    v1.close();
    const v3 = await openDatabase(factory, NAME, 3);
    const before = await Promise.all([...v3.objectStoreNames].map((n) => v3.getAll(n)));
    v3.close();
    const restore = failWriteWithQuota(1);
    const error = await openStore(factory, NAME).catch((e: unknown) => e);
    restore();
    expect(error).toBeInstanceOf(StoreError);
    const again = await openDatabase(factory, NAME, 3);
    expect(again.version).toBe(3);
    expect(await Promise.all([...again.objectStoreNames].map((n) => again.getAll(n)))).toEqual(before);
    again.close();
    // Once there is room, the upgrade runs.
    const store = await openStore(factory, NAME);
    expect((await store.shortlistSummary()).creatorsKnown).toBe(3);
    await store.close();
  });
});
