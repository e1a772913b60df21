import { describe, expect, it } from 'vitest';
import { DAY, exact, newStore, post, reading, rounded, T0 } from '@/tests/support/store/helpers';
import { StoreError } from './errors';
import type { Store } from './store';

async function filled(): Promise<Store> {
  const store = await newStore();
  for (let i = 0; i < 3; i++) {
    await store.recordReading(
      reading({
        handle: `creator${i}`,
        displayName: `Creator ${i}`,
        followers: exact(1000 + i),
        recentPosts: [
          post({
            id: `p${i}a`,
            likes: exact(50),
            comments: exact(5),
            takenAt: T0 - DAY,
            caption: 'skincare #ad',
          }),
          post({ id: `p${i}b`, likes: exact(40), comments: exact(2), takenAt: T0 - 2 * DAY }),
        ],
      }),
      T0,
    );
    await store.recordReading(
      reading({ handle: `creator${i}`, readAt: T0 + DAY, followers: rounded(1100, 1050, 1149, '1.1K') }),
      T0 + DAY,
    );
  }
  await store.recordReading(reading({ platform: 'tiktok', handle: 'tt.one', likesTotal: exact(99) }), T0);
  await store.saveToShortlist('instagram:creator0', T0);
  await store.saveToShortlist('tiktok:tt.one', T0);
  await store.updateShortlist(
    ['instagram:creator0'],
    { status: 'contacted', notes: 'DM sent', tags: ['beauty'] },
    T0 + 5,
  );
  await store.saveBrief({ id: 'b1', name: 'Skincare', keywords: ['skincare'], niches: [] }, T0);
  const settings = await store.getSettings();
  await store.saveSettings({ ...settings, currency: 'USD', csvDelimiter: ';' });
  return store;
}

function withoutExportedAt(json: string): unknown {
  const { exportedAt: _ignored, ...rest } = JSON.parse(json) as Record<string, unknown>;
  return rest;
}

describe('backup export', () => {
  it('writes versioned JSON with every section and counts', async () => {
    const store = await filled();
    const { json, counts } = await store.exportBackup(T0 + 2 * DAY);
    const data = JSON.parse(json);
    expect(data.format).toBe('microlens-backup');
    expect(data.version).toBe(1);
    expect(data.exportedAt).toBe(T0 + 2 * DAY);
    expect(counts).toEqual({ creators: 4, snapshots: 7, posts: 6, briefs: 1, shortlist: 2, settings: 1 });
    expect(data.snapshots.every((s: object) => !('id' in s))).toBe(true);
    expect(data.settings.currency).toBe('USD');
  });
});

describe('backup round trip', () => {
  it('fill, export, import into a fresh store, export again: identical but for exportedAt', async () => {
    const source = await filled();
    const first = await source.exportBackup(T0 + 2 * DAY);
    const target = await newStore();
    const report = await target.importBackup(first.json);
    expect(report.rejected).toEqual([]);
    expect(report.added).toEqual({
      creators: 4,
      snapshots: 7,
      posts: 6,
      briefs: 1,
      shortlist: 2,
      settings: 1,
    });
    expect(report.updated).toEqual({
      creators: 0,
      snapshots: 0,
      posts: 0,
      briefs: 0,
      shortlist: 0,
      settings: 0,
    });
    const second = await target.exportBackup(T0 + 9 * DAY);
    expect(withoutExportedAt(second.json)).toEqual(withoutExportedAt(first.json));
  });

  it('importing the same backup twice changes nothing the second time', async () => {
    const source = await filled();
    const { json } = await source.exportBackup(T0);
    const target = await newStore();
    await target.importBackup(json);
    const before = await target.dump();
    const report = await target.importBackup(json);
    expect(report.added).toEqual({
      creators: 0,
      snapshots: 0,
      posts: 0,
      briefs: 0,
      shortlist: 0,
      settings: 0,
    });
    expect(report.unchanged).toEqual({
      creators: 4,
      snapshots: 7,
      posts: 6,
      briefs: 1,
      shortlist: 2,
      settings: 1,
    });
    expect(await target.dump()).toEqual(before);
  });
});

describe('backup import merges, never overwrites newer data', () => {
  it('keeps newer creator fields and exact counts, newer shortlist entries', async () => {
    const old = await newStore();
    await old.recordReading(reading({ displayName: 'Old name', followers: exact(1000), bio: 'old bio' }), T0);
    await old.saveToShortlist('instagram:rina.makeup', T0);
    await old.updateShortlist(['instagram:rina.makeup'], { notes: 'old note' }, T0 + 1);
    const { json } = await old.exportBackup(T0);

    const current = await newStore();
    await current.recordReading(
      reading({ readAt: T0 + DAY, displayName: 'New name', followers: exact(1200) }),
      T0 + DAY,
    );
    await current.saveToShortlist('instagram:rina.makeup', T0 + DAY);
    await current.updateShortlist(['instagram:rina.makeup'], { notes: 'new note' }, T0 + DAY);
    const report = await current.importBackup(json);

    const bundle = (await current.getCreator('instagram:rina.makeup'))!;
    expect(bundle.creator.displayName).toBe('New name');
    expect(bundle.creator.bio).toBe('old bio'); // known only to the backup: merged in
    expect(bundle.creator.followers?.value).toBe(1200);
    expect(bundle.creator.firstSeen).toBe(T0);
    expect(bundle.entry?.notes).toBe('new note');
    expect(report.updated.creators).toBe(1);
    expect(report.unchanged.shortlist).toBe(1);
    // Snapshots dedupe by (creatorKey, at): the backup's T0 one is new here, so it is added.
    expect(report.added.snapshots).toBe(1);
    expect((await current.history('instagram:rina.makeup')).map((s) => s.at)).toEqual([T0, T0 + DAY]);
  });

  it('an older backup never replaces settings saved here', async () => {
    const source = await newStore();
    await source.saveSettings({ ...(await source.getSettings()), currency: 'EUR' });
    const { json } = await source.exportBackup(T0);
    const target = await newStore();
    await target.saveSettings({ ...(await target.getSettings()), currency: 'SGD' });
    const report = await target.importBackup(json);
    expect((await target.getSettings()).currency).toBe('SGD');
    expect(report.unchanged.settings).toBe(1);
  });
});

