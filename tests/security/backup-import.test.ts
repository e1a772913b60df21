/**
 * Hostile backup files restored through the real message path (backup:import
 * from an extension page, as the dashboard sends it). Each one ends in a clear
 * error with the store exactly as before, or a reported partial import whose
 * stored records are all valid and consistent — never a corrupt store, never a
 * polluted prototype. Guards parseBackupText (size cap, JSON, envelope, the
 * __proto__/constructor/prototype filter) and importBackup's validate-all-first.
 */
import { describe, expect, it } from 'vitest';
import { handleRequest } from '@/lib/background/handle-request';
import type { Reply } from '@/lib/protocol/messages';
import type { ImportReport } from '@/lib/schema/views';
import { parseBackupText } from '@/lib/store/backup-format';
import { defaultSettings } from '@/lib/store/default-settings';
import type { Store } from '@/lib/store/store';
import { exact, newStore, post, reading, T0 } from '@/tests/support/store/helpers';

const PAGE = { kind: 'extension-page' } as const;

async function restore(store: Store, text: string): Promise<Reply<ImportReport>> {
  return (await handleRequest(store, { type: 'backup:import', text }, PAGE, T0 + 1)) as Reply<ImportReport>;
}

/** Something to lose: a creator with posts and history, a shortlist entry, a brief. */
async function filledStore(): Promise<Store> {
  const store = await newStore();
  await store.recordReading(
    reading({ followers: exact(5_000), recentPosts: [post({ id: 'AAA', likes: exact(200) })] }),
    T0,
  );
  await store.recordReading(reading({ followers: exact(5_100) }), T0 + 86_400_000);
  await store.saveToShortlist('instagram:rina.makeup', T0);
  await store.saveBrief({ id: 'b1', name: 'Skincare', keywords: ['serum'] } as never, T0);
  await store.saveSettings({ ...defaultSettings(), language: 'id' });
  return store;
}

const envelope = (extra: Record<string, unknown>) =>
  JSON.stringify({ format: 'microlens-backup', version: 1, exportedAt: T0, ...extra });

/** Every own key anywhere in a value (to find smuggled prototype keys). */
function allKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (value && typeof value === 'object') {
    for (const key of Object.getOwnPropertyNames(value)) {
      out.add(key);
      allKeys((value as Record<string, unknown>)[key], out);
    }
  }
  return out;
}

describe('hostile backups that must be refused whole (clear error, store unchanged)', () => {
  it.each([
    ['malformed JSON', '{"format":"microlens-backup","creators":[{'],
    ['an empty file', ''],
    ['JSON that is not an object', '[1,2,3]'],
    ['another format', '{"format":"something-else","version":1}'],
    ['a newer version', envelope({ version: 99 })],
    ['a version that is not a number', envelope({ version: '1' })],
    ['sections of the wrong type', envelope({ creators: 'all of them', posts: 5 })],
    ['a 50 MB file', envelope({ pad: 'x'.repeat(50 * 1024 * 1024) })],
  ])('%s', async (_what, text) => {
    const store = await filledStore();
    const before = await store.dump();
    const reply = await restore(store, text);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('invalid-request');
      // A sentence for the marketer, not a stack trace.
      expect(reply.error.message).toMatch(/backup|JSON|imported|version|50 MB/i);
    }
    expect(await store.dump()).toEqual(before);
  });

  it('a file over the message limit is refused before it reaches the store', async () => {
    const store = await filledStore();
    const before = await store.dump();
    const reply = await restore(store, envelope({ pad: 'x'.repeat(61 * 1024 * 1024) }));
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await store.dump()).toEqual(before);
  });
});

