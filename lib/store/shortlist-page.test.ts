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

  it('when few recently seen creators are shortlisted, takes the page from the full list (same rows)', async () => {
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
    const page = await store.shortlistPage(T0 + 2 * DAY, 2);
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.creator.handle)).toEqual(['old1', 'old2']);
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
