/**
 * The campaign store: campaigns, their creators and delivered posts, through
 * store.campaigns, on fake-indexeddb. Every change is validated and atomic;
 * removals keep the record so they can be undone.
 */
import { describe, expect, it } from 'vitest';
import { parsePastedTargets } from '@/lib/campaigns/visit-queue';
import { campaignIdFrom } from '@/lib/schema/campaign';
import { failWriteWithQuota } from '@/tests/support/store/fault-injection';
import { DAY, freshFactory, newStore, T0 } from '@/tests/support/store/helpers';
import { openDatabase } from './connection';
import { DB_VERSION } from './db-schema';
import { StoreError } from './errors';
import type { Store } from './store';

const A = campaignIdFrom('11111111-aaaa-4bbb-8ccc-000000000001');
const B = campaignIdFrom('11111111-aaaa-4bbb-8ccc-000000000002');
const RINA = 'instagram:rina.makeup';
const OZI = 'tiktok:bang.ozi.main';
const SALSA = 'tiktok:hijab.daily.salsa';

async function storeWithCampaigns(): Promise<Store> {
  const store = await newStore({ computeMetrics: null, fitScoring: null });
  await store.saveBrief({ id: 'kopi', name: 'Kopi & kuliner', keywords: ['kopi'] }, T0);
  await store.campaigns.create(
    {
      name: 'Ramadan 2027',
      client: 'Kopi Kenangan',
      briefIds: ['kopi'],
      budget: { amount: 50_000_000, currency: 'IDR' },
      startDate: '2027-02-01',
      endDate: '2027-03-31',
      targetCreators: 40,
    },
    T0,
    A,
  );
  await store.campaigns.create({ name: 'Back to school' }, T0 + 1, B);
  return store;
}

