/**
 * The record counts the store keeps for the popup's summary (lib/store/counters.ts):
 * equal to the real counts after any sequence of writes, failed ones included;
 * recounted (never trusted) when missing, invalid or found wrong.
 */
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SHORTLIST_STATUSES } from '@/lib/schema/plain';
import { failWriteWithQuota } from '@/tests/support/store/fault-injection';
import { countsInDump, DAY, exact, freshFactory, post, reading, T0 } from '@/tests/support/store/helpers';
import { openDatabase } from './connection';
import { COUNTERS_KEY } from './counters';
import { openStore, type Store } from './store';

const NAME = 'microlens-counters';
const HANDLES = ['ana', 'budi', 'citra', 'dewi', 'eko'];
const keyOf = (i: number) => `instagram:${HANDLES[i]}`;

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

async function expectSummaryMatches(store: Store): Promise<void> {
  const summary = await store.shortlistSummary();
  const { real, kept } = countsInDump(await store.dump());
  const counts = real as { creators: number; byStatus: Record<string, number> };
  expect(kept).toEqual(real);
  expect(summary).toEqual({
    total: Object.values(counts.byStatus).reduce((a, b) => a + b, 0),
    byStatus: counts.byStatus,
    creatorsKnown: counts.creators,
  });
}

describe('counters record: recounted when it cannot be trusted', () => {
  async function storeWithTwo(factory = freshFactory()): Promise<Store> {
    const store = await openStore(factory, NAME, { computeMetrics: null, fitScoring: null });
    for (const h of ['ana', 'budi']) await store.recordReading(reading({ handle: h }), T0);
    await store.saveToShortlist('instagram:ana', T0);
    await store.updateShortlist(['instagram:ana'], { status: 'active' }, T0 + 1);
    return store;
  }

  async function rawPutCounts(factory: IDBFactory, value: unknown): Promise<void> {
    const db = await openDatabase(factory, NAME);
    if (value === undefined) await db.delete('meta', COUNTERS_KEY);
    else await db.put('meta', { key: COUNTERS_KEY, value });
    db.close();
  }

  it('missing: the summary counts the stores and writes the record again, silently', async () => {
    const factory = freshFactory();
    const store = await storeWithTwo(factory);
    await rawPutCounts(factory, undefined);
    expect(countsInDump(await store.dump()).kept).toBeUndefined();
    // Writes meanwhile leave a missing record missing (never a partial count).
    await store.recordReading(reading({ handle: 'citra' }), T0);
    expect(countsInDump(await store.dump()).kept).toBeUndefined();
    await expectSummaryMatches(store);
    expect((await store.shortlistSummary()).creatorsKnown).toBe(3);
    expect(store.corruptRecords()).toEqual([]);
  });

  it.each([
    ['not an object', 'seven'],
    ['a negative count', { creators: -1, byStatus: { saved: 0 } }],
    ['a status missing', { creators: 2, byStatus: { saved: 0, contacted: 0 } }],
    ['an unknown field', { creators: 2, byStatus: {}, extra: 1 }],
    ['a fractional count', { creators: 1.5, byStatus: {} }],
  ])('invalid (%s): reported, recounted and rewritten', async (_what, value) => {
    const factory = freshFactory();
    const store = await storeWithTwo(factory);
    await rawPutCounts(factory, value);
    await expectSummaryMatches(store);
    expect(store.corruptRecords()).toEqual([
      { store: 'meta', key: COUNTERS_KEY, reason: 'invalid counters' },
    ]);
  });

  it('found wrong (a change would take a count below zero): deleted, then recounted', async () => {
    const factory = freshFactory();
    const store = await storeWithTwo(factory);
    const zero = Object.fromEntries(SHORTLIST_STATUSES.map((s) => [s, 0]));
    await rawPutCounts(factory, { creators: 2, byStatus: zero });
    await store.removeFromShortlist(['instagram:ana']);
    expect(countsInDump(await store.dump()).kept).toBeUndefined();
    await expectSummaryMatches(store);
    expect((await store.shortlistSummary()).total).toBe(0);
  });

  it('a corrupt shortlist record replaced by a save moves its count to the new status', async () => {
    const factory = freshFactory();
    const store = await storeWithTwo(factory);
    const db = await openDatabase(factory, NAME);
    await db.put('shortlist', { creatorKey: 'instagram:budi', status: 'done', notes: 7 });
    db.close();
    await rawPutCounts(factory, undefined);
    await store.shortlistSummary(); // recounts: the corrupt record is counted under 'done', as count() does
    await store.saveToShortlist('instagram:budi', T0 + 2);
    await expectSummaryMatches(store);
    expect((await store.shortlistSummary()).byStatus).toMatchObject({ done: 0, saved: 1, active: 1 });
  });
});

