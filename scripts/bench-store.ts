/**
 * Store benchmark: a fake-indexeddb store filled with 10,000 creators (all
 * shortlisted), 200,000 snapshots (one creator with 1,000) and 100,000 posts,
 * then the requests the UI makes, timed through handleRequest. Prints the
 * median and spread of several runs beside a budget. No assertions: figures.
 *
 * fake-indexeddb is a pure-JS IndexedDB and slower than the browser's, so the
 * figures are an upper bound of what a marketer's machine sees. zod runs
 * jitless, as in the extension.
 *
 * The whole shortlist (read in pages, as the dashboard does) is timed twice: "cold" right after the fill (no cached fit
 * scores: every creator's posts are read and scored once, in batches, and
 * cached — the first list after a brief change costs the same) and "warm"
 * (scores cached: creators + entries + scores only). The full backup is
 * exported and restored through the chunked messages the dashboard uses.
 *
 * Run: npx tsx scripts/bench-store.ts   (or via `npm run bench`, runStoreBench()).
 */
// First, as in the extension: zod without compiled parsers (the MV3 CSP forbids them).
import '@/lib/schema/zod-jitless';
import 'fake-indexeddb/auto';
import { pathToFileURL } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import { fetchBackupExport, sendBackupForImport } from '@/components/dashboard/backup/backup-transfer';
import { fetchShortlist } from '@/components/dashboard/shortlist/list-pages';
import { handleRequest } from '@/lib/background/handle-request';
import { computeCreatorMetrics } from '@/lib/metrics/compute-metrics';
import type { Send } from '@/lib/protocol/client';
import type { Reply } from '@/lib/protocol/messages';
import type { Creator, ShortlistEntry, Snapshot, StoredPost } from '@/lib/schema/creator';
import { type Count, type PostReading, PostReadingSchema, ReadingSchema } from '@/lib/schema/reading';
import type { ImportReport } from '@/lib/schema/views';
import { openDatabase } from '@/lib/store/connection';
import { COUNTERS_KEY } from '@/lib/store/counters';
import { DB_VERSION } from '@/lib/store/db-schema';
import { defaultSettings } from '@/lib/store/default-settings';
import { openStore, type Store } from '@/lib/store/store';

const CREATORS = 10_000;
const SNAPSHOTS = 200_000;
const POSTS = 100_000;
const BIG_HISTORY = 1_000;
const RUNS = 5;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);
const CAPTIONS = [
  'Skincare routine pagi ini pakai serum vitamin C #skincare #glowup',
  'Unboxing paket dari brand lokal, review jujur ya #review #unboxing',
  'Main game bareng squad, push rank malam ini #gaming #mobilelegends',
  'Resep nasi goreng kampung yang gampang banget #kuliner #resep',
  'OOTD ke kantor hari ini, modest fashion #ootd #hijabstyle',
];

const exact = (value: number): Count => ({ value, exact: true, min: value, max: value, source: 'json' });
const handleOf = (i: number) => `creator_${i}`;
const keyOf = (i: number) => `instagram:${handleOf(i)}`;

function makePost(creator: number, n: number): StoredPost {
  const reading: PostReading = PostReadingSchema.parse({
    id: `P${creator}x${n}`,
    url: `https://www.instagram.com/p/P${creator}x${n}/`,
    likes: exact(100 + ((creator * 7 + n * 13) % 900)),
    comments: exact(5 + ((creator + n) % 40)),
    caption: CAPTIONS[(creator + n) % CAPTIONS.length],
    hashtags: ['skincare'],
    takenAt: NOW - (n + 1) * 3 * DAY,
  });
  return {
    ...reading,
    key: `instagram:P${creator}x${n}`,
    creatorKey: keyOf(creator),
    firstSeen: NOW - 40 * DAY,
    lastSeen: NOW - DAY,
  };
}

function makeCreator(i: number, posts: StoredPost[]): Creator {
  const followers = 2_000 + ((i * 37) % 90_000);
  const stored = { ...exact(followers), observedAt: NOW - DAY };
  const scheme = defaultSettings().tierScheme;
  return {
    key: keyOf(i),
    platform: 'instagram',
    handle: handleOf(i),
    displayName: `Creator ${i}`,
    verified: false,
    private: false,
    bio: CAPTIONS[i % CAPTIONS.length]!,
    externalUrl: null,
    followers: stored,
    following: { ...exact(300 + (i % 500)), observedAt: NOW - DAY },
    posts: { ...exact(50 + (i % 400)), observedAt: NOW - DAY },
    likesTotal: null,
    videoCount: null,
    firstSeen: NOW - 200 * DAY,
    lastSeen: NOW - DAY,
    metrics: computeCreatorMetrics({
      platform: 'instagram',
      followers: stored,
      posts,
      snapshots: [],
      scheme,
      now: NOW - DAY,
    }),
  };
}

