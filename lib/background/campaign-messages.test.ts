/**
 * Campaign requests through the worker's real router and a real store: the
 * dashboard's whole flow, validation of every request, and the rule that a
 * content script (code inside instagram.com / tiktok.com) may send none of them.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportCampaignCsv } from '@/lib/csv/campaign-presets';
import type { CampaignRequest, CampaignResponseMap } from '@/lib/protocol/campaign-messages';
import { CampaignRequestSchema } from '@/lib/protocol/campaign-messages';
import type { Reply } from '@/lib/protocol/messages';
import type { Store } from '@/lib/store/store';
import { exact, newStore, post, reading, T0 } from '@/tests/support/store/helpers';
import { handleRequest } from './handle-request';

const PAGE = { kind: 'extension-page', url: 'chrome-extension://abc/dashboard.html' } as const;
const CONTENT = { kind: 'content-script', url: 'https://www.instagram.com/rina.makeup/' } as const;
const RINA = 'instagram:rina.makeup';
const OZI = 'tiktok:bang.ozi.main';

async function ask<T extends CampaignRequest['type']>(
  store: Store,
  request: Extract<CampaignRequest, { type: T }> | Record<string, unknown>,
  sender: typeof PAGE | typeof CONTENT = PAGE,
): Promise<Reply<CampaignResponseMap[T]>> {
  return (await handleRequest(store, request, sender, T0)) as Reply<CampaignResponseMap[T]>;
}

async function ok<T extends CampaignRequest['type']>(
  store: Store,
  request: Extract<CampaignRequest, { type: T }>,
): Promise<CampaignResponseMap[T]> {
  const reply = await ask<T>(store, request);
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.data;
}

/** One valid example of every campaign request. */
function everyRequest(id: string): CampaignRequest[] {
  return [
    { type: 'campaigns:list' },
    { type: 'campaigns:overview', today: '2027-02-03' },
    { type: 'campaigns:get', id, today: '2027-02-03' },
    { type: 'campaigns:create', campaign: { name: 'X' } },
    { type: 'campaigns:update', id, patch: { name: 'Y' } },
    { type: 'campaigns:archive', id, archived: true },
    { type: 'campaigns:add-creators', id, keys: [RINA] },
    { type: 'campaigns:remove-creators', id, keys: [RINA] },
    { type: 'campaigns:restore-creators', id, keys: [RINA] },
    { type: 'campaigns:move-creators', from: id, to: id, keys: [RINA] },
    { type: 'campaigns:update-creators', id, keys: [RINA], patch: { stage: 'agreed' } },
    {
      type: 'campaigns:attach-post',
      id,
      post: {
        postKey: 'instagram:C1',
        creatorKey: RINA,
        url: 'https://www.instagram.com/p/C1/',
        takenAt: null,
        figures: { views: null, likes: 1, comments: 1, shares: null, saves: null, exact: true },
      },
    },
    { type: 'campaigns:detach-post', id, postKey: 'instagram:C1' },
    { type: 'campaigns:rows', id, today: '2027-02-03' },
    { type: 'campaigns:queue-get', id },
    {
      type: 'campaigns:queue-import',
      id,
      platform: 'instagram',
      source: { kind: 'paste', text: '@rina.makeup' },
    },
    { type: 'campaigns:queue-skip', id, key: RINA, skipped: true },
  ];
}

