import { describe, expect, it } from 'vitest';
import { authenticitySignals } from '@/lib/metrics/authenticity';
import { buildOverlayCard } from '@/lib/overlay-card/build-card';
import { cardLabels } from '@/lib/overlay-card/labels';
import type { OverlayCard } from '@/lib/overlay-card/model';
import type { OverlayPrefs } from '@/lib/overlay-card/prefs';
import { overlayPrefsOf } from '@/lib/overlay-card/prefs-of';
import type { Reply } from '@/lib/protocol/messages';
import type { CreatorView, ShortlistSummary } from '@/lib/schema/views';
import { defaultSettings } from '@/lib/store/default-settings';
import type { Store } from '@/lib/store/store';
import { failWriteWithQuota } from '@/tests/support/store/fault-injection';
import { exact, newStore, post, reading, T0 } from '@/tests/support/store/helpers';
import { defaultViewDeps } from './default-view-deps';
import { handleRequest } from './handle-request';
import type { ViewDeps } from './view-deps';

const PAGE = { kind: 'extension-page' } as const;
const CONTENT = { kind: 'content-script', url: 'https://www.instagram.com/rina.makeup/' } as const;

/** Real fit engine; signals stubbed so these tests only check the wiring. */
function testDeps(): ViewDeps & { fitsForCalls: number } {
  const deps = {
    fitsForCalls: 0,
    fitsFor(...args: Parameters<ViewDeps['fitsFor']>) {
      deps.fitsForCalls++;
      return defaultViewDeps.fitsFor(...args);
    },
    signals: ({ creator }: { creator: { key: string } }) => [
      { code: 'test-signal', level: 'ok' as const, params: { key: creator.key } },
    ],
  };
  return deps;
}

async function ask<T = unknown>(
  store: Store,
  message: unknown,
  sender: { kind: 'extension-page' | 'content-script'; url?: string } = PAGE,
  deps: ViewDeps = testDeps(),
): Promise<Reply<T>> {
  return (await handleRequest(store, message, sender, T0, deps)) as Reply<T>;
}

function beautyReading(handle: string, caption: string) {
  return reading({
    handle,
    followers: exact(5000),
    bio: caption,
    recentPosts: Array.from({ length: 6 }, (_, i) =>
      post({
        id: `${handle}${i}`,
        caption,
        likes: exact(200),
        comments: exact(10),
        takenAt: T0 - i * 86_400_000,
      }),
    ),
  });
}