async function errorOf(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe('campaigns', () => {
  it('create, list newest first, read back with every field and per-field stamps', async () => {
    const store = await storeWithCampaigns();
    const list = await store.campaigns.list();
    expect(list.map((c) => c.id)).toEqual([B, A]);
    expect(list[1]).toMatchObject({
      type: 'campaign',
      name: 'Ramadan 2027',
      client: 'Kopi Kenangan',
      briefIds: ['kopi'],
      budget: { amount: 50_000_000, currency: 'IDR' },
      startDate: '2027-02-01',
      endDate: '2027-03-31',
      targetCreators: 40,
      archived: false,
      origin: 'user',
    });
    expect(Object.keys(list[1]!.stamps).sort()).toEqual(
      ['briefIds', 'budget', 'client', 'endDate', 'name', 'startDate', 'targetCreators'].sort(),
    );
    expect(list[0]).toMatchObject({ client: '', briefIds: [], budget: null, startDate: null });
    await store.close();
  });

  it.each([
    [{ name: '' }, /name/],
    [{ name: 'X', budget: { amount: 1, currency: 'EUR' } }, /budget/],
    [{ name: 'X', startDate: '2027-03-01', endDate: '2027-02-01' }, /ends before it starts/],
    [{ name: 'X', startDate: '2027-02-30' }, /calendar date/],
    [{ name: 'X', targetCreators: 0 }, /targetCreators/],
  ])('refuses an invalid campaign %j and writes nothing', async (input, message) => {
    const store = await newStore();
    const error = await errorOf(store.campaigns.create(input, T0, A));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(message);
    expect(await store.campaigns.list(true)).toEqual([]);
    await store.close();
  });

  it('refuses a brief that is not saved, and a duplicate id', async () => {
    const store = await storeWithCampaigns();
    expect(
      (
        await errorOf(
          store.campaigns.create({ name: 'X', briefIds: ['nope'] }, T0, campaignIdFrom('x'.repeat(10))),
        )
      ).code,
    ).toBe('not-found');
    expect((await errorOf(store.campaigns.create({ name: 'Again' }, T0, A))).message).toMatch(
      /already exists/,
    );
    expect(await store.campaigns.list()).toHaveLength(2);
    await store.close();
  });

  it('rename stamps only what changed; archive hides it from the list and from changes', async () => {
    const store = await storeWithCampaigns();
    const renamed = await store.campaigns.update(
      A,
      { name: 'Ramadan 2027 — Jabodetabek', client: 'Kopi Kenangan' },
      T0 + DAY,
    );
    expect(renamed.name).toBe('Ramadan 2027 — Jabodetabek');
    expect(renamed.stamps.name).toEqual({ at: T0 + DAY, by: null });
    expect(renamed.stamps.client).toEqual({ at: T0, by: null });
    // The same values again change nothing.
    expect(await store.campaigns.update(A, { client: 'Kopi Kenangan' }, T0 + 2 * DAY)).toEqual(renamed);

    await store.campaigns.setArchived(A, true, T0 + 3 * DAY);
    expect((await store.campaigns.list()).map((c) => c.id)).toEqual([B]);
    expect((await store.campaigns.list(true)).map((c) => c.id).sort()).toEqual([A, B].sort());
    expect((await errorOf(store.campaigns.addCreators(A, [RINA], T0))).message).toMatch(/archived/);
    await store.campaigns.setArchived(A, false, T0 + 4 * DAY);
    expect((await store.campaigns.addCreators(A, [RINA], T0)).added).toBe(1);
    expect((await errorOf(store.campaigns.update('cmp_missing000', { name: 'x' }, T0))).code).toBe(
      'not-found',
    );
    await store.close();
  });
});

describe('overview', () => {
  it('every campaign with its own creators, removed ones apart, archived ones only when asked', async () => {
    const store = await storeWithCampaigns();
    await store.campaigns.addCreators(A, [RINA, OZI], T0);
    await store.campaigns.addCreators(B, [SALSA, RINA], T0);
    await store.campaigns.removeCreators(A, [OZI], T0 + 1);
    await store.campaigns.setArchived(B, true, T0 + 2);
    const open = await store.campaigns.overview();
    expect(open.map((d) => d.campaign.id)).toEqual([A]);
    expect(open[0]!.entries.map((e) => e.creatorKey)).toEqual([RINA]);
    expect(open[0]!.removed.map((e) => e.creatorKey)).toEqual([OZI]);
    const all = await store.campaigns.overview(true);
    const b = all.find((d) => d.campaign.id === B)!;
    expect(b.entries.map((e) => e.creatorKey).sort()).toEqual([RINA, SALSA].sort());
    // Read twice (the second time from the seen-valid cache): the same answer.
    expect(await store.campaigns.overview(true)).toEqual(all);
    await store.close();
  });
});

describe('creators in a campaign', () => {
  it('adds creators not yet visited (a queue import), and says which were already there', async () => {
    const store = await storeWithCampaigns();
    expect(await store.campaigns.addCreators(A, [RINA, OZI, RINA], T0)).toEqual({
      added: 2,
      restored: 0,
      already: 0,
      skipped: [],
    });
    expect(await store.campaigns.addCreators(A, [OZI, SALSA], T0 + 1)).toEqual({
      added: 1,
      restored: 0,
      already: 1,
      skipped: [],
    });
    const data = await store.campaigns.get(A);
    expect(data?.entries.map((e) => [e.creatorKey, e.stage])).toEqual([
      [RINA, 'saved'],
      [OZI, 'saved'],
      [SALSA, 'saved'],
    ]);
    expect((await errorOf(store.campaigns.addCreators(A, ['not a key'], T0))).code).toBe('invalid');
    await store.close();
  });

  it('stage, fee, deliverables, notes and tags: bulk patch, stamped per field', async () => {
    const store = await storeWithCampaigns();
    await store.campaigns.addCreators(A, [RINA, OZI], T0);
    await store.campaigns.updateCreators(
      A,
      [RINA, OZI],
      { stage: 'contacted', addTags: ['kuliner'] },
      T0 + 1,
    );
    const result = await store.campaigns.updateCreators(
      A,
      [RINA, SALSA],
      {
        stage: 'agreed',
        fee: { amount: 3_500_000, currency: 'IDR' },
        deliverables: [{ id: 'reels', kind: 'video', count: 2, due: ['2027-02-10', '2027-02-24'] }],
        notes: 'Nego via WA\nNo competitor brands',
      },
      T0 + 2,
    );
    expect(result).toEqual({ updated: 1, skipped: [{ key: SALSA, reason: 'not in the campaign' }] });
    const [rina, ozi] = (await store.campaigns.get(A))!.entries;
    expect(rina).toMatchObject({
      stage: 'agreed',
      fee: { amount: 3_500_000, currency: 'IDR' },
      tags: ['kuliner'],
      notes: 'Nego via WA\nNo competitor brands',
    });
    expect(rina!.stamps.stage).toEqual({ at: T0 + 2, by: null });
    expect(rina!.stamps.tags).toEqual({ at: T0 + 1, by: null });
    expect(ozi).toMatchObject({ stage: 'contacted', fee: null, tags: ['kuliner'] });

    // An invalid patch is refused whole: nothing changes for anyone.
    const before = await store.campaigns.get(A);
    const error = await errorOf(
      store.campaigns.updateCreators(
        A,
        [RINA, OZI],
        { stage: 'agreed', fee: { amount: -1, currency: 'IDR' } },
        T0 + 3,
      ),
    );
    expect(error.code).toBe('invalid');
    await errorOf(
      store.campaigns.updateCreators(
        A,
        [RINA],
        { deliverables: [{ id: 'x', kind: 'post', count: 1, due: ['2027-01-01', '2027-01-02'] }] },
        T0 + 3,
      ),
    );
    expect(await store.campaigns.get(A)).toEqual(before);
    await store.close();
  });

  it('removal is kept: undo brings the creator back whole, and so does adding again', async () => {
    const store = await storeWithCampaigns();
    await store.campaigns.addCreators(A, [RINA, OZI], T0);
    await store.campaigns.updateCreators(
      A,
      [RINA],
      { stage: 'negotiating', notes: 'asked for rate card' },
      T0 + 1,
    );
    expect(await store.campaigns.removeCreators(A, [RINA, SALSA], T0 + 2)).toEqual({
      removed: 1,
      skipped: [],
    });
    let data = (await store.campaigns.get(A))!;
    expect(data.entries.map((e) => e.creatorKey)).toEqual([OZI]);
    expect(data.removed.map((e) => [e.creatorKey, e.notes, e.removed])).toEqual([
      [RINA, 'asked for rate card', { at: T0 + 2, by: null }],
    ]);
    // Changes do not reach a removed creator.
    expect((await store.campaigns.updateCreators(A, [RINA], { stage: 'agreed' }, T0 + 3)).updated).toBe(0);

    expect(await store.campaigns.restoreCreators(A, [RINA], T0 + 4)).toEqual({ restored: 1 });
    data = (await store.campaigns.get(A))!;
    expect(data.entries.find((e) => e.creatorKey === RINA)).toMatchObject({
      stage: 'negotiating',
      notes: 'asked for rate card',
      removed: null,
    });
    await store.campaigns.removeCreators(A, [RINA], T0 + 5);
    expect(await store.campaigns.addCreators(A, [RINA], T0 + 6)).toMatchObject({ added: 0, restored: 1 });
    expect((await store.campaigns.get(A))!.entries.find((e) => e.creatorKey === RINA)?.notes).toBe(
      'asked for rate card',
    );
    await store.close();
  });

  it('move: everything goes along, the source keeps a removed copy (undo), conflicts are skipped', async () => {
    const store = await storeWithCampaigns();
    await store.campaigns.addCreators(A, [RINA, OZI], T0);
    await store.campaigns.addCreators(B, [OZI], T0);
    await store.campaigns.updateCreators(
      A,
      [RINA],
      { stage: 'agreed', fee: { amount: 2e6, currency: 'IDR' }, tags: ['vip'] },
      T0 + 1,
    );
    const result = await store.campaigns.moveCreators(A, B, [RINA, OZI, SALSA], T0 + 2);
    expect(result).toEqual({
      moved: 1,
      skipped: [
        { key: OZI, reason: 'already in the other campaign' },
        { key: SALSA, reason: 'not in the campaign' },
      ],
    });
    const [a, b] = [(await store.campaigns.get(A))!, (await store.campaigns.get(B))!];
    expect(a.entries.map((e) => e.creatorKey)).toEqual([OZI]);
    expect(a.removed.map((e) => e.creatorKey)).toEqual([RINA]);
    expect(b.entries.find((e) => e.creatorKey === RINA)).toMatchObject({
      id: `entry:${B}:${RINA}`,
      campaignId: B,
      stage: 'agreed',
      fee: { amount: 2e6, currency: 'IDR' },
      tags: ['vip'],
    });
    await store.close();
  });

  it('storage full in the middle of a bulk add: nothing of it is written', async () => {
    const store = await storeWithCampaigns();
    const keys = Array.from({ length: 30 }, (_, i) => `instagram:creator_${i}`);
    const restore = failWriteWithQuota(15);
    const error = await errorOf(store.campaigns.addCreators(A, keys, T0));
    restore();
    expect(error.code).toBe('quota');
    expect((await store.campaigns.get(A))!.entries).toEqual([]);
    expect((await store.campaigns.addCreators(A, keys, T0)).added).toBe(30);
    await store.close();
  });

  it('an unreadable entry is never overwritten: named, left as it is, and reported', async () => {
    const factory = freshFactory();
    const store = await newStore({ computeMetrics: null, fitScoring: null }, factory);
    await store.campaigns.create({ name: 'C' }, T0, A);
    const raw = await openDatabase(factory, 'microlens-test', DB_VERSION);
    const broken = {
      type: 'campaign-entry',
      id: `entry:${A}:${RINA}`,
      campaignId: A,
      creatorKey: RINA,
      stage: 'paid',
    };
    await raw.put('campaignEntries', broken);
    raw.close();
    const unreadable = 'its campaign record is unreadable; left untouched';
    expect(await store.campaigns.addCreators(A, [RINA, OZI], T0)).toEqual({
      added: 1,
      restored: 0,
      already: 0,
      skipped: [{ key: RINA, reason: unreadable }],
    });
    expect((await store.campaigns.updateCreators(A, [RINA], { stage: 'agreed' }, T0)).skipped).toEqual([
      { key: RINA, reason: unreadable },
    ]);
    expect((await store.campaigns.removeCreators(A, [RINA], T0)).skipped).toEqual([
      { key: RINA, reason: unreadable },
    ]);
    expect((await store.dump()).campaignEntries.find((r) => r.key === broken.id)?.value).toEqual(broken);
    expect(store.corruptRecords().some((r) => r.store === 'campaignEntries' && r.key === broken.id)).toBe(
      true,
    );
    await store.close();
  });
});

describe('visit queues', () => {
  const targets = parsePastedTargets('@a.one\n@b.two', 'instagram').targets;

  it('creators and queue are written together or not at all', async () => {
    const store = await storeWithCampaigns();
    await store.campaigns.setArchived(A, true, T0);
    await errorOf(store.campaigns.importToQueue(A, targets, T0));
    expect((await store.campaigns.queue(A)).items).toEqual([]);
    await store.campaigns.setArchived(A, false, T0);
    const restore = failWriteWithQuota(3); // the two entries, then the queue record
    await errorOf(store.campaigns.importToQueue(A, targets, T0));
    restore();
    expect((await store.campaigns.get(A))?.entries).toEqual([]);
    expect((await store.campaigns.queue(A)).items).toEqual([]);
    const { queue } = await store.campaigns.importToQueue(A, targets, T0);
    expect(queue.items.map((i) => i.key)).toEqual(['instagram:a.one', 'instagram:b.two']);
    expect(await store.campaigns.markVisited('instagram:b.two', T0 + 5)).toBe(1);
    expect(await store.campaigns.markVisited('instagram:nobody', T0 + 5)).toBe(0);
    expect((await store.campaigns.queue(A)).items.map((i) => i.visitedAt)).toEqual([null, T0 + 5]);
    await store.close();
  });

  it('an unreadable queue is never overwritten', async () => {
    const factory = freshFactory();
    const store = await newStore({ computeMetrics: null, fitScoring: null }, factory);
    await store.campaigns.create({ name: 'C' }, T0, A);
    const raw = await openDatabase(factory, 'microlens-test', DB_VERSION);
    await raw.put('meta', { key: `queue:${A}`, value: { campaignId: A, items: 'broken' } });
    raw.close();
    expect((await errorOf(store.campaigns.importToQueue(A, targets, T0))).message).toMatch(/unreadable/);
    expect((await store.dump()).meta.find((r) => r.key === `queue:${A}`)?.value).toEqual({
      key: `queue:${A}`,
      value: { campaignId: A, items: 'broken' },
    });
    expect(await store.campaigns.markVisited('instagram:a.one', T0)).toBe(0);
    await store.close();
  });
});

describe('delivered posts', () => {
  const sighting = (likes: number, views: number | null = 12_000) => ({
    postKey: 'instagram:C9kelana001',
    creatorKey: RINA,
    url: 'https://www.instagram.com/reel/C9kelana001/',
    takenAt: T0 - DAY,
    figures: { views, likes, comments: 40, shares: null, saves: null, exact: true },
  });

  it('attach needs the creator in the campaign; figures build a timeline each time the post is opened', async () => {
    const store = await storeWithCampaigns();
    expect((await errorOf(store.campaigns.attachPost(A, sighting(500), T0))).message).toMatch(
      /not in the campaign/,
    );
    await store.campaigns.addCreators(A, [RINA], T0);
    const first = await store.campaigns.attachPost(A, sighting(500), T0);
    expect(first).toMatchObject({ id: `post:${A}:instagram:C9kelana001`, attachedAt: T0, takenAt: T0 - DAY });
    expect(first.timeline).toEqual([
      { at: T0, views: 12_000, likes: 500, comments: 40, shares: null, saves: null, exact: true },
    ]);

    // Opened again the next day: one more point; the same figures again add nothing.
    expect(
      await store.campaigns.observePost('instagram:C9kelana001', sighting(900, 20_000).figures, T0 + DAY),
    ).toBe(1);
    expect(
      await store.campaigns.observePost('instagram:C9kelana001', sighting(900, 20_000).figures, T0 + 2 * DAY),
    ).toBe(0);
    expect(await store.campaigns.observePost('instagram:other', sighting(1).figures, T0)).toBe(0);
    const posts = (await store.campaigns.get(A))!.posts;
    expect(posts[0]!.timeline.map((p) => [p.at, p.likes, p.views])).toEqual([
      [T0, 500, 12_000],
      [T0 + DAY, 900, 20_000],
    ]);

    // Detached: kept, not listed, not updated; attaching again restores it with its timeline.
    expect(await store.campaigns.detachPost(A, 'instagram:C9kelana001', T0 + 3 * DAY)).toBe(true);
    expect((await store.campaigns.get(A))!.posts).toEqual([]);
    expect(
      await store.campaigns.observePost('instagram:C9kelana001', sighting(950).figures, T0 + 4 * DAY),
    ).toBe(0);
    const back = await store.campaigns.attachPost(A, sighting(1_000), T0 + 5 * DAY);
    expect(back.timeline.map((p) => p.likes)).toEqual([500, 900, 1_000]);
    expect(back.removed).toBeNull();
    await store.close();
  });

  it('refuses an invalid sighting', async () => {
    const store = await storeWithCampaigns();
    await store.campaigns.addCreators(A, [RINA], T0);
    expect(
      (await errorOf(store.campaigns.attachPost(A, { ...sighting(1), creatorKey: 'nope' }, T0))).code,
    ).toBe('invalid');
    expect((await errorOf(store.campaigns.attachPost(A, sighting(-5), T0))).code).toBe('invalid');
    await store.close();
  });
});
