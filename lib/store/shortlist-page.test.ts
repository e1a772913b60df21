import { describe, expect, it } from 'vitest';
import { handleRequest } from '@/lib/background/handle-request';
import type { ShortlistItem } from '@/lib/schema/views';
import { DAY, exact, freshFactory, newStore, post, reading, T0 } from '@/tests/support/store/helpers';
import { openDatabase } from './connection';
import { byLastSeenThenKey } from './shortlist-page';
import type { Store } from './store';

const SKIN = { id: 'skin', name: 'Skincare', niches: ['skincare'], keywords: ['serum'] };
const GAME = { id: 'game', name: 'Gaming', niches: ['gaming'], keywords: [] };

async function see(store: Store, handle: string, at: number, caption = 'serum #skincare') {
  await store.recordReading(
    reading({
      handle,
      url: `https://www.instagram.com/${handle}/`,
      readAt: at,
      followers: exact(4000),
      recentPosts: [post({ id: `${handle}1`, caption, likes: exact(90), takenAt: at - DAY })],
    }),
    at,
  );
}

/** What the table would show first: the whole list in its default order. */
async function expectedTop(store: Store, limit: number, now: number): Promise<ShortlistItem[]> {
  return (await store.listShortlistRows(now)).sort(byLastSeenThenKey).slice(0, limit);
}

const summary = (items: ShortlistItem[]) =>
  items.map((i) => [i.creator.key, i.entry?.status, i.fits.map((f) => [f.briefId, f.score])]);