describe('handleRequest: validation', () => {
  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['no type', { key: 'instagram:x' }],
    ['unknown type', { type: 'store:wipe' }],
    ['bad creator key', { type: 'creator:get', key: 'myspace:tom' }],
    [
      'bad patch field',
      { type: 'shortlist:update', keys: ['instagram:a'], patch: { status: 'saved', evil: 1 } },
    ],
    ['invalid reading', { type: 'reading:record', reading: { platform: 'instagram' } }],
    ['empty keys', { type: 'shortlist:remove', keys: [] }],
  ])('refuses a malformed request (%s) and changes nothing', async (_name, message) => {
    const store = await newStore();
    await store.recordReading(reading({}), T0);
    const before = await store.dump();
    const reply = await ask(store, message);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('invalid-request');
    expect(await store.dump()).toEqual(before);
  });

  it('refuses an unknown sender kind', async () => {
    const store = await newStore();
    const reply = await handleRequest(store, { type: 'settings:get' }, { kind: 'website' } as never, T0);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('handleRequest: content scripts', () => {
  it.each([
    { type: 'backup:export' },
    { type: 'backup:import', text: '{}' },
    { type: 'shortlist:page', limit: 40 },
    { type: 'shortlist:update', keys: ['instagram:rina.makeup'], patch: { status: 'rejected' } },
    { type: 'briefs:delete', id: 'b1' },
    { type: 'settings:save', settings: defaultSettings() },
    { type: 'creator:history', key: 'instagram:rina.makeup' },
    // The card gets its settings and words from overlay:prefs / overlay:card now.
    { type: 'creator:get', key: 'instagram:rina.makeup' },
    { type: 'settings:get' },
  ])('may not send $type (forbidden, nothing changes)', async (message) => {
    const store = await newStore();
    await store.recordReading(reading({}), T0);
    await store.saveToShortlist('instagram:rina.makeup', T0);
    const before = await store.dump();
    const reply = await ask(store, message, CONTENT);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await store.dump()).toEqual(before);
  });

  it('may record a reading, save, remove and ask for the card and its settings', async () => {
    const store = await newStore();
    const recorded = await ask<CreatorView>(store, { type: 'reading:record', reading: reading({}) }, CONTENT);
    expect(recorded.ok).toBe(true);
    const saved = await ask<CreatorView>(
      store,
      { type: 'shortlist:save', key: 'instagram:rina.makeup' },
      CONTENT,
    );
    expect(saved.ok && saved.data.entry?.status).toBe('saved');
    expect(await ask(store, { type: 'shortlist:remove', keys: ['instagram:rina.makeup'] }, CONTENT)).toEqual({
      ok: true,
      data: { removed: 1 },
    });
    expect((await ask(store, { type: 'overlay:prefs' }, CONTENT)).ok).toBe(true);
    expect((await ask(store, { type: 'overlay:card', reading: reading({}), lang: 'en' }, CONTENT)).ok).toBe(
      true,
    );
  });
});

describe('handleRequest: replies', () => {
  it('reading:record replies with the creator view: fits best first and signals', async () => {
    const store = await newStore();
    await store.saveBrief({ id: 'skin', name: 'Skincare', niches: ['skincare'], keywords: ['serum'] }, T0);
    await store.saveBrief({ id: 'game', name: 'Gaming', niches: ['gaming'], keywords: ['esports'] }, T0);
    const reply = await ask<CreatorView>(store, {
      type: 'reading:record',
      reading: beautyReading('rina.makeup', 'skincare routine with serum #skincare'),
    });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.data.creator.key).toBe('instagram:rina.makeup');
    expect(reply.data.fits.map((f) => f.briefId)).toEqual(['skin', 'game']);
    expect(reply.data.fits[0]!.score).toBeGreaterThan(reply.data.fits[1]!.score);
    expect(reply.data.signals).toEqual([
      { code: 'test-signal', level: 'ok', params: { key: 'instagram:rina.makeup' } },
    ]);
    expect(reply.data.entry).toBeNull();
  });

  it('with the default engines, signals are authenticitySignals over the stored creator and posts', async () => {
    const store = await newStore();
    const sponsored = reading({
      followers: exact(4000),
      recentPosts: Array.from({ length: 8 }, (_, i) =>
        post({
          id: `s${i}`,
          caption: 'Paid partnership #ad #endorse',
          likes: exact(40),
          comments: exact(0),
          takenAt: T0 - i * 86_400_000,
        }),
      ),
    });
    const reply = await handleRequest(store, { type: 'reading:record', reading: sponsored }, CONTENT, T0);
    if (!reply.ok) throw new Error(reply.error.message);
    const view = reply.data as CreatorView;
    const bundle = (await store.getCreator('instagram:rina.makeup'))!;
    const expected = authenticitySignals({
      creator: bundle.creator,
      posts: bundle.posts,
      metrics: bundle.creator.metrics,
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(view.signals).toEqual(expected);
    expect(view.fits).toEqual([]); // no briefs saved
  });

  it('a reading without a handle gets a clear invalid-request error and records nothing', async () => {
    const store = await newStore();
    const reply = await ask(store, { type: 'reading:record', reading: reading({ handle: null }) }, CONTENT);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (!reply.ok) expect(reply.error.message).toMatch(/no creator handle/);
    expect((await store.dump()).creators).toEqual([]);
  });

  it('creator:get of an unknown creator is null; shortlist:save of one is not-found', async () => {
    const store = await newStore();
    expect(await ask(store, { type: 'creator:get', key: 'instagram:nobody' })).toEqual({
      ok: true,
      data: null,
    });
    expect(await ask(store, { type: 'shortlist:save', key: 'instagram:nobody' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('shortlist:page gives lean rows with the cached fit scores (no scorer built), summary counts by status', async () => {
    const store = await newStore();
    await store.saveBrief({ id: 'skin', name: 'Skincare', niches: ['skincare'], keywords: [] }, T0);
    for (const h of ['a1', 'a2', 'a3']) {
      await store.recordReading(beautyReading(h, 'skincare'), T0);
      await store.saveToShortlist(`instagram:${h}`, T0);
    }
    await store.updateShortlist(['instagram:a2'], { status: 'contacted' }, T0 + 1);
    const deps = testDeps();
    const page = await ask<{ items: CreatorView[] }>(
      store,
      { type: 'shortlist:page', limit: 40 },
      PAGE,
      deps,
    );
    if (!page.ok) throw new Error(page.error.message);
    const list = { data: page.data.items };
    // The table's default order: last seen (all equal here), then key.
    expect(list.data.map((v) => v.creator.handle)).toEqual(['a1', 'a2', 'a3']);
    expect(list.data.every((v) => v.fits.length === 1 && v.fits[0]!.briefId === 'skin')).toBe(true);
    // Scores were cached when each reading was recorded: listing builds no scorer and reads no posts.
    expect(deps.fitsForCalls).toBe(0);
    expect(list.data.every((v) => !('signals' in v) && !('posts' in v))).toBe(true);
    // The same scores creator:get computes afresh.
    for (const row of list.data) {
      const full = await ask<CreatorView>(store, { type: 'creator:get', key: row.creator.key });
      if (!full.ok || !full.data) throw new Error('creator:get failed');
      expect(row.fits.map((f) => [f.briefId, f.score])).toEqual(
        full.data.fits.map((f) => [f.briefId, f.score]),
      );
    }
    const summary = await ask<ShortlistSummary>(store, { type: 'shortlist:summary' });
    expect(summary.ok && summary.data).toMatchObject({
      total: 3,
      creatorsKnown: 3,
      byStatus: { saved: 2, contacted: 1 },
    });
  });

  it('history, briefs, settings and backup round-trip through messages', async () => {
    const store = await newStore();
    await ask(store, { type: 'reading:record', reading: reading({ followers: exact(10) }) });
    const history = await ask<unknown[]>(store, {
      type: 'creator:history',
      key: 'instagram:rina.makeup',
      limit: 5,
    });
    expect(history.ok && history.data).toHaveLength(1);
    const brief = await ask(store, { type: 'briefs:save', brief: { id: 'b', name: 'B', keywords: ['k'] } });
    expect(brief).toMatchObject({ ok: true, data: { id: 'b', createdAt: T0 } });
    expect(await ask(store, { type: 'briefs:list' })).toMatchObject({ ok: true, data: [{ id: 'b' }] });
    expect(await ask(store, { type: 'briefs:delete', id: 'b' })).toEqual({
      ok: true,
      data: { deleted: true },
    });
    const settings = await ask<{ currency: string }>(store, { type: 'settings:get' });
    if (!settings.ok) throw new Error();
    await ask(store, { type: 'settings:save', settings: { ...settings.data, currency: 'MYR' } });
    expect(await ask(store, { type: 'settings:get' })).toMatchObject({ ok: true, data: { currency: 'MYR' } });
    const exported = await ask<{ json: string }>(store, { type: 'backup:export' });
    if (!exported.ok) throw new Error();
    const other = await newStore();
    const report = await ask(other, { type: 'backup:import', text: exported.data.json });
    expect(report).toMatchObject({
      ok: true,
      data: { added: { creators: 1, snapshots: 1, settings: 1 }, rejected: [] },
    });
    expect(await ask(other, { type: 'backup:import', text: 'not json' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('a quota failure replies with code quota and leaves the store as it was', async () => {
    const store = await newStore();
    await store.recordReading(reading({ followers: exact(10) }), T0);
    const before = await store.dump();
    const restore = failWriteWithQuota(2);
    try {
      const reply = await ask(store, {
        type: 'reading:record',
        reading: reading({ followers: exact(20), recentPosts: [post({ id: 'q1' }), post({ id: 'q2' })] }),
      });
      expect(reply).toMatchObject({ ok: false, error: { code: 'quota' } });
    } finally {
      restore();
    }
    expect(await store.dump()).toEqual(before);
  });

  it('a closed store replies with code storage', async () => {
    const store = await newStore();
    await store.close();
    expect(await ask(store, { type: 'settings:get' })).toMatchObject({
      ok: false,
      error: { code: 'storage' },
    });
  });
});

describe('handleRequest: page data and overlay settings from content scripts', () => {
  const itemList = (author: string, id: string, likes: number) =>
    JSON.stringify({
      itemList: [
        { id, author: { uniqueId: author }, stats: { diggCount: likes, commentCount: 3, playCount: 900 } },
      ],
    });
  const PAGE_DATA = {
    type: 'page-data:record',
    pageUrl: 'https://www.tiktok.com/@rina.makeup',
    url: 'https://www.tiktok.com/api/post/item_list/?count=30',
  };
  const TIKTOK = { kind: 'content-script', url: 'https://www.tiktok.com/@rina.makeup' } as const;

  it("records the open creator's posts from a response the page loaded, and answers with the view", async () => {
    const store = await newStore();
    const reply = await ask<CreatorView>(
      store,
      { ...PAGE_DATA, body: itemList('rina.makeup', '71', 420) },
      TIKTOK,
    );
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.data.creator.key).toBe('tiktok:rina.makeup');
    const stored = await store.getCreator('tiktok:rina.makeup');
    expect(stored?.posts.map((p) => [p.id, p.likes?.value])).toEqual([['71', 420]]);
  });

  it("adds nothing for another account's posts, or a body that is not JSON", async () => {
    const store = await newStore();
    const other = await ask(store, { ...PAGE_DATA, body: itemList('someone.else', '72', 5) }, TIKTOK);
    expect(other).toEqual({ ok: true, data: null });
    const junk = await ask(store, { ...PAGE_DATA, body: '<html>' }, TIKTOK);
    expect(junk).toEqual({ ok: true, data: null });
    expect(await store.getCreator('tiktok:someone.else')).toBeNull();
    expect(await store.getCreator('tiktok:rina.makeup')).toBeNull();
  });

  it('refuses page data from a URL outside the allowed API paths', async () => {
    const store = await newStore();
    const reply = await ask(
      store,
      { ...PAGE_DATA, url: 'https://www.tiktok.com/api/im/message/', body: itemList('rina.makeup', '73', 1) },
      TIKTOK,
    );
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('invalid-request');
    expect(await store.getCreator('tiktok:rina.makeup')).toBeNull();
  });

  it('lets a page change only its overlay mode, never other settings', async () => {
    const store = await newStore();
    const reply = await ask(store, { type: 'settings:overlay', platform: 'tiktok', mode: 'hidden' }, TIKTOK);
    expect(reply.ok).toBe(true);
    const after = await store.getSettings();
    expect(after.overlay).toEqual({ instagram: 'shown', tiktok: 'hidden' });
    const save = await ask(store, { type: 'settings:save', settings: { ...after, language: 'id' } }, TIKTOK);
    expect(save.ok).toBe(false);
    expect((await store.getSettings()).language).toBe(after.language);
  });
});

describe('handleRequest: the overlay card and its settings for content scripts', () => {
  /** A stored creator with posts, a brief to fit and a shortlist entry. */
  async function storedCreator(): Promise<Store> {
    const store = await newStore();
    await store.saveBrief({ id: 'skin', name: 'Skincare', niches: ['skincare'], keywords: ['serum'] }, T0);
    await store.recordReading(beautyReading('rina.makeup', 'skincare routine with serum #skincare'), T0);
    await store.saveToShortlist('instagram:rina.makeup', T0);
    return store;
  }

  it("words the card from the reading and the creator's stored view, as creator:get returns it", async () => {
    const store = await storedCreator();
    const page = reading({ displayName: 'Rina', followers: exact(5100), notices: ['x'] });
    const reply = await ask<OverlayCard>(
      store,
      { type: 'overlay:card', reading: page, lang: 'id', error: 'No counts found on this page.' },
      CONTENT,
    );
    if (!reply.ok) throw new Error(reply.error.message);
    const view = await ask<CreatorView>(store, { type: 'creator:get', key: 'instagram:rina.makeup' });
    if (!view.ok) throw new Error(view.error.message);
    expect(reply.data).toEqual(
      buildOverlayCard({
        reading: page,
        view: view.data,
        lang: 'id',
        now: T0,
        error: 'No counts found on this page.',
      }),
    );
    // The stored figures, not only the page's: computed tier, the brief's fit, the shortlist entry.
    expect(reply.data.key).toBe('instagram:rina.makeup');
    expect(reply.data.saved).toBe(true);
    expect(reply.data.figures.find((f) => f.id === 'ml-tier')?.state).toBe('known');
    expect(reply.data.figures.find((f) => f.id === 'ml-best-fit')?.note).toBe('Skincare');
    expect(reply.data.error).toBe('Halaman ini tidak bisa dibaca: Tidak ada angka di halaman ini.');
    expect(reply.data.labels).toEqual(cardLabels('id'));
  });

  it('gives a card with pending figures and nothing to save for a creator not stored, or a page without a handle', async () => {
    const store = await storedCreator();
    for (const page of [
      reading({ handle: 'someone.new', followers: exact(800) }),
      reading({ handle: null }),
    ]) {
      const reply = await ask<OverlayCard>(
        store,
        { type: 'overlay:card', reading: page, lang: 'en' },
        CONTENT,
      );
      if (!reply.ok) throw new Error(reply.error.message);
      expect(reply.data).toEqual(buildOverlayCard({ reading: page, view: null, lang: 'en', now: T0 }));
      expect(reply.data.key).toBeNull();
      expect(reply.data.figures.find((f) => f.id === 'ml-tier')?.state).toBe('pending');
    }
  });

  it('answers overlay:prefs with the current overlay settings and both languages of card words', async () => {
    const store = await newStore();
    await ask(store, { type: 'settings:overlay', platform: 'tiktok', mode: 'collapsed' }, CONTENT);
    const reply = await ask<OverlayPrefs>(store, { type: 'overlay:prefs' }, CONTENT);
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.data).toEqual(overlayPrefsOf(await store.getSettings()));
    expect(reply.data.overlay.tiktok).toBe('collapsed');
    expect(reply.data.labels.en.save).toBe('Save');
    expect(reply.data.labels.id.save).toBe('Simpan');
  });

  it('lets a page write nothing through them, whatever the reading says', async () => {
    const store = await storedCreator();
    const before = await store.dump();
    const requests = [
      // A newer reading of the stored creator, and one of a creator never stored: neither is recorded.
      { type: 'overlay:card', reading: reading({ followers: exact(9_999_999), bio: 'changed' }), lang: 'en' },
      { type: 'overlay:card', reading: reading({ handle: 'not.stored', followers: exact(5) }), lang: 'id' },
      { type: 'overlay:prefs' },
    ];
    for (const request of requests) expect((await ask(store, request, CONTENT)).ok).toBe(true);
    expect(await store.dump()).toEqual(before);
  });

  it.each([
    ['an unknown language', { lang: 'fr' }],
    ['no language', { lang: undefined }],
    ['an error over 500 characters', { lang: 'en', error: 'x'.repeat(501) }],
    ['an invalid reading', { lang: 'en', reading: { platform: 'instagram' } }],
  ])('refuses an overlay:card with %s', async (_name, over) => {
    const store = await newStore();
    const reply = await ask(store, { type: 'overlay:card', reading: reading({}), ...over }, CONTENT);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
