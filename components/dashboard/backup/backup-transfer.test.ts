/**
 * Backups bigger than one message: the dashboard's transfer code talking to the
 * real router and store, with small chunks so a few creators already need many.
 */
import { describe, expect, it } from 'vitest';
import { BackupSessions, useSessions } from '@/lib/background/backup-sessions';
import { handleRequest } from '@/lib/background/handle-request';
import { splitText } from '@/lib/protocol/backup-chunks';
import type { Send } from '@/lib/protocol/client';
import type { Reply } from '@/lib/protocol/messages';
import type { Store } from '@/lib/store/store';
import { failWriteWithQuota } from '@/tests/support/store/fault-injection';
import { DAY, exact, newStore, post, reading, T0 } from '@/tests/support/store/helpers';
import { fetchBackupExport, sendBackupForImport } from './backup-transfer';

const PAGE = { kind: 'extension-page' } as const;
const CHUNK = 2_000;

function sendTo(store: Store, now = T0): Send {
  return (async (req: unknown) => {
    const reply = (await handleRequest(store, req, PAGE, now)) as Reply<unknown>;
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.data;
  }) as Send;
}

async function withSmallChunks(store: Store, limits: ConstructorParameters<typeof BackupSessions>[0] = {}) {
  const sessions = new BackupSessions({ chunkChars: CHUNK, ...limits });
  useSessions(store, sessions);
  return sessions;
}

/** Creators with posts, history, a shortlist entry, a brief; bios with emoji (surrogate pairs at chunk edges). */
async function filled(n: number): Promise<Store> {
  const store = await newStore();
  for (let i = 0; i < n; i++) {
    const handle = `creator${i}`;
    for (let day = 0; day < 3; day++) {
      await store.recordReading(
        reading({
          handle,
          url: `https://www.instagram.com/${handle}/`,
          readAt: T0 + day * DAY,
          bio: `Kopi & skincare 😀🌿 ${'✨'.repeat(i % 7)}`,
          followers: exact(1000 + i * 10 + day * 3),
          recentPosts: [
            post({
              id: `${handle}a`,
              likes: exact(50 + day),
              caption: 'serum #skincare 😀',
              takenAt: T0 - DAY,
            }),
            post({ id: `${handle}b`, likes: exact(40), comments: exact(2), takenAt: T0 - 2 * DAY }),
          ],
        }),
        T0 + day * DAY,
      );
    }
    if (i % 2 === 0) await store.saveToShortlist(`instagram:${handle}`, T0 + 3 * DAY);
  }
  await store.saveBrief({ id: 'b1', name: 'Skincare', keywords: ['serum'] }, T0);
  return store;
}

function withoutExportedAt(json: string): unknown {
  const { exportedAt: _ignored, ...rest } = JSON.parse(json) as Record<string, unknown>;
  return rest;
}