describe('campaign requests', () => {
  it('the dashboard flow: create, add, set stages and fees, overview with progress, remove and undo', async () => {
    const store = await newStore({ computeMetrics: null, fitScoring: null });
    const created = await ok(store, {
      type: 'campaigns:create',
      campaign: {
        name: 'Ramadan 2027',
        client: 'Kopi Kenangan',
        budget: { amount: 10_000_000, currency: 'IDR' },
        targetCreators: 20,
      },
    });
    expect(created.id).toMatch(/^cmp_[A-Za-z0-9]{32}$/);
    const id = created.id;
    expect(await ok(store, { type: 'campaigns:add-creators', id, keys: [RINA, OZI] })).toMatchObject({
      added: 2,
    });
    await ok(store, {
      type: 'campaigns:update-creators',
      id,
      keys: [RINA],
      patch: { stage: 'agreed', fee: { amount: 4_000_000, currency: 'IDR' } },
    });
    const [overview] = await ok(store, { type: 'campaigns:overview', today: '2027-02-03' });
    expect(overview!.campaign.name).toBe('Ramadan 2027');
    expect(overview!.progress).toMatchObject({
      creators: 2,
      target: 20,
      committed: { amount: 4_000_000, currency: 'IDR', creators: 1 },
      committedShare: 0.4,
    });
    expect(overview!.progress.byStage).toMatchObject({ saved: 1, agreed: 1 });

    expect(await ok(store, { type: 'campaigns:remove-creators', id, keys: [RINA] })).toEqual({
      removed: 1,
      skipped: [],
    });
    let view = await ok(store, { type: 'campaigns:get', id, today: '2027-02-03' });
    expect(view?.entries.map((e) => e.creatorKey)).toEqual([OZI]);
    expect(view?.removed.map((e) => e.creatorKey)).toEqual([RINA]);
    expect(view?.progress.committed.amount).toBe(0);
    await ok(store, { type: 'campaigns:restore-creators', id, keys: [RINA] });
    view = await ok(store, { type: 'campaigns:get', id, today: '2027-02-03' });
    expect(view?.progress.committed.amount).toBe(4_000_000);
    await store.close();
  });

  it('a content script may send none of them, valid or not, and nothing is written', async () => {
    const store = await newStore();
    const created = await ok(store, { type: 'campaigns:create', campaign: { name: 'Secret client' } });
    const requests = [
      ...everyRequest(created.id),
      { type: 'campaigns:anything-new' },
      { type: 'campaigns:list', junk: 1 },
    ];
    for (const request of requests) {
      const reply = await ask(store, request, CONTENT);
      expect(reply, request.type as string).toEqual({
        ok: false,
        error: { code: 'forbidden', message: `A page script may not send ${request.type}.` },
      });
    }
    expect((await store.campaigns.list(true)).map((c) => [c.name, c.archived])).toEqual([
      ['Secret client', false],
    ]);
    expect((await store.campaigns.get(created.id))?.entries).toEqual([]);
    await store.close();
  });

  it('every request type has a handler and a schema (the example list covers the whole union)', () => {
    const types = everyRequest('cmp_abcdefgh').map((r) => r.type);
    const union = CampaignRequestSchema.options.map((o) => o.shape.type.value);
    expect([...types].sort()).toEqual([...union].sort());
    for (const r of everyRequest('cmp_abcdefgh'))
      expect(CampaignRequestSchema.safeParse(r).success).toBe(true);
  });

  it.each([
    [{ type: 'campaigns:unknown' }],
    [{ type: 'campaigns:create', campaign: { name: '' } }],
    [{ type: 'campaigns:create', campaign: { name: 'X', budget: { amount: 5, currency: 'EUR' } } }],
    [{ type: 'campaigns:get', id: 'not-an-id', today: '2027-02-03' }],
    [{ type: 'campaigns:overview', today: '03/02/2027' }],
    [{ type: 'campaigns:add-creators', id: 'cmp_abcdefgh', keys: [] }],
    [{ type: 'campaigns:add-creators', id: 'cmp_abcdefgh', keys: ['<script>'] }],
    [{ type: 'campaigns:update-creators', id: 'cmp_abcdefgh', keys: [RINA], patch: { stage: 'paid' } }],
    [{ type: 'campaigns:update', id: 'cmp_abcdefgh', patch: { archived: true } }],
  ])('malformed %j → invalid-request, nothing written', async (request) => {
    const store = await newStore();
    const reply = await ask(store, request);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('invalid-request');
    expect(await store.campaigns.list(true)).toEqual([]);
    await store.close();
  });

  it('store refusals become error replies the UI can act on', async () => {
    const store = await newStore();
    const missing = await ask(store, { type: 'campaigns:add-creators', id: 'cmp_missing00', keys: [RINA] });
    expect(missing).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No campaign with id cmp_missing00.' },
    });
    const unknownBrief = await ask(store, {
      type: 'campaigns:create',
      campaign: { name: 'X', briefIds: ['nope'] },
    });
    expect(!unknownBrief.ok && unknownBrief.error.code).toBe('not-found');
    await store.close();
  });

  it('opening an attached post again records its figures; a page can attach nothing', async () => {
    const store = await newStore({ computeMetrics: null, fitScoring: null });
    const { id } = await ok(store, { type: 'campaigns:create', campaign: { name: 'C' } });
    await ok(store, { type: 'campaigns:add-creators', id, keys: [RINA] });
    const postPage = (likes: number, postId = 'C1') =>
      reading({
        pageKind: 'post',
        url: `https://www.instagram.com/p/${postId}/`,
        post: post({ id: postId, author: 'rina.makeup', likes: exact(likes), comments: exact(12) }),
      });
    // Not attached yet: the content script's reading changes no campaign.
    expect(
      (await handleRequest(store, { type: 'reading:record', reading: postPage(100) }, CONTENT, T0)).ok,
    ).toBe(true);
    expect((await store.campaigns.get(id))?.posts).toEqual([]);

    await ok(store, {
      type: 'campaigns:attach-post',
      id,
      post: {
        postKey: 'instagram:C1',
        creatorKey: RINA,
        url: 'https://www.instagram.com/p/C1/',
        takenAt: null,
        figures: { views: null, likes: 100, comments: 12, shares: null, saves: null, exact: true },
      },
    });
    expect(
      (await handleRequest(store, { type: 'reading:record', reading: postPage(250) }, CONTENT, T0 + 1)).ok,
    ).toBe(true);
    expect(
      (await handleRequest(store, { type: 'reading:record', reading: postPage(7, 'C2') }, CONTENT, T0 + 2))
        .ok,
    ).toBe(true);
    const posts = (await store.campaigns.get(id))!.posts;
    expect(posts.map((p) => p.postKey)).toEqual(['instagram:C1']);
    expect(posts[0]!.timeline.map((f) => [f.at, f.likes])).toEqual([
      [T0, 100],
      [T0 + 1, 250],
    ]);
    await store.close();
  });

  it('visit queue: import 20 handles, visit at the user’s pace, "3 of 20 visited"', async () => {
    const store = await newStore({ computeMetrics: null, fitScoring: null });
    const { id } = await ok(store, { type: 'campaigns:create', campaign: { name: 'Queue' } });
    const handles = Array.from({ length: 20 }, (_, i) => `@creator_${i}`);
    const text = [
      ...handles.slice(0, 10),
      'https://www.instagram.com/p/C9kelana001/',
      ...handles.slice(10),
      '@creator_3',
    ].join('\n');
    const imported = await ok(store, {
      type: 'campaigns:queue-import',
      id,
      platform: 'instagram',
      source: { kind: 'paste', text },
    });
    expect(imported.added).toEqual({ added: 20, restored: 0, already: 0, skipped: [] });
    expect(imported.rejected).toEqual([
      { where: 11, value: 'https://www.instagram.com/p/C9kelana001/', reason: 'post-link' },
      { where: 22, value: '@creator_3', reason: 'duplicate' },
    ]);
    expect(imported.progress).toEqual({ total: 20, visited: 0, skipped: 0, remaining: 20, done: false });
    expect(imported.next?.url).toBe('https://www.instagram.com/creator_0/');
    // The campaign has them too, as saved creators not yet visited.
    expect((await store.campaigns.get(id))?.entries).toHaveLength(20);

    // The user opens profiles (through the queue or not): the content script's readings mark them visited.
    for (const handle of ['creator_0', 'creator_1', 'creator_7']) {
      const visit = reading({ handle, url: `https://www.instagram.com/${handle}/` });
      expect((await handleRequest(store, { type: 'reading:record', reading: visit }, CONTENT, T0)).ok).toBe(
        true,
      );
    }
    const skipped = await ok(store, {
      type: 'campaigns:queue-skip',
      id,
      key: 'instagram:creator_2',
      skipped: true,
    });
    expect(skipped.progress).toEqual({ total: 20, visited: 3, skipped: 1, remaining: 16, done: false });
    expect(skipped.next?.handle).toBe('creator_3');

    // Importing again adds only the new ones; a CSV column works the same way.
    const csv = await ok(store, {
      type: 'campaigns:queue-import',
      id,
      platform: null,
      source: { kind: 'csv', text: 'Nama;TikTok\r\nOzi;@bang.ozi.main\r\nLagi;creator_0\r\n' },
    });
    expect(csv.column).toBe('TikTok');
    expect(csv.added.added).toBe(2);
    expect(csv.progress.total).toBe(22);
    await store.close();
  });

  it('a CSV that cannot be read is refused with the reason, and nothing is added', async () => {
    const store = await newStore();
    const { id } = await ok(store, { type: 'campaigns:create', campaign: { name: 'Queue' } });
    const reply = await ask(store, {
      type: 'campaigns:queue-import',
      id,
      platform: 'instagram',
      source: { kind: 'csv', text: 'handle\n"@rina.makeup\n' },
    });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'A quoted field opened on line 2 is never closed.' },
    });
    expect((await store.campaigns.get(id))?.entries).toEqual([]);
    expect((await ok(store, { type: 'campaigns:queue-get', id })).progress.total).toBe(0);
    await store.close();
  });

  it('rows for the table and the CSV: figures, fits on the campaign’s briefs, contacts read in the worker', async () => {
    const store = await newStore();
    await store.saveBrief({ id: 'kopi', name: 'Kopi', keywords: ['kopi'] }, T0);
    await store.saveBrief({ id: 'other', name: 'Other', keywords: ['skincare'] }, T0);
    await handleRequest(
      store,
      {
        type: 'reading:record',
        reading: reading({
          handle: 'rina.makeup',
          followers: exact(12_530),
          bio: 'Review kopi jujur ☕ Endorse: WA 0812-3456-7890 · rina@mail.example',
          externalUrl: 'https://linktr.ee/rina',
        }),
      },
      CONTENT,
      T0,
    );
    const { id } = await ok(store, {
      type: 'campaigns:create',
      campaign: { name: 'Kopi', briefIds: ['kopi'] },
    });
    await ok(store, { type: 'campaigns:add-creators', id, keys: [RINA, OZI] });
    const rows = await ok(store, { type: 'campaigns:rows', id, today: '2027-02-03' });
    expect(rows.map((r) => r.entry.creatorKey)).toEqual([RINA, OZI]);
    expect(rows[0]!.creator?.followers?.value).toBe(12_530);
    expect(rows[0]!.fits.map((f) => f.briefId)).toEqual(['kopi']);
    expect(rows[0]!.contacts).toEqual({
      emails: ['rina@mail.example'],
      phones: ['+6281234567890'],
      links: ['https://linktr.ee/rina'],
    });
    // Imported but not visited yet: nothing known, nothing made up.
    expect(rows[1]).toMatchObject({ creator: null, fits: [], contacts: null, delivered: null });
    // The rows go straight into the client CSV, parsed back by a real CSV parser.
    const csv = exportCampaignCsv(rows, { preset: 'client', lang: 'id', briefs: [], today: '2027-02-03' });
    const records = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(records[0]).toMatchObject({ Akun: 'rina.makeup', Pengikut: '12530', Email: 'rina@mail.example' });
    expect(records[0]!['Telepon / WhatsApp']).toBe("'+6281234567890");
    expect(records[1]).toMatchObject({ Akun: 'bang.ozi.main', Pengikut: '', Email: '' });
    await store.close();
  });

  it('the main protocol is unchanged: other requests still route as before', async () => {
    const store = await newStore();
    const reply = await handleRequest(store, { type: 'settings:get' }, CONTENT, T0);
    expect(reply).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'A page script may not send settings:get.' },
    });
    expect((await handleRequest(store, { type: 'shortlist:summary' }, PAGE, T0)).ok).toBe(true);
    await store.close();
  });
});