function snapshotsFor(i: number, count: number): Snapshot[] {
  return Array.from({ length: count }, (_, n) => ({
    creatorKey: keyOf(i),
    at: NOW - (count - n) * DAY,
    followers: 2_000 + n,
    followersExact: true,
    following: 300,
    posts: 50 + n,
    likesTotal: null,
    engagement: 0.04,
  }));
}

/** Bulk fill through raw transactions of a few thousand records each (the store API is per reading). */
export async function fillBenchStore(factory: IDBFactory, name: string): Promise<void> {
  const db = await openDatabase(factory, name, DB_VERSION);
  const postsPerCreator = POSTS / CREATORS;
  const otherSnapshots = (SNAPSHOTS - BIG_HISTORY) / (CREATORS - 1);
  const CHUNK = 500;
  for (let start = 0; start < CREATORS; start += CHUNK) {
    const tx = db.transaction(['creators', 'posts', 'snapshots', 'shortlist'], 'readwrite');
    for (let i = start; i < Math.min(CREATORS, start + CHUNK); i++) {
      const posts = Array.from({ length: postsPerCreator }, (_, n) => makePost(i, n));
      for (const p of posts) void tx.objectStore('posts').put(p);
      void tx.objectStore('creators').put(makeCreator(i, posts));
      const history = snapshotsFor(i, i === 0 ? BIG_HISTORY : Math.round(otherSnapshots));
      for (const s of history) void tx.objectStore('snapshots').add(s);
      const entry: ShortlistEntry = {
        creatorKey: keyOf(i),
        status: (['saved', 'contacted', 'negotiating', 'active', 'done', 'rejected'] as const)[i % 6]!,
        notes: i % 3 === 0 ? 'Asked for rate card' : '',
        tags: i % 2 === 0 ? ['beauty'] : [],
        rate: null,
        addedAt: NOW - 10 * DAY + i,
        updatedAt: NOW - 5 * DAY + i,
      };
      void tx.objectStore('shortlist').put(entry);
    }
    await tx.done;
  }
  const tx = db.transaction('briefs', 'readwrite');
  await tx.store.put({
    id: 'skin',
    name: 'Skincare launch',
    niches: ['skincare'],
    keywords: ['serum'],
    excludeKeywords: [],
    platforms: [],
    tiers: [],
    languages: [],
    locationWords: [],
    contentTypes: [],
  });
  await tx.store.put({
    id: 'food',
    name: 'Kuliner',
    niches: [],
    keywords: ['resep', 'kuliner'],
    excludeKeywords: ['alkohol'],
    platforms: ['instagram'],
    tiers: ['micro'],
    languages: [],
    locationWords: ['jakarta'],
    contentTypes: [],
  });
  await tx.store.put({
    id: 'game',
    name: 'Gaming',
    niches: ['gaming'],
    keywords: [],
    excludeKeywords: [],
    platforms: [],
    tiers: [],
    languages: [],
    locationWords: [],
    contentTypes: [],
  });
  await tx.done;
  // The records above bypassed the store, so the counts it keeps (lib/store/counters.ts) no longer
  // match them: drop the record, as a store finding it wrong would, and the first summary recounts.
  await db.delete('meta', COUNTERS_KEY);
  db.close();
}

interface Row {
  name: string;
  budgetMs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  note: string;
}

async function time(
  name: string,
  budgetMs: number,
  run: (i: number) => Promise<unknown>,
  note = '',
): Promise<Row> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = (await run(i)) as { ok?: boolean; error?: unknown };
    times.push(performance.now() - start);
    if (result && result.ok === false) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    budgetMs,
    medianMs: times[Math.floor(times.length / 2)]!,
    minMs: times[0]!,
    maxMs: times.at(-1)!,
    note,
  };
}

const PAGE = { kind: 'extension-page' } as const;
const CONTENT = { kind: 'content-script', url: 'https://www.instagram.com/' } as const;

