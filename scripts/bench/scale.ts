/**
 * Growth (`scale`): the figures issue "Scale to 100,000 creators" is judged by, at
 * 1,000 and 10,000 creators and at the size asked for (`npm run bench --
 * --creators 100000`), printed as one table with a column per size.
 *
 * Each size is a fresh fake-indexeddb store (Node) filled directly with
 * `seedData` creators (10 posts, 20 snapshots and a shortlist entry each, 5
 * briefs), then asked what the popup and the dashboard ask, through
 * handleRequest as the extension's pages send it. fake-indexeddb is a pure-JS
 * IndexedDB, slower than a browser's: times are upper bounds of the worker's
 * share, not a paint (the ui group measures paints, at 10,000).
 *
 * Memory: the process's JS heap + external memory, sampled every 10 ms during
 * a backup's export or restore, minus what it held before (the filled store
 * included, so this is what the transfer adds on top of the data). The file
 * itself is a Blob, whose bytes a browser keeps outside the page's and the
 * worker's memory (Chrome: in the browser process, on disk past a limit), as
 * Node keeps them outside its heap: what is counted is what the extension's
 * own processes hold.
 */
import 'fake-indexeddb/auto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { IDBFactory } from 'fake-indexeddb';
import { fetchBackupExport, sendBackupForImport } from '@/components/dashboard/backup/backup-transfer';
import { fetchShortlist } from '@/components/dashboard/shortlist/list-pages';
import { handleRequest } from '@/lib/background/handle-request';
import { exportCsv } from '@/lib/csv';
import type { Send } from '@/lib/protocol/client';
import type { Reply } from '@/lib/protocol/messages';
import type { Snapshot } from '@/lib/schema/creator';
import { ReadingSchema } from '@/lib/schema/reading';
import type { ShortlistItem } from '@/lib/schema/views';
import { openDatabase } from '@/lib/store/connection';
import { COUNTERS_KEY } from '@/lib/store/counters';
import { DB_VERSION } from '@/lib/store/db-schema';
import { openStore, type Store } from '@/lib/store/store';
import { runFitBench } from '@/scripts/bench-fit';
import { type Budget, type Figure, type FigureSpec, failedFigure, formatValue, measured } from './figures';
import type { BenchGroup } from './group';
import { SEED_NOW, type SeedData, seedData } from './seed';

/** The largest size asked for on the command line (`--creators`); null: 1,000 and 10,000 only. */
export const SCALE_SIZES: { largest: number | null } = { largest: null };

const BASE_SIZES = [1_000, 10_000];
const POSTS_EACH = 10;
const SNAPSHOTS_EACH = 20;
const DAY = 86_400_000;
/** Chrome refuses a runtime message over 64 MiB: the one hard limit a list or backup message meets. */
const CHROME_MESSAGE_CAP_MB = 64;
const PAGE = { kind: 'extension-page' } as const;
const CONTENT = { kind: 'content-script', url: 'https://www.instagram.com/' } as const;

export function scaleSizes(): number[] {
  const largest = SCALE_SIZES.largest;
  if (largest === null) return BASE_SIZES;
  return [...new Set([...BASE_SIZES.filter((n) => n < largest), largest])];
}

const short = (n: number) => (n >= 1_000 ? `${n / 1_000}k` : String(n));

/** The figures of the growth table, one row each (the size is added to the name). */
const ROWS = {
  firstRows: { label: 'dashboard first rows (40), worker', unit: 'ms', budgets: [med(300)] },
  wholeList: { label: 'whole list in, every row (worker + transfer)', unit: 'ms', budgets: [] },
  largestMessage: {
    label: 'largest single message of the list load',
    unit: 'MB',
    budgets: [{ stat: 'max', limit: CHROME_MESSAGE_CAP_MB }],
  },
  popupCreator: {
    label: 'popup on a creator (settings + creator:get), worker',
    unit: 'ms',
    budgets: [med(100)],
  },
  popupSummary: { label: 'popup elsewhere (settings + summary), worker', unit: 'ms', budgets: [med(100)] },
  record: { label: 'record a reading (12 posts)', unit: 'ms', budgets: [med(50)] },
  exportMs: { label: 'backup export, whole store', unit: 'ms', budgets: [] },
  exportMem: { label: 'backup export: peak memory added', unit: 'MB', budgets: [med(500)] },
  restoreMs: { label: 'backup restore into an empty store', unit: 'ms', budgets: [] },
  restoreMem: { label: 'backup restore: peak memory added', unit: 'MB', budgets: [med(500)] },
  csv: { label: 'CSV export (exportCsv)', unit: 'ms', budgets: [med(2_000)] },
  fitCold: { label: 'fit cold, × 20 briefs', unit: 'ms', budgets: [med(3_000)] },
  fitWarm: { label: 'fit warm, × 20 briefs', unit: 'ms', budgets: [med(300)] },
} satisfies Record<string, { label: string; unit: string; budgets: Budget[] }>;
type RowId = keyof typeof ROWS;