type Op =
  | { kind: 'record'; who: number; followers: number }
  | { kind: 'save'; who: number }
  | { kind: 'remove'; who: number[] }
  | { kind: 'update'; who: number[]; status: (typeof SHORTLIST_STATUSES)[number] }
  | { kind: 'import'; backup: number }
  | { kind: 'summary' }
  | { kind: 'drop-counters' };

const who = fc.integer({ min: 0, max: HANDLES.length - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('record' as const), who, followers: fc.integer({ min: 0, max: 5_000 }) }),
  fc.record({ kind: fc.constant('save' as const), who }),
  fc.record({ kind: fc.constant('remove' as const), who: fc.array(who, { maxLength: 3 }) }),
  fc.record({
    kind: fc.constant('update' as const),
    who: fc.array(who, { maxLength: 3 }),
    status: fc.constantFrom(...SHORTLIST_STATUSES),
  }),
  fc.record({ kind: fc.constant('import' as const), backup: fc.integer({ min: 0, max: 1 }) }),
  fc.constant({ kind: 'summary' as const }),
  fc.constant({ kind: 'drop-counters' as const }),
);
/** Each step may run with one of its writes failing as when storage is full (0: none fails). */
const stepArb = fc.record({ op: opArb, failOn: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 })) });

describe('counters record: equal to the real counts after any sequence of store writes', () => {
  const backups: string[] = [];
  beforeAll(async () => {
    // Two backups that overlap the handles above, with entries in several statuses.
    const sets: (typeof SHORTLIST_STATUSES)[number][][] = [
      ['saved', 'done'],
      ['rejected', 'negotiating', 'active'],
    ];
    for (const [b, statuses] of sets.entries()) {
      const source = await openStore(freshFactory(), `source-${b}`, {
        computeMetrics: null,
        fitScoring: null,
      });
      for (const [i, status] of statuses.entries()) {
        const h = HANDLES[(b * 2 + i) % HANDLES.length]!;
        await source.recordReading(reading({ handle: h, followers: exact(100 + i) }), T0 + b);
        await source.saveToShortlist(`instagram:${h}`, T0);
        await source.updateShortlist([`instagram:${h}`], { status }, T0 + 10 + b);
      }
      await source.recordReading(reading({ handle: `only.backup${b}` }), T0);
      backups.push((await source.exportBackup(T0)).json);
      await source.close();
    }
  });

  async function run(store: Store, factory: IDBFactory, op: Op, step: number): Promise<void> {
    const at = T0 + (step + 1) * DAY;
    switch (op.kind) {
      case 'record':
        await store.recordReading(
          reading({
            handle: HANDLES[op.who],
            readAt: at,
            followers: exact(op.followers),
            recentPosts: [post({ id: `p${op.who}x${step}` })],
          }),
          at,
        );
        return;
      case 'save':
        await store.saveToShortlist(keyOf(op.who), at);
        return;
      case 'remove':
        await store.removeFromShortlist(op.who.map(keyOf));
        return;
      case 'update':
        await store.updateShortlist(op.who.map(keyOf), { status: op.status }, at);
        return;
      case 'import':
        await store.importBackup(backups[op.backup]!);
        return;
      case 'summary':
        await store.shortlistSummary();
        return;
      case 'drop-counters': {
        const db = await openDatabase(factory, NAME);
        await db.delete('meta', COUNTERS_KEY);
        db.close();
        return;
      }
    }
  }

  it('holds for random sequences of writes, summaries and failures', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 12 }), async (steps) => {
        const factory = freshFactory();
        const store = await openStore(factory, NAME, { computeMetrics: null });
        try {
          for (const [i, { op, failOn }] of steps.entries()) {
            if (failOn > 0 && op.kind !== 'drop-counters') restore = failWriteWithQuota(failOn);
            // Not-found saves and quota failures are expected outcomes; what matters is the state after.
            await run(store, factory, op, i).catch(() => undefined);
            restore?.();
            restore = null;
            // Whenever the record exists, it is right (correct or unknown, never wrong).
            const { real, kept } = countsInDump(await store.dump());
            if (kept !== undefined) expect(kept).toEqual(real);
          }
          await expectSummaryMatches(store);
        } finally {
          await store.close();
        }
      }),
      { numRuns: 40 },
    );
  });
});