describe('the first page of the shortlist', () => {
  it('is exactly the top of the full list in the table order, ties cut by key; total counts every entry', async () => {
    const store = await newStore();
    await store.saveBrief(SKIN, T0);
    // Seven seen at the same moment (ties), three later; two of the later ones are not shortlisted.
    for (const h of ['g', 'c', 'a', 'f', 'b', 'e', 'd']) await see(store, h, T0);
    for (const h of ['x', 'y', 'z']) await see(store, h, T0 + DAY, 'push rank #gaming');
    for (const h of ['g', 'c', 'a', 'f', 'b', 'e', 'd', 'y'])
      await store.saveToShortlist(`instagram:${h}`, T0);
    const page = await store.shortlistPage(T0 + 2 * DAY, 4);
    expect(page.total).toBe(8);
    expect(page.items.map((i) => i.creator.handle)).toEqual(['y', 'a', 'b', 'c']);
    expect(summary(page.items)).toEqual(summary(await expectedTop(store, 4, T0 + 2 * DAY)));
    // A page longer than the list is the whole list.
    const all = await store.shortlistPage(T0 + 2 * DAY, 50);
    expect(summary(all.items)).toEqual(summary(await expectedTop(store, 50, T0 + 2 * DAY)));
    expect(all.items).toHaveLength(8);
  });

  it('scores its rows against the current briefs when the cached scores are stale', async () => {
    const store = await newStore();
    await store.saveBrief(SKIN, T0);
    for (const [h, caption] of [
      ['ana', 'serum #skincare'],
      ['budi', 'push rank #gaming'],
    ]) {
      await see(store, h as string, T0, caption);
      await store.saveToShortlist(`instagram:${h}`, T0);
    }
    await store.saveBrief(GAME, T0 + 1);
    const page = await store.shortlistPage(T0 + 2, 10);
    for (const item of page.items) expect(item.fits.map((f) => f.briefId).sort()).toEqual(['game', 'skin']);
    expect(summary(page.items)).toEqual(summary(await expectedTop(store, 10, T0 + 2)));
  });

  it('skips a corrupt creator (reported), as the full list does', async () => {
    const factory = freshFactory();
    const store = await newStore({}, factory);
    for (const h of ['ana', 'budi', 'citra']) {
      await see(store, h, T0 + (h === 'budi' ? DAY : 0));
      await store.saveToShortlist(`instagram:${h}`, T0);
    }
    const db = await openDatabase(factory, 'microlens-test');
    const raw = (await db.get('creators', 'instagram:budi')) as Record<string, unknown>;
    await db.put('creators', { ...raw, handle: 'NOT A HANDLE!' });
    db.close();
    const page = await store.shortlistPage(T0 + 2 * DAY, 2);
    expect(page.items.map((i) => i.creator.handle)).toEqual(['ana', 'citra']);
    expect(store.corruptRecords().some((r) => r.store === 'creators' && r.key === 'instagram:budi')).toBe(
      true,
    );
  });

  it('when few recently seen creators are shortlisted, returns a short page and where to go on, never the whole list', async () => {
    const factory = freshFactory();
    const store = await newStore({}, factory);
    for (const h of ['old1', 'old2', 'old3']) {
      await see(store, h, T0);
      await store.saveToShortlist(`instagram:${h}`, T0);
    }
    const template = (await store.dump()).creators[0]!.value as Record<string, unknown>;
    // 450 creators seen more recently, none shortlisted: more than the walk's step limit.
    const db = await openDatabase(factory, 'microlens-test');
    const tx = db.transaction('creators', 'readwrite');
    for (let i = 0; i < 450; i++) {
      await tx.store.put({ ...template, key: `instagram:n${i}`, handle: `n${i}`, lastSeen: T0 + DAY + i });
    }
    await tx.done;
    db.close();
    // The walk stops after its step limit with nothing found, somewhere among the newer creators.
    const page = await store.shortlistPage(T0 + 2 * DAY, 2);
    expect(page.total).toBe(3);
    expect(page.items).toEqual([]);
    expect(page.next!.lastSeen).toBeGreaterThan(T0);
    const rest = await allPagesFrom(store, 2, T0 + 2 * DAY, page.next);
    expect(rest.flat().map((i) => i.creator.handle)).toEqual(['old1', 'old2', 'old3']);
    expect(rest.at(-2)!.map((i) => i.creator.handle)).toEqual(['old1', 'old2']);
  });

  it('counts the total from the kept counters, and counts the store when that record is gone', async () => {
    const factory = freshFactory();
    const store = await newStore({}, factory);
    for (const h of ['a', 'b', 'c']) {
      await see(store, h, T0);
      await store.saveToShortlist(`instagram:${h}`, T0);
    }
    expect((await store.shortlistPage(T0, 2)).total).toBe(3);
    const db = await openDatabase(factory, 'microlens-test');
    await db.delete('meta', 'counts');
    db.close();
    const page = await store.shortlistPage(T0, 2);
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.creator.handle)).toEqual(['a', 'b']);
  });

  it('is a message an extension page may send (limit bounded), a content script may not', async () => {
    const store = await newStore();
    await see(store, 'ana', T0);
    await store.saveToShortlist('instagram:ana', T0);
    const page = { kind: 'extension-page' } as const;
    const ok = await handleRequest(store, { type: 'shortlist:page', limit: 30 }, page, T0);
    expect(ok).toMatchObject({ ok: true, data: { total: 1, items: [{ creator: { handle: 'ana' } }] } });
    expect(await handleRequest(store, { type: 'shortlist:page', limit: 0 }, page, T0)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    const content = { kind: 'content-script', url: 'https://www.instagram.com/' } as const;
    expect(await handleRequest(store, { type: 'shortlist:page', limit: 30 }, content, T0)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

/** Every page from the top, following `next`, until the end. */
async function allPages(store: Store, limit: number, now: number) {
  const pages: ShortlistItem[][] = [];
  let after: { lastSeen: number; key: string } | null = null;
  do {
    const page = await store.shortlistPage(now, limit, after);
    pages.push(page.items);
    after = page.next;
  } while (after && pages.length < 1_000);
  return pages;
}

describe('the shortlist read page by page', () => {
  /** 60 creators in big ties (lastSeen one of three times), 12 of them not shortlisted, written raw. */
  async function tiedStore() {
    const factory = freshFactory();
    const store = await newStore({}, factory);
    await store.saveBrief(SKIN, T0);
    await see(store, 'seed', T0);
    await store.saveToShortlist('instagram:seed', T0);
    const dump = await store.dump();
    const template = dump.creators[0]!.value as Record<string, unknown>;
    const entry = dump.shortlist[0]!.value as Record<string, unknown>;
    const db = await openDatabase(factory, 'microlens-test');
    const tx = db.transaction(['creators', 'shortlist'], 'readwrite');
    // Keys written in scrambled order so neither insertion nor time order gives the answer away.
    for (let i = 0; i < 60; i++) {
      const n = (i * 37) % 60;
      const key = `instagram:t${String(n).padStart(2, '0')}`;
      await tx.objectStore('creators').put({
        ...template,
        key,
        handle: `t${String(n).padStart(2, '0')}`,
        lastSeen: T0 - (n % 3) * DAY,
      });
      if (n % 5 !== 0) await tx.objectStore('shortlist').put({ ...entry, creatorKey: key, notes: `n${n}` });
    }
    await tx.done;
    await db.delete('meta', 'counts');
    db.close();
    return store;
  }

  it('gives every row exactly once, in the table order (ties by key), at every page size', async () => {
    const store = await tiedStore();
    const expected = (await store.listShortlistRows(T0)).sort(byLastSeenThenKey);
    expect(expected).toHaveLength(49);
    for (const limit of [1, 2, 7, 16, 17, 40, 500]) {
      const pages = await allPages(store, limit, T0);
      const rows = pages.flat();
      expect(
        rows.map((r) => r.creator.key),
        `limit ${limit}`,
      ).toEqual(expected.map((r) => r.creator.key));
      // Full pages except the last (nothing here makes the walk stop short).
      for (const page of pages.slice(0, -1)) expect(page).toHaveLength(limit);
      expect(summary(rows)).toEqual(summary(expected));
      expect(rows.map((r) => r.entry?.notes)).toEqual(expected.map((r) => r.entry?.notes));
    }
  });

  it('starts a page inside a tie where the last one ended, whatever the tie size', async () => {
    const store = await tiedStore();
    const first = await store.shortlistPage(T0, 5);
    // All five at the newest time: the tie goes on after them.
    expect(new Set(first.items.map((i) => i.creator.lastSeen))).toEqual(new Set([T0]));
    expect(first.next).toEqual({ lastSeen: T0, key: first.items.at(-1)!.creator.key });
    const second = await store.shortlistPage(T0, 5, first.next);
    expect(second.items[0]!.creator.key > first.items.at(-1)!.creator.key).toBe(true);
    expect(second.items[0]!.creator.lastSeen).toBe(T0);
  });

  it('a row recorded meanwhile is not given twice by pages already past it', async () => {
    const store = await tiedStore();
    const first = await store.shortlistPage(T0, 10);
    // A reading moves a creator from lower in the list to the top.
    await see(store, 't59', T0 + DAY);
    const rest = (await allPagesFrom(store, 10, T0 + DAY, first.next)).flat();
    const keys = [...first.items, ...rest].map((r) => r.creator.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('accepts `after` from an extension page, bounded, and refuses a malformed one', async () => {
    const store = await tiedStore();
    const page = { kind: 'extension-page' } as const;
    const one = await handleRequest(store, { type: 'shortlist:page', limit: 3 }, page, T0);
    expect(one.ok).toBe(true);
    const next = (one as { data: { next: unknown } }).data.next;
    const two = await handleRequest(store, { type: 'shortlist:page', limit: 3, after: next }, page, T0);
    expect(two).toMatchObject({ ok: true, data: { items: [{}, {}, {}] } });
    for (const after of [{ lastSeen: 'x', key: '' }, { lastSeen: T0, key: 'not a key' }, { lastSeen: T0 }]) {
      expect(await handleRequest(store, { type: 'shortlist:page', limit: 3, after }, page, T0)).toMatchObject(
        {
          ok: false,
          error: { code: 'invalid-request' },
        },
      );
    }
    expect(await handleRequest(store, { type: 'shortlist:page', limit: 501 }, page, T0)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });
});

async function allPagesFrom(
  store: Store,
  limit: number,
  now: number,
  after: { lastSeen: number; key: string } | null,
) {
  const pages: ShortlistItem[][] = [];
  while (after && pages.length < 1_000) {
    const page = await store.shortlistPage(now, limit, after);
    pages.push(page.items);
    after = page.next;
  }
  return pages;
}