export async function runStoreBench(log: (line: string) => void = console.log): Promise<Row[]> {
  const factory = new IDBFactory() as unknown as IDBFactory;
  const name = 'microlens-bench';
  const fillStart = performance.now();
  await fillBenchStore(factory, name);
  log(
    `Filled ${CREATORS.toLocaleString('en')} creators (all shortlisted), ${SNAPSHOTS.toLocaleString('en')} snapshots, ` +
      `${POSTS.toLocaleString('en')} posts in ${((performance.now() - fillStart) / 1000).toFixed(1)} s`,
  );
  const store: Store = await openStore(factory, name);
  const rows: Row[] = [];
  rows.push(
    await time(
      'record a reading (12 posts)',
      50,
      (i) => {
        const c = 100 + i;
        const reading = ReadingSchema.parse({
          platform: 'instagram',
          pageKind: 'profile',
          url: `https://www.instagram.com/${handleOf(c)}/`,
          readAt: NOW + i,
          handle: handleOf(c),
          followers: exact(5_000 + i),
          recentPosts: Array.from({ length: 12 }, (_, n) => ({ ...makePost(c, n + 5), likes: exact(999) })),
        });
        return handleRequest(store, { type: 'reading:record', reading }, CONTENT, NOW + i);
      },
      'merge + posts + snapshot + metrics + view, one transaction',
    ),
  );
  // The whole shortlist as the dashboard reads it: a first screenful, then pages after the last position.
  const pageSend = (async (req: unknown) => {
    const reply = (await handleRequest(store, req, PAGE, NOW)) as Reply<unknown>;
    if (!reply.ok) throw new Error(`${(req as { type: string }).type} failed: ${reply.error.message}`);
    return reply.data;
  }) as Send;
  const coldStart = performance.now();
  const cold = await fetchShortlist(pageSend);
  const coldMs = performance.now() - coldStart;
  rows.push({
    name: `whole shortlist in pages (${cold.length.toLocaleString('en')}) cold cache`,
    budgetMs: 2_000,
    medianMs: coldMs,
    minMs: coldMs,
    maxMs: coldMs,
    note: '1 run: reads posts, scores 3 briefs, caches (as after a brief change)',
  });
  rows.push(
    await time(
      'whole shortlist in pages (10,000)',
      300,
      () => fetchShortlist(pageSend),
      'cached scores: creators + entries + fits, no posts; 40 rows, then pages of 500',
    ),
  );
  rows.push(
    await time(
      'shortlist first page (40 rows)',
      300,
      () => handleRequest(store, { type: 'shortlist:page', limit: 40 }, PAGE, NOW),
      "the dashboard's first screenful",
    ),
  );
  rows.push(
    await time('creator:history (1,000 snapshots)', 100, () =>
      handleRequest(store, { type: 'creator:history', key: keyOf(0) }, PAGE, NOW),
    ),
  );
  rows.push(
    await time('shortlist:summary', 50, () => handleRequest(store, { type: 'shortlist:summary' }, PAGE, NOW)),
  );
  rows.push(
    // The popup asks for the open creator (content scripts may not: they get the card through overlay:card).
    await time('creator:get', 50, (i) =>
      handleRequest(store, { type: 'creator:get', key: keyOf(5_000 + i) }, PAGE, NOW),
    ),
  );
  // One export and one restore into a fresh store, through the chunked messages the dashboard sends.
  const sendTo = (s: Store): Send =>
    (async (req: unknown) => {
      const reply = (await handleRequest(s, req, PAGE, NOW)) as Reply<unknown>;
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.data;
    }) as Send;
  let chunks = 0;
  const exportStart = performance.now();
  const file = await fetchBackupExport(sendTo(store), (_done, total) => {
    chunks = total;
  });
  const exportMs = performance.now() - exportStart;
  const exportMb = file.size / (1024 * 1024);
  await store.close();
  const target = await openStore(new IDBFactory() as unknown as IDBFactory, 'microlens-restore');
  const importStart = performance.now();
  const report: ImportReport = await sendBackupForImport(sendTo(target), file);
  const importMs = performance.now() - importStart;
  await target.close();

  const pad = (s: string, n: number) => s.padEnd(n);
  const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(11);
  log('');
  log(
    `${pad('operation', 36)}${'median'.padStart(11)}${'min'.padStart(11)}${'max'.padStart(11)}${'budget'.padStart(11)}  note`,
  );
  for (const r of rows) {
    const flag = r.medianMs <= r.budgetMs ? '   ' : ' ! ';
    log(`${pad(r.name, 36)}${ms(r.medianMs)}${ms(r.minMs)}${ms(r.maxMs)}${ms(r.budgetMs)}${flag}${r.note}`);
  }
  log(
    `backup export of everything: ${exportMb.toFixed(1)} MB of JSON in ${chunks} piece(s), ${(exportMs / 1000).toFixed(1)} s (1 run)`,
  );
  const added = Object.entries(report.added)
    .map(([k, n]) => `${n.toLocaleString('en')} ${k}`)
    .join(', ');
  log(
    `backup restore into a fresh store: ${(importMs / 1000).toFixed(1)} s (1 run): added ${added}; ` +
      `${report.rejected.length} rejected${report.incomplete ? `; INCOMPLETE: ${report.incomplete.reason}` : ''}`,
  );
  log(
    `(${RUNS} runs each; fake-indexeddb in Node, slower than a browser's IndexedDB; "!" = median over budget)`,
  );
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runStoreBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
