/**
 * Page data is hostile input. What a page (its scripts, its API responses)
 * can reach is bounded three times, and each bound is tested here:
 * 1. the content script passes on only the bridge's shape, re-built from two
 *    strings (bridgePayload) — a forged message cannot choose its type;
 * 2. the background refuses every request outside CONTENT_SCRIPT_ALLOWED from
 *    a content script ('forbidden'), whatever it is;
 * 3. page-data:record is validated with zod (URL allow-list, sizes) and its
 *    body can only ever add readings for the open creator.
 */
import { describe, expect, it } from 'vitest';
import { handleRequest } from '@/lib/background/handle-request';
import { BRIDGE_CHANNEL, bridgePayload, MAX_BRIDGE_BODY_CHARS } from '@/lib/protocol/bridge-urls';
import { CONTENT_SCRIPT_ALLOWED, RequestSchema, type RequestType } from '@/lib/protocol/messages';
import { defaultSettings } from '@/lib/store/default-settings';
import type { Store } from '@/lib/store/store';
import { exact, newStore, post, reading, T0 } from '@/tests/support/store/helpers';

const KEY = 'tiktok:rina.makeup';
const PAGE_URL = 'https://www.tiktok.com/@rina.makeup';
const CONTENT = { kind: 'content-script', url: PAGE_URL } as const;
const ITEM_LIST = 'https://www.tiktok.com/api/post/item_list/?count=30';

/** One valid request of every type (RequestSchema accepts each; checked below). */
const SAMPLES: { [T in RequestType]: { type: T } & Record<string, unknown> } = {
  'reading:record': { type: 'reading:record', reading: reading({}) },
  'page-data:record': { type: 'page-data:record', pageUrl: PAGE_URL, url: ITEM_LIST, body: '{}' },
  'settings:overlay': { type: 'settings:overlay', platform: 'tiktok', mode: 'collapsed' },
  'creator:get': { type: 'creator:get', key: KEY },
  'overlay:card': { type: 'overlay:card', reading: reading({}), lang: 'id', error: 'x' },
  'overlay:prefs': { type: 'overlay:prefs' },
  'creator:history': { type: 'creator:history', key: KEY },
  'shortlist:save': { type: 'shortlist:save', key: KEY },
  'shortlist:remove': { type: 'shortlist:remove', keys: [KEY] },
  'shortlist:update': { type: 'shortlist:update', keys: [KEY], patch: { status: 'rejected', notes: 'x' } },
  'shortlist:page': { type: 'shortlist:page', limit: 50 },
  'shortlist:summary': { type: 'shortlist:summary' },
  'briefs:list': { type: 'briefs:list' },
  'briefs:save': { type: 'briefs:save', brief: { id: 'b9', name: 'Hijack', keywords: ['x'] } },
  'briefs:delete': { type: 'briefs:delete', id: 'b1' },
  'settings:get': { type: 'settings:get' },
  'settings:save': { type: 'settings:save', settings: { ...defaultSettings(), language: 'id' } },
  'backup:export': { type: 'backup:export' },
  'backup:import': {
    type: 'backup:import',
    text: '{"format":"microlens-backup","version":1,"exportedAt":1}',
  },
  'backup:export-begin': { type: 'backup:export-begin' },
  'backup:export-chunk': { type: 'backup:export-chunk', id: 'x1', index: 0 },
  'backup:import-begin': { type: 'backup:import-begin' },
  'backup:import-chunk': { type: 'backup:import-chunk', id: 'x1', index: 0, text: '{}' },
  'backup:import-commit': { type: 'backup:import-commit', id: 'x1' },
  'backup:import-abort': { type: 'backup:import-abort', id: 'x1' },
};

/** A store with a creator, a shortlist entry and a brief: something to lose. */
async function filledStore(): Promise<Store> {
  const store = await newStore();
  await store.recordReading(
    reading({
      platform: 'tiktok',
      url: PAGE_URL,
      followers: exact(12_000),
      recentPosts: [
        post({ id: '71', url: 'https://www.tiktok.com/@rina.makeup/video/71', likes: exact(300) }),
      ],
    }),
    T0,
  );
  await store.saveToShortlist(KEY, T0);
  await store.saveBrief({ id: 'b1', name: 'Skincare', keywords: ['serum'] } as never, T0);
  return store;
}

const ALL_TYPES = RequestSchema.options.map((o) => o.shape.type.value) as RequestType[];

describe('content scripts (page context) are refused everything outside CONTENT_SCRIPT_ALLOWED', () => {
  it('the samples cover every request type and each is a valid request', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...ALL_TYPES].sort());
    for (const sample of Object.values(SAMPLES)) {
      expect(RequestSchema.safeParse(sample).success, sample.type).toBe(true);
    }
  });

  it('the allowed set is exactly what the overlay and readers need', () => {
    // Widening this set widens what any page can make the extension do: change it deliberately.
    expect([...CONTENT_SCRIPT_ALLOWED].sort()).toEqual([
      // Read-only: the card in words and the card's settings (lib/background/handle-request.test.ts).
      'overlay:card',
      'overlay:prefs',
      'page-data:record',
      'reading:record',
      'settings:overlay',
      'shortlist:remove',
      'shortlist:save',
    ]);
  });

  it.each(ALL_TYPES.filter((t) => !CONTENT_SCRIPT_ALLOWED.has(t)))(
    '%s from a content script: forbidden, store unchanged',
    async (type) => {
      const store = await filledStore();
      const before = await store.dump();
      const reply = await handleRequest(store, SAMPLES[type], CONTENT, T0 + 1);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await store.dump()).toEqual(before);
    },
  );

  it('the same requests from an extension page do go through (the refusal is about the sender)', async () => {
    const store = await filledStore();
    const reply = await handleRequest(store, SAMPLES['backup:export'], { kind: 'extension-page' }, T0);
    expect(reply.ok).toBe(true);
  });
});