describe('hostile records inside a valid backup (partial import, reported, store consistent)', () => {
  it('__proto__, constructor and prototype keys at every level: no pollution, none stored', async () => {
    const source = await filledStore();
    const data = JSON.parse((await source.exportBackup(T0)).json) as Record<string, unknown>;
    const poison =
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true},';
    const text = JSON.stringify(data)
      .replace('{"format"', `{${poison}"format"`)
      .replace('"creators":[{', `"creators":[{${poison}`)
      .replace('"posts":[{', `"posts":[{${poison}`)
      .replace('"shortlist":[{', `"shortlist":[{${poison}`)
      .replace('"settings":{', `"settings":{${poison}`);
    expect(text.split('"__proto__"').length - 1).toBe(5);
    // The parser drops the keys before anything else sees them.
    const parsed = parseBackupText(text);
    for (const key of ['__proto__', 'constructor', 'prototype']) expect(allKeys(parsed).has(key)).toBe(false);

    const target = await newStore();
    const reply = await restore(target, text);
    expect(reply.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    const dump = await target.dump();
    const stored = allKeys(dump);
    for (const key of ['__proto__', 'constructor', 'prototype', 'polluted'])
      expect(stored.has(key)).toBe(false);
    expect(dump.creators).toHaveLength(1);
  });

  it('settings of the wrong type are rejected and reported; settings here stay', async () => {
    const store = await filledStore();
    const before = await store.dump();
    const reply = await restore(store, envelope({ settings: 'reset' }));
    expect(reply.ok && reply.data.rejected.map((r) => r.where)).toEqual(['settings']);
    expect(await store.dump()).toEqual(before);
  });

  it('duplicate keys: the last one wins, and the record is still validated', async () => {
    const store = await filledStore();
    const entry = (status: string) =>
      `{"creatorKey":"instagram:rina.makeup","status":"saved","status":${status},"notes":"","tags":[],"rate":null,"addedAt":1,"updatedAt":${T0 + 5}}`;
    const good = await restore(store, `${envelope({}).slice(0, -1)},"shortlist":[${entry('"active"')}]}`);
    expect(good.ok).toBe(true);
    expect((await store.getCreator('instagram:rina.makeup'))?.entry?.status).toBe('active');
    const before = await store.dump();
    const bad = await restore(store, `${envelope({}).slice(0, -1)},"shortlist":[${entry('{"$ne":1}')}]}`);
    expect(bad.ok && bad.data.rejected.map((r) => r.where)).toEqual(['shortlist[0]']);
    expect(await store.dump()).toEqual(before);
  });

  it('records referencing missing creators are rejected and reported; the rest is imported', async () => {
    const store = await filledStore();
    const text = envelope({
      posts: [{ key: 'instagram:ghost:P1', creatorKey: 'instagram:ghost', id: 'P1' }],
      snapshots: [{ creatorKey: 'instagram:ghost', at: T0, followers: null }],
      shortlist: [
        {
          creatorKey: 'instagram:ghost',
          status: 'saved',
          notes: '',
          tags: [],
          rate: null,
          addedAt: 1,
          updatedAt: 1,
        },
      ],
      briefs: [{ id: 'b2', name: 'Kopi', keywords: ['kopi'] }],
    });
    const reply = await restore(store, text);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.data.rejected.map((r) => r.where).sort()).toEqual([
      'posts[0]',
      'shortlist[0]',
      'snapshots[0]',
    ]);
    expect(reply.data.added.briefs).toBe(1);
    const dump = await store.dump();
    const keys = new Set(dump.creators.map((c) => c.key));
    for (const name of ['posts', 'snapshots', 'shortlist'] as const) {
      for (const row of dump[name])
        expect(keys.has((row.value as { creatorKey: string }).creatorKey)).toBe(true);
    }
  });

  it('huge strings and wrong types in records: those records are rejected, nothing half-written', async () => {
    const store = await filledStore();
    const before = await store.dump();
    const source = await filledStore();
    const data = JSON.parse((await source.exportBackup(T0)).json) as {
      creators: Record<string, unknown>[];
      shortlist: Record<string, unknown>[];
      briefs: Record<string, unknown>[];
    };
    data.creators[0]!.bio = 'b'.repeat(2_000_000);
    data.shortlist[0]!.notes = 'n'.repeat(5_000_000);
    data.briefs[0]!.name = { toString: 'Skincare' };
    const reply = await restore(store, JSON.stringify(data));
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    // The creator is rejected, so its posts, snapshots and entry go with it (reported, not orphaned).
    expect(reply.data.rejected.map((r) => r.where)).toEqual(
      expect.arrayContaining(['creators[0]', 'shortlist[0]', 'briefs[0]']),
    );
    expect(reply.data.rejected.find((r) => r.where === 'creators[0]')?.reason).toMatch(/bio/);
    expect(await store.dump()).toEqual(before);
  });
});
