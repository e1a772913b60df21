/**
 * The campaigns upgrade on a store in today's (v4) schema: 10,000 shortlisted
 * creators become one default campaign with every creator, status (as a
 * stage), note, tag and rate kept; the shortlist itself stays exactly as it was;
 * a record that does not validate is named, not lost; a failed upgrade leaves
 * the v4 data untouched.
 */
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { CampaignEntrySchema } from '@/lib/schema/campaign';
import { SHORTLIST_STATUSES } from '@/lib/schema/plain';
import { failWriteWithQuota } from '@/tests/support/store/fault-injection';
import { DAY, freshFactory, T0 } from '@/tests/support/store/helpers';
import { openDatabase } from './connection';
import { COUNTERS_KEY, countStores } from './counters';
import { DB_VERSION } from './db-schema';
import { StoreError } from './errors';
import { openStore } from './store';
import {
  CAMPAIGNS_UPGRADE_KEY,
  type CampaignsUpgradeReport,
  DEFAULT_CAMPAIGN_NAME,
  STAGE_OF_STATUS,
} from './upgrade-campaigns';

const NAME = 'microlens-campaigns-upgrade';
const V4 = 4;

function creator(handle: string, i: number) {
  return {
    key: `${i % 3 === 0 ? 'tiktok' : 'instagram'}:${handle}`,
    platform: i % 3 === 0 ? 'tiktok' : 'instagram',
    handle,
    displayName: `Creator ${i}`,
    verified: false,
    private: false,
    bio: null,
    externalUrl: null,
    followers: { value: 1000 + i, exact: true, min: 1000 + i, max: 1000 + i, source: 'json', observedAt: T0 },
    following: null,
    posts: null,
    likesTotal: null,
    videoCount: null,
    firstSeen: T0,
    lastSeen: T0 + DAY,
    metrics: null,
  };
}

/** A v4 shortlist entry of every kind a marketer leaves: notes with newlines and emoji, tags, rates or none. */
function entry(key: string, i: number) {
  return {
    creatorKey: key,
    status: SHORTLIST_STATUSES[i % SHORTLIST_STATUSES.length],
    notes: i % 4 === 0 ? '' : `Catatan #${i}\nHarga nego 😊 "kopi" ; =SUM(A1)`,
    tags: i % 5 === 0 ? [] : [`tag-${i % 7}`, i % 2 ? 'VIP' : 'kuliner'],
    rate: i % 3 === 0 ? null : { amount: 250_000 + i, currency: i % 2 ? 'IDR' : 'USD' },
    addedAt: T0 + i,
    updatedAt: T0 + 2 * i,
  };
}

/** Writes what a v4 build holds: creators, shortlist entries, and the counters v4 keeps. */
async function fillV4(db: IDBPDatabase<unknown>, n: number, odd: unknown[] = []) {
  const tx = db.transaction(['creators', 'shortlist', 'meta'], 'readwrite');
  const creators = Array.from({ length: n }, (_, i) => creator(`creator_${i}`, i));
  const entries = creators.map((c, i) => entry(c.key, i));
  await Promise.all([
    ...creators.map((c) => tx.objectStore('creators').put(c)),
    ...entries.map((e) => tx.objectStore('shortlist').put(e)),
    ...odd.map((e) => tx.objectStore('shortlist').put(e)),
  ]);
  const counters = await countStores({
    creators: tx.objectStore('creators'),
    statusIndex: tx.objectStore('shortlist').index('status'),
  });
  await tx.objectStore('meta').put({ key: COUNTERS_KEY, value: counters });
  await tx.done;
  return { creators, entries };
}

