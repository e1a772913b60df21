/**
 * Backups bigger than one message: the dashboard's transfer code talking to the
 * real router and store, with small chunks so a few creators already need many.
 */
import { describe, expect, it } from 'vitest';
import { BackupSessions, useSessions } from '@/lib/background/backup-sessions';
import { handleRequest } from '@/lib/background/handle-request';
import type { Send } from '@/lib/protocol/client';
import type { Reply } from '@/lib/protocol/messages';
import type { Store } from '@/lib/store/store';
import { failWriteWithQuota } from '@/tests/support/store/fault-injection';
import { DAY, exact, newStore, post, reading, T0 } from '@/tests/support/store/helpers';
import { fetchBackupExport, sendBackupForImport, textPieces } from './backup-transfer';

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
    const blob = await fetchBackupExport(sendTo(source), (done) => exportProgress.push(done));
    const json = await blob.text();
    expect(json).toBe((await source.exportBackup(T0)).json.replace(/"exportedAt":\d+/, `"exportedAt":${T0}`));
    expect(exportProgress.length).toBeGreaterThan(5); // really several chunks

    const target = await newStore();
    const sessions = await withSmallChunks(target);
    const parts: [number, number][] = [];
    const report = await sendBackupForImport(sendTo(target), json, (d, t) => parts.push([d, t]), CHUNK);
    expect(parts.length).toBeGreaterThan(Math.ceil(json.length / CHUNK));
    expect(parts.at(-1)).toEqual([json.length, json.length]);
    expect(report.rejected).toEqual([]);
    expect(report.incomplete).toBeUndefined();
    expect(report.added).toMatchObject({ creators: 8, posts: 16, snapshots: 24, shortlist: 4, briefs: 1 });
    expect(sessions.open).toEqual({ imports: 0, exports: 0 });
    expect(withoutExportedAt((await target.exportBackup(T0)).json)).toEqual(withoutExportedAt(json));
    // And the restored store lists like the original.
    const [a, b] = [await source.listShortlistRows(T0), await target.listShortlistRows(T0)];
    expect(b).toEqual(a);
  });

  it('never cuts a surrogate pair in two, from a string or a file read in byte slices, from any point', async () => {
    const text = `a${'😀é✨'.repeat(40)}z`;
    for (const size of [3, 4, 7, 64]) {
      for (const source of [text, new Blob([text])]) {
        // Resume points sit at a record's edge, never inside a pair: so do these.
        for (const from of [0, 1, 5, 29]) {
          const parts: string[] = [];
          for await (const p of textPieces(source, from, size)) parts.push(p);
          expect(parts.join(''), `size ${size} from ${from}`).toBe(text.slice(from));
          for (const p of parts) {
            expect(p).toBe(p.toWellFormed());
            expect(p.length).toBeLessThanOrEqual(size);
          }
        }
      }
    }
  });

  it('a large file of garbage gets a clear error and writes nothing', async () => {
    const target = await newStore();
    await target.recordReading(reading({ followers: exact(5) }), T0);
    await withSmallChunks(target, { chunkChars: 1 << 20 });
    const before = await target.dump();
    const garbage = `{"format":"microlens-backup",${'x'.repeat(3 * (1 << 20))}`;
    const error = await sendBackupForImport(sendTo(target), garbage, undefined, 1 << 20).catch((e) => e);
    expect(String(error)).toMatch(/damaged/);
    expect(await target.dump()).toEqual(before);
  });

  it('refuses chunks out of order or too large; a damaged piece ends the session; sessions are bounded and expire', async () => {
    const store = await newStore();
    const sessions = await withSmallChunks(store, { maxSessions: 2, timeoutMs: 1_000 });
    const send = sendTo(store);
    const { id } = await send({ type: 'backup:import-begin' });
    await expect(send({ type: 'backup:import-chunk', id, index: 1, text: 'x' })).rejects.toThrow(
      /out of order/,
    );
    await expect(
      send({ type: 'backup:import-chunk', id, index: 0, text: 'x'.repeat(CHUNK + 1) }),
    ).rejects.toThrow(/larger than/);
    const head = '{"format":"microlens-backup","version":1,"exportedAt":1,"creators":[';
    await send({ type: 'backup:import-chunk', id, index: 0, text: head });
    await expect(send({ type: 'backup:import-chunk', id, index: 1, text: 'nul,' })).rejects.toThrow(
      /damaged/,
    );
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

/** A store's records, comparable across stores: snapshots without their ids (a restore numbers them anew). */
async function records(store: Store) {
  const dump = await store.dump();
  const values = (name: keyof typeof dump) => dump[name].map((r) => r.value);
  const snapshots = values('snapshots')
    .map((s) => {
      const { id: _id, ...rest } = s as Record<string, unknown>;
      return rest;
    })
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    creators: values('creators'),
    posts: values('posts'),
    snapshots,
    shortlist: values('shortlist'),
    briefs: values('briefs'),
    settings: values('settings'),
  };
}

describe('streamed backup of a bigger store', () => {
  it('restores from a file read in slices into a store equal to the original, record by record', async () => {
    const source = await filled(40);
    await source.saveSettings({ ...(await source.getSettings()), currency: 'USD' });
    await withSmallChunks(source, { chunkChars: 3_000 });
    const blob = await fetchBackupExport(sendTo(source));
    const target = await newStore();
    const sessions = await withSmallChunks(target, { chunkChars: 3_000 });
    const chunks: number[] = [];
    const send = sendTo(target);
    const counting = (async (req: { type: string; text?: string }) => {
      if (req.type === 'backup:import-chunk') chunks.push(req.text!.length);
      return (send as (r: unknown) => Promise<unknown>)(req);
    }) as Send;
    const report = await sendBackupForImport(counting, blob, undefined, 3_000);
    expect(chunks.length).toBeGreaterThan(20);
    expect(Math.max(...chunks)).toBeLessThanOrEqual(3_000);
    expect(report.rejected).toEqual([]);
    expect(report.added).toMatchObject({ creators: 40, posts: 80, snapshots: 120, shortlist: 20, briefs: 1 });
    expect(sessions.open).toEqual({ imports: 0, exports: 0 });
    expect(await records(target)).toEqual(await records(source));
    expect(target.corruptRecords()).toEqual([]);
  });

  it('resumes a restore the worker lost half-way (restarted) from where it had written everything, once each', async () => {
    const source = await filled(30);
    const { json } = await source.exportBackup(T0);
    const target = await newStore();
    await withSmallChunks(target, { chunkChars: 2_000 });
    const send = sendTo(target);
    let chunks = 0;
    let resumedFrom: unknown = null;
    const flaky = (async (req: { type: string; resume?: unknown }) => {
      if (req.type === 'backup:import-begin' && req.resume) resumedFrom = req.resume;
      // The worker restarts after the 12th piece: every session it held is gone.
      if (req.type === 'backup:import-chunk' && ++chunks === 13)
        await withSmallChunks(target, { chunkChars: 2_000 });
      return (send as (r: unknown) => Promise<unknown>)(req);
    }) as Send;
    const report = await sendBackupForImport(flaky, new Blob([json]), undefined, 2_000);
    expect(resumedFrom).toMatchObject({ section: expect.any(String), index: expect.any(Number) });
    expect(report.rejected).toEqual([]);
    expect(await records(target)).toEqual(await records(source));
  });

  it('a piece that cannot be written (storage full) stops the restore with the reason, keeping what was written', async () => {
    const source = await filled(10);
    const { json } = await source.exportBackup(T0);
    const target = await newStore();
    await withSmallChunks(target, { chunkChars: 2_000 });
    // Creators come first in the file: this write falls among them.
    const restore = failWriteWithQuota(5);
    const error = await sendBackupForImport(sendTo(target), new Blob([json]), undefined, 2_000).catch(
      (e) => e,
    );
    restore();
    expect(String(error)).toMatch(/storage|space|quota/i);
    const written = (await target.dump()).creators.length;
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(10);
    // Restoring the same file again finishes the job: the records already in are unchanged.
    const again = await sendBackupForImport(sendTo(target), new Blob([json]), undefined, 2_000);
    expect(again.unchanged.creators).toBe(written);
    expect(await records(target)).toEqual(await records(source));
  });
});
