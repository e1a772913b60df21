/**
 * The worker wiring driven through WXT's fakeBrowser, as entrypoints/background.ts uses it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cardLabels } from '@/lib/overlay-card/labels';
import { OVERLAY_PREFS_KEY } from '@/lib/overlay-card/prefs';
import { overlayPrefsOf } from '@/lib/overlay-card/prefs-of';
import type { Store } from '@/lib/store/store';
import { exact, newStore, reading, T0 } from '@/tests/support/store/helpers';
import { listen, SAVE_CURRENT_MESSAGE, type WorkerBrowser } from './listen';

const EXTENSION_PAGE = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const DASHBOARD_TAB = {
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/dashboard.html'),
  tab: { id: 3 },
};
const INSTAGRAM_TAB = {
  id: fakeBrowser.runtime.id,
  url: 'https://www.instagram.com/rina.makeup/',
  tab: { id: 4 },
};

let onCommand: ((command: string) => void) | null = null;

beforeEach(() => {
  fakeBrowser.reset();
  onCommand = null;
  // fakeBrowser has no in-memory commands API; capture the listener instead.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
    onCommand = listener as (command: string) => void;
  });
});

async function wired(): Promise<Store> {
  const store = await newStore();
  listen(fakeBrowser as unknown as WorkerBrowser, store, { now: () => T0 });
  return store;
}

async function send(message: unknown, sender: object): Promise<unknown> {
  // The third parameter (sendResponse) is unused: listeners reply by returning a promise.
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined);
  return reply;
}

describe('background wiring (fakeBrowser)', () => {
  it('routes a content script reading to the store and replies with the view', async () => {
    const store = await wired();
    const reply = await send(
      { type: 'reading:record', reading: reading({ followers: exact(42) }) },
      INSTAGRAM_TAB,
    );
    expect(reply).toMatchObject({ ok: true, data: { creator: { key: 'instagram:rina.makeup' } } });
    expect((await store.getCreator('instagram:rina.makeup'))?.creator.followers?.value).toBe(42);
  });

  it('refuses privileged requests from a page of the sites, allows them from the dashboard tab', async () => {
    await wired();
    expect(await send({ type: 'backup:export' }, INSTAGRAM_TAB)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await send({ type: 'backup:export' }, DASHBOARD_TAB)).toMatchObject({ ok: true });
    expect(await send({ type: 'shortlist:summary' }, EXTENSION_PAGE)).toMatchObject({ ok: true });
  });

  it('refuses messages from another extension and malformed ones', async () => {
    await wired();
    expect(
      await send({ type: 'settings:get' }, { id: 'someone-else', url: 'https://evil.example/' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await send({ type: 'nope' }, EXTENSION_PAGE)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('stays silent on microlens:* messages meant for pages', async () => {
    await wired();
    expect(await send(SAVE_CURRENT_MESSAGE, EXTENSION_PAGE)).toBeUndefined();
  });

  it('the save-creator command asks the active tab content script to save', async () => {
    await wired();
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    expect(onCommand).not.toBeNull();
    onCommand?.('something-else');
    onCommand?.('save-creator');
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledTimes(1));
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'microlens:save-current' });
  });

  it('a store that fails to open replies storage errors, then retries on the next message', async () => {
    const good = await newStore();
    let attempts = 0;
    listen(
      fakeBrowser as unknown as WorkerBrowser,
      () => {
        attempts++;
        return attempts === 1 ? Promise.reject(new Error('disk unavailable')) : Promise.resolve(good);
      },
      { now: () => T0 },
    );
    expect(await send({ type: 'settings:get' }, EXTENSION_PAGE)).toMatchObject({
      ok: false,
      error: { code: 'storage' },
    });
    expect(await send({ type: 'settings:get' }, EXTENSION_PAGE)).toMatchObject({ ok: true });
    expect(attempts).toBe(2);
  });

  it('mirrors the overlay settings into extension storage at start and after a settings change only', async () => {
    const store = await wired();
    const stored = async () => (await fakeBrowser.storage.local.get(OVERLAY_PREFS_KEY))[OVERLAY_PREFS_KEY];
    await vi.waitFor(async () => expect(await stored()).toEqual(overlayPrefsOf(await store.getSettings())));
    const settings = await store.getSettings();
    await send(
      {
        type: 'settings:save',
        settings: { ...settings, language: 'id', overlay: { instagram: 'hidden', tiktok: 'collapsed' } },
      },
      EXTENSION_PAGE,
    );
    // The card's words of both languages ride along: the content script resolves 'auto' itself.
    const labels = { en: cardLabels('en'), id: cardLabels('id') };
    expect(await stored()).toEqual({
      language: 'id',
      overlay: { instagram: 'hidden', tiktok: 'collapsed' },
      labels,
    });
    await send({ type: 'settings:overlay', platform: 'instagram', mode: 'shown' }, INSTAGRAM_TAB);
    expect(await stored()).toEqual({
      language: 'id',
      overlay: { instagram: 'shown', tiktok: 'collapsed' },
      labels,
    });
    // A copy lost or tampered with is not rewritten by unrelated traffic, but is by the next start.
    await fakeBrowser.storage.local.set({ [OVERLAY_PREFS_KEY]: 'junk' });
    await send({ type: 'reading:record', reading: reading({ followers: exact(42) }) }, INSTAGRAM_TAB);
    expect(await stored()).toBe('junk');
    listen(fakeBrowser as unknown as WorkerBrowser, store, { now: () => T0 });
    await vi.waitFor(async () => expect(await stored()).toEqual(overlayPrefsOf(await store.getSettings())));
    // A refused change writes nothing.
    await fakeBrowser.storage.local.set({ [OVERLAY_PREFS_KEY]: 'junk' });
    await send({ type: 'settings:save', settings: { language: 'fr' } }, EXTENSION_PAGE);
    expect(await stored()).toBe('junk');
  });
});