describe('campaigns upgrade: the shortlist becomes a default campaign', () => {
  it('10,000 creators: every creator, status, note, tag and rate kept; the shortlist untouched', async () => {
    const factory = freshFactory();
    const v4 = await openDatabase(factory, NAME, V4);
    // One record a v4 store may hold that does not validate: named in the report, left in place.
    const broken = { creatorKey: 'instagram:broken', status: 'saved', notes: 42 };
    const { entries } = await fillV4(v4, 10_000, [broken]);
    const shortlistBefore = await v4.getAll('shortlist');
    v4.close();

    const started = performance.now();
    const store = await openStore(factory, NAME, { computeMetrics: null, fitScoring: null });
    const upgradeMs = performance.now() - started;
    console.info(
      `campaigns upgrade of 10,000 shortlist entries: ${Math.round(upgradeMs)} ms (fake-indexeddb)`,
    );

    const dump = await store.dump();
    // The shortlist is exactly what it was, corrupt record included.
    expect(dump.shortlist.map((r) => r.value)).toEqual(shortlistBefore);

    const campaigns = await store.campaigns.list();
    expect(campaigns).toHaveLength(1);
    const campaign = campaigns[0]!;
    expect(campaign).toMatchObject({ name: DEFAULT_CAMPAIGN_NAME, origin: 'shortlist', archived: false });

    const report = dump.meta.find((r) => r.key === CAMPAIGNS_UPGRADE_KEY)?.value as {
      value: CampaignsUpgradeReport;
    };
    expect(report.value.campaignId).toBe(campaign.id);
    expect(report.value.copied).toBe(10_000);
    expect(report.value.skipped).toEqual([{ key: 'instagram:broken', reason: expect.any(String) }]);

    const data = await store.campaigns.get(campaign.id);
    expect(data?.entries).toHaveLength(10_000);
    expect(data?.removed).toEqual([]);
    const byKey = new Map(data!.entries.map((e) => [e.creatorKey, e]));
    for (const e of entries) {
      const copied = byKey.get(e.creatorKey);
      expect(copied, e.creatorKey).toBeDefined();
      expect(copied!.stage).toBe(STAGE_OF_STATUS[e.status!]);
      expect(copied!.notes).toBe(e.notes);
      expect(copied!.tags).toEqual(e.tags);
      expect(copied!.rate).toEqual(e.rate);
      expect(copied!.addedAt).toBe(e.addedAt);
      expect(copied!.updatedAt).toBe(e.updatedAt);
      expect(copied!.fee).toBeNull();
    }
    // Every status reached its stage, and every entry on disk passes the schema.
    expect(new Set(data!.entries.map((e) => e.stage))).toEqual(new Set(Object.values(STAGE_OF_STATUS)));
    expect(dump.campaignEntries.every((r) => CampaignEntrySchema.safeParse(r.value).success)).toBe(true);
    expect(dump.meta.find((r) => r.key === 'schema')?.value).toEqual({
      key: 'schema',
      value: { version: DB_VERSION },
    });
    // The shortlist still works as before.
    expect((await store.shortlistSummary()).total).toBe(10_001);
    expect(store.corruptRecords()).toEqual([]);
    await store.close();
  }, 120_000);

  it('maps every shortlist status onto a stage', () => {
    expect(STAGE_OF_STATUS).toEqual({
      saved: 'saved',
      contacted: 'contacted',
      negotiating: 'negotiating',
      active: 'agreed',
      done: 'done',
      rejected: 'declined',
    });
  });

  it('a fresh install gets the stores and no made-up campaign', async () => {
    const store = await openStore(freshFactory(), NAME);
    expect(await store.campaigns.list(true)).toEqual([]);
    const dump = await store.dump();
    expect(dump.campaigns).toEqual([]);
    expect(dump.meta.find((r) => r.key === CAMPAIGNS_UPGRADE_KEY)).toBeUndefined();
    await store.close();
  });

  it('storage full half-way through: the open fails and the v4 store stays exactly as it was', async () => {
    const factory = freshFactory();
    const v4 = await openDatabase(factory, NAME, V4);
    await fillV4(v4, 50);
    const names = [...v4.objectStoreNames];
    const before = await Promise.all(names.map((n) => v4.getAll(n)));
    v4.close();

    // The campaign, then 20 entries, then the 22nd write fails.
    const restore = failWriteWithQuota(22);
    const error = await openStore(factory, NAME).catch((e: unknown) => e);
    restore();
    expect(error).toBeInstanceOf(StoreError);

    const again = await openDatabase(factory, NAME, V4);
    expect(again.version).toBe(V4);
    expect([...again.objectStoreNames]).toEqual(names);
    expect(await Promise.all(names.map((n) => again.getAll(n)))).toEqual(before);
    again.close();

    // With room again, the upgrade runs and copies all 50.
    const store = await openStore(factory, NAME);
    const [campaign] = await store.campaigns.list();
    expect((await store.campaigns.get(campaign!.id))?.entries).toHaveLength(50);
    await store.close();
  });
});