describe('backup import guards', () => {
  const envelope = (extra: Record<string, unknown>) =>
    JSON.stringify({ format: 'microlens-backup', version: 1, exportedAt: T0, ...extra });

  async function importError(text: string): Promise<StoreError> {
    const store = await newStore();
    const error = await store.importBackup(text).catch((e) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(await store.dump()).toEqual(await (await newStore()).dump());
    return error as StoreError;
  }

  it('refuses files over 50 MB before parsing', async () => {
    const big = `{"format":"microlens-backup","pad":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    expect((await importError(big)).message).toMatch(/50 MB/);
  });

  it('counts bytes, not characters, against the limit', async () => {
    // 13M four-byte characters: 26M UTF-16 units, 52 MB of UTF-8.
    const big = `{"format":"microlens-backup","pad":"${'😀'.repeat(13 * 1024 * 1024)}"}`;
    expect((await importError(big)).message).toMatch(/50 MB/);
  });

  it('says clearly when the file is not JSON', async () => {
    expect((await importError('{"format": "microlens-backup", ')).message).toMatch(/not valid JSON/);
  });

  it('says clearly when the JSON is not a Microlens backup or from a newer version', async () => {
    expect((await importError('{"hello": 1}')).message).toMatch(/not a Microlens backup/);
    expect((await importError(envelope({ version: 2 }))).message).toMatch(/newer Microlens/);
  });

  it('drops __proto__ and constructor keys: no pollution, records still checked', async () => {
    const source = await filled();
    const data = JSON.parse((await source.exportBackup(T0)).json);
    const text = JSON.stringify(data).replace(
      '"creators":[{',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"creators":[{"__proto__":{"isAdmin":true},',
    );
    expect(text).toContain('"__proto__"');
    const target = await newStore();
    const report = await target.importBackup(text);
    expect(report.rejected).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    const dump = await target.dump();
    expect(dump.creators.some((r) => Object.hasOwn(r.value as object, '__proto__'))).toBe(false);
    expect(dump.creators).toHaveLength(4);
  });

  it('duplicate keys in one JSON object: the last one wins (JSON.parse semantics)', async () => {
    const store = await newStore();
    await store.recordReading(reading({}), T0);
    const entry =
      '{"creatorKey":"instagram:rina.makeup","status":"saved","status":"active","notes":"","tags":[],"rate":null,"addedAt":1,"updatedAt":2}';
    const text = `{"format":"microlens-backup","version":1,"exportedAt":1,"shortlist":[${entry}]}`;
    await store.importBackup(text);
    expect((await store.getCreator('instagram:rina.makeup'))?.entry?.status).toBe('active');
  });

  it('validates every record first and reports each rejected one with where and why', async () => {
    const source = await filled();
    const data = JSON.parse((await source.exportBackup(T0)).json);
    data.creators[1].followers = { value: -5, exact: true, min: -5, max: -5, source: 'json', observedAt: 1 };
    data.posts[0].creatorKey = 'instagram:ghost';
    data.shortlist.push({
      creatorKey: 'instagram:nobody',
      status: 'saved',
      notes: '',
      tags: [],
      rate: null,
      addedAt: 1,
      updatedAt: 1,
    });
    data.briefs.push({ id: 'bad', name: 'No terms' });
    const target = await newStore();
    const report = await target.importBackup(JSON.stringify(data));
    const wheres = report.rejected.map((r) => r.where).sort();
    // creators[1] is invalid, so its two posts and two snapshots are orphans and rejected too.
    expect(wheres).toEqual([
      'briefs[1]',
      'creators[1]',
      'posts[0]',
      'posts[2]',
      'posts[3]',
      'shortlist[2]',
      'snapshots[2]',
      'snapshots[3]',
    ]);
    expect(report.rejected.find((r) => r.where === 'posts[0]')?.reason).toMatch(/instagram:ghost/);
    expect(report.rejected.find((r) => r.where === 'creators[1]')?.reason).toMatch(/followers/);
    expect(report.added.creators).toBe(3);
    const dump = await target.dump();
    const keys = new Set(dump.creators.map((r) => r.key));
    expect(dump.snapshots.every((r) => keys.has((r.value as { creatorKey: string }).creatorKey))).toBe(true);
  });
});