function med(limit: number): Budget {
  return { stat: 'median', limit };
}

function specOf(id: RowId, n: number): FigureSpec {
  const row = ROWS[id];
  return { name: `${row.label} @ ${short(n)}`, unit: row.unit, budgets: row.budgets };
}

function snapshotsOf(key: string, lastSeen: number): Omit<Snapshot, 'id'>[] {
  return Array.from({ length: SNAPSHOTS_EACH }, (_, i) => ({
    creatorKey: key as Snapshot['creatorKey'],
    at: lastSeen - (SNAPSHOTS_EACH - i) * DAY,
    followers: 1_000 + i * 10,
    followersExact: true,
    following: 300,
    posts: 50 + i,
    likesTotal: null,
    engagement: 0.03,
  }));
}

/** Writes the seed straight into the database (the store's API records one reading at a time). */
async function fill(factory: IDBFactory, name: string, data: SeedData): Promise<void> {
  const db = await openDatabase(factory, name, DB_VERSION);
  const postsOf = new Map<string, typeof data.posts>();
  for (const p of data.posts) {
    const list = postsOf.get(p.creatorKey);
    if (list) list.push(p);
    else postsOf.set(p.creatorKey, [p]);
  }
  const CHUNK = 500;
  for (let start = 0; start < data.creators.length; start += CHUNK) {
    const tx = db.transaction(['creators', 'posts', 'snapshots', 'shortlist'], 'readwrite');
    for (let i = start; i < Math.min(data.creators.length, start + CHUNK); i++) {
      const c = data.creators[i]!;
      void tx.objectStore('creators').put(c);
      for (const p of postsOf.get(c.key) ?? []) void tx.objectStore('posts').put(p);
      for (const s of snapshotsOf(c.key, c.lastSeen)) void tx.objectStore('snapshots').add(s as Snapshot);
      void tx.objectStore('shortlist').put(data.shortlist[i]!);
    }
    await tx.done;
  }
  const tx = db.transaction(['briefs', 'meta'], 'readwrite');
  for (const b of data.briefs) void tx.objectStore('briefs').put(b);
  // Written around the store: its kept counts would be wrong, so they go and the first summary recounts.
  void tx.objectStore('meta').delete(COUNTERS_KEY);
  await tx.done;
  db.close();
}

function sendTo(store: Store): Send {
  return (async (req: unknown) => {
    const reply = (await handleRequest(store, req, PAGE, SEED_NOW)) as Reply<unknown>;
    if (!reply.ok) throw new Error(`${(req as { type: string }).type}: ${reply.error.message}`);
    return reply.data;
  }) as Send;
}