describe('chunked backup transfer', () => {
  it('exports in chunks and restores in chunks into a fresh store identically', async () => {
    const source = await filled(8);
    await withSmallChunks(source);
    const exportProgress: number[] = [];
    const json = await fetchBackupExport(sendTo(source), (done) => exportProgress.push(done));
    expect(json).toBe((await source.exportBackup(T0)).json.replace(/"exportedAt":\d+/, `"exportedAt":${T0}`));
    expect(exportProgress.length).toBeGreaterThan(5); // really several chunks

    const target = await newStore();
    const sessions = await withSmallChunks(target);
    const parts: [number, number][] = [];
    const report = await sendBackupForImport(sendTo(target), json, (d, t) => parts.push([d, t]), CHUNK);
    expect(parts.at(-1)).toEqual([Math.ceil(json.length / CHUNK), Math.ceil(json.length / CHUNK)]);
    expect(report.rejected).toEqual([]);
    expect(report.incomplete).toBeUndefined();
    expect(report.added).toMatchObject({ creators: 8, posts: 16, snapshots: 24, shortlist: 4, briefs: 1 });
    expect(sessions.open).toEqual({ imports: 0, exports: 0 });
    expect(withoutExportedAt((await target.exportBackup(T0)).json)).toEqual(withoutExportedAt(json));
    // And the restored store lists like the original.
    const [a, b] = [await source.listShortlistRows(T0), await target.listShortlistRows(T0)];
    expect(b).toEqual(a);
  });

  it('never cuts a surrogate pair in two', () => {
    const text = '😀'.repeat(50);
    for (const size of [2, 3, 7, 64]) {
      const parts = splitText(text, size);
      expect(parts.join('')).toBe(text);
      for (const p of parts) expect(p).toBe(p.toWellFormed());
    }
  });

  it('a large file of garbage gets a clear error and writes nothing', async () => {
    const target = await newStore();
    await target.recordReading(reading({ followers: exact(5) }), T0);
    await withSmallChunks(target, { chunkChars: 1 << 20 });
    const before = await target.dump();
    const garbage = `{"format":"microlens-backup",${'x'.repeat(3 * (1 << 20))}`;
    const error = await sendBackupForImport(sendTo(target), garbage, undefined, 1 << 20).catch((e) => e);
    expect(String(error)).toMatch(/not valid JSON/);
    expect(await target.dump()).toEqual(before);
  });

  it('refuses chunks out of order, too large, or beyond the total; sessions are bounded and expire', async () => {
    const store = await newStore();
    const sessions = await withSmallChunks(store, { maxChars: 5_000, maxSessions: 2, timeoutMs: 1_000 });
    const send = sendTo(store);
    const { id } = await send({ type: 'backup:import-begin' });
    await expect(send({ type: 'backup:import-chunk', id, index: 1, text: 'x' })).rejects.toThrow(
      /out of order/,
    );
    await expect(
      send({ type: 'backup:import-chunk', id, index: 0, text: 'x'.repeat(CHUNK + 1) }),
    ).rejects.toThrow(/larger than/);
    await send({ type: 'backup:import-chunk', id, index: 0, text: 'x'.repeat(CHUNK) });
    await send({ type: 'backup:import-chunk', id, index: 1, text: 'x'.repeat(CHUNK) });
    await expect(
      send({ type: 'backup:import-chunk', id, index: 2, text: 'x'.repeat(CHUNK) }),
    ).rejects.toThrow(/larger than/);
    // Over the total: the session is gone.
    await expect(send({ type: 'backup:import-commit', id })).rejects.toThrow(/expired or does not exist/);

    const first = await send({ type: 'backup:import-begin' });
    await send({ type: 'backup:import-begin' });
    await send({ type: 'backup:import-begin' });
    expect(sessions.open.imports).toBe(2); // the oldest was dropped
    await expect(send({ type: 'backup:import-chunk', id: first.id, index: 0, text: '{}' })).rejects.toThrow(
      /expired/,
    );
    // Untouched past the timeout: dropped on the next call.
    const late = sendTo(store, T0 + 5_000);
    await late({ type: 'backup:import-begin' });
    expect(sessions.open.imports).toBe(1);
    const { id: last } = await late({ type: 'backup:import-begin' });
    expect(await late({ type: 'backup:import-abort', id: last })).toEqual({ aborted: true });
  });

  it('content scripts may not use any of it', async () => {
    const store = await newStore();
    const reply = await handleRequest(
      store,
      { type: 'backup:import-begin' },
      { kind: 'content-script', url: 'https://www.instagram.com/' },
      T0,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('batched import', () => {
  it('a failing later batch leaves earlier batches whole, reports precisely what is missing; a second import finishes', async () => {
    const source = await filled(6);
    const { json } = await source.exportBackup(T0);
    const target = await newStore();
    // ~11 records per creator: batches of 25 hold two creators each.
    const restore = failWriteWithQuota(40);
    let report: Awaited<ReturnType<Store['importBackup']>>;
    try {
      report = await target.importBackup(json, { batchRecords: 25 });
    } finally {
      restore();
    }
    expect(report.incomplete?.reason).toMatch(/no storage space/);
    const dump = await target.dump();
    const written = dump.creators.map((r) => r.key as string);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(6);
    // Every written creator is whole: its posts and history came with it; nothing of the others is here.
    const postOwners = new Set(dump.posts.map((r) => (r.value as { creatorKey: string }).creatorKey));
    const snapshotOwners = new Set(dump.snapshots.map((r) => (r.value as { creatorKey: string }).creatorKey));
    expect([...postOwners].sort()).toEqual([...written].sort());
    expect([...snapshotOwners].sort()).toEqual([...written].sort());
    // Counted as added = what is in the store; counted as not written = the rest of the file.
    expect(report.added.creators).toBe(written.length);
    expect(report.added.posts).toBe(dump.posts.length);
    expect(report.incomplete?.notWritten.creators).toBe(6 - written.length);
    expect(report.incomplete?.notWritten.posts).toBe(12 - dump.posts.length);

    const again = await target.importBackup(json, { batchRecords: 25 });
    expect(again.incomplete).toBeUndefined();
    expect(again.added.creators).toBe(6 - written.length);
    expect(withoutExportedAt((await target.exportBackup(T0)).json)).toEqual(withoutExportedAt(json));
  });

  it('a failure in the first batch writes nothing and throws, as before', async () => {
    const source = await filled(3);
    const { json } = await source.exportBackup(T0);
    const target = await newStore();
    const before = await target.dump();
    const restore = failWriteWithQuota(2);
    const error = await target.importBackup(json, { batchRecords: 25 }).catch((e) => e);
    restore();
    expect(error).toMatchObject({ code: 'quota' });
    expect(await target.dump()).toEqual(before);
  });
});