describe('bridgePayload: what the content script accepts from the page window', () => {
  const good = { channel: BRIDGE_CHANNEL, url: ITEM_LIST, body: '{}' };

  it('re-builds the payload from url and body only: a forged type or extra keys never pass', () => {
    const forged = { ...good, type: 'backup:export', pageUrl: 'https://evil.example/', settings: {} };
    expect(bridgePayload(forged)).toEqual({ url: ITEM_LIST, body: '{}' });
    expect(Object.keys(bridgePayload(forged) ?? {})).toEqual(['url', 'body']);
  });

  it.each([
    ['no channel', { url: ITEM_LIST, body: '{}' }],
    ['another channel', { ...good, channel: 'microlens:other' }],
    ['a bare request', { type: 'backup:export' }],
    ['a settings request', { type: 'settings:save', settings: {} }],
    ['url not a string', { ...good, url: { href: ITEM_LIST } }],
    ['body not a string', { ...good, body: { itemList: [] } }],
    ['another origin', { ...good, url: 'https://evil.example/api/post/item_list/' }],
    ['http', { ...good, url: 'http://www.tiktok.com/api/post/item_list/' }],
    ['credentials in the URL', { ...good, url: 'https://a:b@www.tiktok.com/api/post/item_list/' }],
    ['a path that only starts alike', { ...good, url: 'https://www.instagram.com/api/graphqlx' }],
    ['a path off the list', { ...good, url: 'https://www.tiktok.com/api/im/message/' }],
    ['javascript: URL', { ...good, url: 'javascript:alert(1)' }],
    ['a URL too long', { ...good, url: `${ITEM_LIST}&${'a'.repeat(4_000)}` }],
    ['a body too large', { ...good, body: 'x'.repeat(MAX_BRIDGE_BODY_CHARS + 1) }],
    ['null', null],
    ['a string', 'microlens:page-data'],
    ['an array', [BRIDGE_CHANNEL, ITEM_LIST, '{}']],
  ])('%s → ignored', (_what, data) => {
    expect(bridgePayload(data)).toBeNull();
  });
});

describe('page-data:record: validated, and it can only add readings for the open creator', () => {
  const message = (extra: Record<string, unknown>) => ({ ...SAMPLES['page-data:record'], ...extra });

  it.each([
    ['an API URL off the list', { url: 'https://www.tiktok.com/api/im/message/' }],
    ['another origin', { url: 'https://evil.example/api/post/item_list/' }],
    ['http', { url: 'http://www.tiktok.com/api/post/item_list/' }],
    ['a data: URL', { url: 'data:application/json,{}' }],
    ['no URL', { url: undefined }],
    ['a body that is not a string', { body: { itemList: [] } }],
    ['a body over the limit', { body: 'x'.repeat(MAX_BRIDGE_BODY_CHARS + 1) }],
    ['a page URL over the limit', { pageUrl: `${PAGE_URL}?${'a'.repeat(2_000)}` }],
  ])('%s → invalid-request, store unchanged', async (_what, extra) => {
    const store = await filledStore();
    const before = await store.dump();
    const reply = await handleRequest(store, message(extra), CONTENT, T0 + 1);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await store.dump()).toEqual(before);
  });

  it.each([
    ['not JSON', '<html>'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['wrong types', '{"itemList":"nope","userInfo":7}'],
    [
      'prototype keys',
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"itemList":[]}',
    ],
    ['deep nesting', `${'['.repeat(5_000)}${']'.repeat(5_000)}`],
  ])('a body of %s adds nothing and changes nothing', async (_what, body) => {
    const store = await filledStore();
    const before = await store.dump();
    const reply = await handleRequest(store, message({ body }), CONTENT, T0 + 1);
    expect(reply.ok).toBe(true);
    expect(await store.dump()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('odd items add at most a post of the open creator; nothing else changes', async () => {
    const store = await filledStore();
    const before = await store.dump();
    const body = '{"itemList":[{"id":"72"},{"id":{"x":1}},null,5,{"id":"73","author":"x","stats":[]}]}';
    expect((await handleRequest(store, message({ body }), CONTENT, T0 + 1)).ok).toBe(true);
    const after = await store.dump();
    for (const name of ['shortlist', 'briefs', 'settings'] as const)
      expect(after[name]).toEqual(before[name]);
    expect(after.creators.map((c) => c.key)).toEqual([KEY]);
    expect(after.posts.every((p) => (p.value as { creatorKey: string }).creatorKey === KEY)).toBe(true);
  });

  it("another account's posts, or the other site's API, add nothing for the open creator", async () => {
    const store = await filledStore();
    const before = await store.dump();
    const otherAuthor = JSON.stringify({
      itemList: [{ id: '99', author: { uniqueId: 'someone.else' }, stats: { diggCount: 5, playCount: 9 } }],
    });
    expect((await handleRequest(store, message({ body: otherAuthor }), CONTENT, T0 + 1)).ok).toBe(true);
    const wrongSite = message({ url: 'https://www.instagram.com/api/v1/feed/user/1/', body: otherAuthor });
    expect((await handleRequest(store, wrongSite, CONTENT, T0 + 1)).ok).toBe(true);
    expect(await store.dump()).toEqual(before);
  });
});