async function samples(runs: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

const heapNow = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

const FULL_COLLECTION_MS = 5_000;

/** A full collection, to tell memory still held from garbage not yet collected. */
const collect: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/**
 * Runs fn while sampling memory; returns its result, the peak added over the
 * level before (garbage included, as a browser's task manager shows it), and
 * the peak still held at full collections every few seconds (what the work keeps;
 * rarely, since each costs the timed work a pause).
 */
async function peakDuring<T>(fn: () => Promise<T>): Promise<{ result: T; peakMb: number; heldMb: number }> {
  collect();
  const base = heapNow();
  let peak = base;
  let held = base;
  const sample = setInterval(() => {
    peak = Math.max(peak, heapNow());
  }, 10);
  const full = setInterval(() => {
    peak = Math.max(peak, heapNow());
    collect();
    held = Math.max(held, heapNow());
  }, FULL_COLLECTION_MS);
  try {
    const result = await fn();
    peak = Math.max(peak, heapNow());
    const mb = (n: number) => (n - base) / (1024 * 1024);
    return { result, peakMb: mb(peak), heldMb: mb(held) };
  } finally {
    clearInterval(sample);
    clearInterval(full);
  }
}

/** Every row, read as the dashboard reads them (fetchShortlist); the largest reply's size in MB. */
async function loadWholeList(send: Send): Promise<{ rows: ShortlistItem[]; largestMb: number }> {
  let largest = 0;
  const measuring = (async (req: unknown) => {
    const reply = await (send as (r: unknown) => Promise<unknown>)(req);
    largest = Math.max(largest, JSON.stringify(reply).length);
    return reply;
  }) as Send;
  const rows = await fetchShortlist(measuring);
  return { rows, largestMb: largest / (1024 * 1024) };
}

async function measureSize(n: number, out: Figure[], log: (m: string) => void): Promise<void> {
  const started = performance.now();
  const data = seedData(n, 5, POSTS_EACH);
  const factory = new IDBFactory();
  await fill(factory, `scale-${n}`, data);
  log(
    `${short(n)}: filled ${n.toLocaleString('en')} creators, ${data.posts.length.toLocaleString('en')} posts, ` +
      `${(n * SNAPSHOTS_EACH).toLocaleString('en')} snapshots in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const store = await openStore(factory, `scale-${n}`);
  const send = sendTo(store);
  const runs = n >= 50_000 ? 3 : 5;
  const push: Push = (id, values, note) => {
    out.push(measured('scale', specOf(id, n), values, note));
  };

  // The first list also scores every creator against the briefs and caches it (as after a brief
  // change); the dashboard's first rows come before it, so they are timed first, on a cold cache.
  push('firstRows', await samples(runs, () => send({ type: 'shortlist:page', limit: 40 })));
  const listStart = performance.now();
  const whole = await loadWholeList(send);
  const listMs = performance.now() - listStart;
  push(
    'wholeList',
    [listMs],
    `${whole.rows.length.toLocaleString('en')} rows; first load after the fill scores every creator`,
  );
  push(
    'largestMessage',
    [whole.largestMb],
    whole.largestMb > CHROME_MESSAGE_CAP_MB
      ? 'Chrome would refuse it: the dashboard could not load'
      : undefined,
  );

  const creatorKey = data.creators[Math.floor(n / 2)]!.key;
  push(
    'popupCreator',
    await samples(runs, () =>
      Promise.all([send({ type: 'settings:get' }), send({ type: 'creator:get', key: creatorKey })]),
    ),
  );
  push(
    'popupSummary',
    await samples(runs, () =>
      Promise.all([send({ type: 'settings:get' }), send({ type: 'shortlist:summary' })]),
    ),
    'the first run recounts (the fill bypassed the kept counts)',
  );
  push(
    'record',
    await samples(runs, async (i) => {
      const c = data.creators[(i * 7919) % n]!;
      const reading = ReadingSchema.parse({
        platform: c.platform,
        pageKind: 'profile',
        url:
          c.platform === 'instagram'
            ? `https://www.instagram.com/${c.handle}/`
            : `https://www.tiktok.com/@${c.handle}`,
        readAt: SEED_NOW + i,
        handle: c.handle,
        followers: { value: 5_000 + i, exact: true, min: 5_000 + i, max: 5_000 + i, source: 'json' },
      });
      const reply = (await handleRequest(
        store,
        { type: 'reading:record', reading },
        CONTENT,
        SEED_NOW + i,
      )) as Reply<unknown>;
      if (!reply.ok) throw new Error(`reading:record: ${reply.error.message}`);
    }),
  );

  // Each part on its own: a backup that breaks at this size leaves CSV and fit measured.
  const part = async (ids: RowId[], fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (error) {
      const why = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      log(`${short(n)}: ${ids.join(', ')} failed: ${why}`);
      for (const id of ids)
        if (!out.some((f) => f.name === specOf(id, n).name))
          out.push(failedFigure('scale', specOf(id, n), why));
    }
  };
  await part(['exportMs', 'exportMem', 'restoreMs', 'restoreMem'], () => backupFigures(n, store, push));
  await store.close();
  await part(['csv'], async () =>
    push(
      'csv',
      await samples(3, async (i) =>
        exportCsv(whole.rows, data.briefs, { delimiter: i % 2 ? ';' : ',', lang: i % 2 ? 'id' : 'en' }),
      ),
      `${data.briefs.length} briefs' fit columns`,
    ),
  );
  await part(['fitCold', 'fitWarm'], async () => {
    const [cold, warm] = runFitBench({ creators: n, runs: n >= 50_000 ? 3 : 5 });
    if (cold)
      push('fitCold', [cold.medianMs, cold.minMs, cold.maxMs], 'median, min and max of the fit bench');
    if (warm)
      push('fitWarm', [warm.medianMs, warm.minMs, warm.maxMs], 'median, min and max of the fit bench');
  });
  log(`${short(n)}: measured in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

type Push = (id: RowId, values: number[], note?: string) => void;

/** Export through the chunked messages the dashboard sends, then restore into an empty store. */
async function backupFigures(n: number, store: Store, push: Push): Promise<void> {
  const send = sendTo(store);
  let exportMs = 0;
  const exported = await peakDuring(async () => {
    const t = performance.now();
    const file = await fetchBackupExport(send);
    exportMs = performance.now() - t;
    return file;
  });
  push('exportMs', [exportMs], `${(exported.result.size / (1024 * 1024)).toFixed(0)} MB file`);
  push('exportMem', [exported.peakMb], `${exported.heldMb.toFixed(0)} MB still held at full collections`);
  const target = await openStore(new IDBFactory(), `scale-restore-${n}`);
  let restoreMs = 0;
  const restored = await peakDuring(async () => {
    const t = performance.now();
    const report = await sendBackupForImport(sendTo(target), exported.result);
    restoreMs = performance.now() - t;
    return report;
  });
  const added = restored.result.added;
  if (restored.result.incomplete || (added.creators ?? 0) !== n) {
    throw new Error(
      `restore of ${short(n)} incomplete: ${added.creators ?? 0} creators added${restored.result.incomplete ? `, ${restored.result.incomplete.reason}` : ''}`,
    );
  }
  push('restoreMs', [restoreMs], `${restored.result.rejected.length} rejected`);
  push('restoreMem', [restored.peakMb], `${restored.heldMb.toFixed(0)} MB still held at full collections`);
  await target.close();
}

/** The growth table: a row per figure, a column per size, medians with a mark when over budget. */
export function growthTable(figures: Figure[], sizes: number[]): string {
  const header = ['figure', ...sizes.map(short), 'budget'];
  const rows = (Object.keys(ROWS) as RowId[]).map((id) => {
    const cells = sizes.map((n) => {
      const f = figures.find((x) => x.name === specOf(id, n).name);
      if (!f || f.median === null) return 'failed';
      return `${formatValue(f.median, f.unit)}${f.status === 'over' ? ' ✗' : ''}`;
    });
    const budgets = ROWS[id].budgets as Budget[];
    const budget = budgets.map((b) => `${b.stat} ≤ ${formatValue(b.limit, ROWS[id].unit)}`).join(', ') || '—';
    return [ROWS[id].label, ...cells, budget];
  });
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all
    .map((r) =>
      r
        .map((c, i) => (i > 0 && i <= sizes.length ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
        .join('  '),
    )
    .join('\n');
}

export const scaleGroup: BenchGroup = {
  name: 'scale',
  title: 'Growth table at 1k, 10k and the size asked for (Node, fake-indexeddb)',
  get specs() {
    return scaleSizes().flatMap((n) => (Object.keys(ROWS) as RowId[]).map((id) => specOf(id, n)));
  },
  async run(out, log) {
    const sizes = scaleSizes();
    try {
      for (const n of sizes) {
        try {
          await measureSize(n, out, log);
        } catch (error) {
          // A size that breaks early (the list itself) still leaves the other sizes measured.
          const why = error instanceof Error ? error.message.split('\n')[0]! : String(error);
          log(`${short(n)}: failed: ${why}`);
          for (const id of Object.keys(ROWS) as RowId[]) {
            if (!out.some((f) => f.name === specOf(id, n).name))
              out.push(failedFigure('scale', specOf(id, n), why));
          }
        }
      }
    } finally {
      log('');
      for (const line of growthTable(out, sizes).split('\n')) log(line);
    }
  },
};
