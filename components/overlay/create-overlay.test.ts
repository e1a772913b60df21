// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { buildOverlayCard } from '@/lib/overlay-card/build-card';
import { overlayPrefsOf } from '@/lib/overlay-card/prefs-of';
import { NO_ANSWER, type Send } from '@/lib/protocol/client';
import type { Reading } from '@/lib/schema/reading';
import type { Settings } from '@/lib/schema/settings';
import type { CreatorView } from '@/lib/schema/views';
import { defaultSettings } from '@/lib/store/default-settings';
import {
  NOW,
  sampleEntry,
  sampleReading,
  sampleTiktokReading,
  sampleTiktokView,
  sampleView,
} from '@/tests/support/ui-sample-views';
import { createOverlay, OVERLAY_TAG } from './create-overlay';

const settings = (over: Partial<Settings> = {}): Settings => ({
  ...defaultSettings(),
  language: 'id',
  ...over,
});

type Req = {
  type: string;
  platform?: 'instagram' | 'tiktok';
  mode?: 'shown';
  reading?: Reading;
  lang?: 'en' | 'id';
  key?: string;
  keys?: string[];
};

/**
 * A worker: settings, the stored views by creator key, the card worded by the
 * real buildOverlayCard from the stored view, and shortlist saves.
 */
function fakeWorker(initial: Settings, views: CreatorView[] = [sampleView(), sampleTiktokView()]) {
  let stored = initial;
  const byKey = new Map(views.map((v) => [v.creator.key, v]));
  const log: Req[] = [];
  let failing: string | null = null;
  const send = (async (req: Req) => {
    log.push(req);
    if (failing && req.type !== 'overlay:prefs') throw new Error(failing);
    switch (req.type) {
      case 'overlay:prefs':
        return overlayPrefsOf(stored);
      case 'settings:overlay':
        if (req.platform && req.mode)
          stored = { ...stored, overlay: { ...stored.overlay, [req.platform]: req.mode } };
        return stored;
      case 'overlay:card': {
        const r = req.reading!;
        const view = byKey.get(`${r.platform}:${r.handle}`) ?? null;
        return buildOverlayCard({ reading: r, view, lang: req.lang!, now: NOW });
      }
      case 'shortlist:save': {
        const v = byKey.get(req.key!)!;
        const saved = { ...v, entry: sampleEntry(v.creator.key) };
        byKey.set(req.key!, saved);
        return saved;
      }
      case 'shortlist:remove':
        for (const k of req.keys!) byKey.set(k, { ...byKey.get(k)!, entry: null });
        return { removed: req.keys!.length };
      default:
        throw new Error(`unexpected ${req.type}`);
    }
  }) as unknown as Send;
  return {
    send,
    log,
    types: () => log.map((r) => r.type),
    stored: () => stored,
    fail: (message: string | null) => {
      failing = message;
    },
  };
}

/** Lets the settings request, the worker's answers and the repaint settle. */
const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};

const hosts = () => [...document.querySelectorAll(OVERLAY_TAG)];
const shadowOf = () => (hosts()[0] as HTMLElement | undefined)?.shadowRoot ?? null;
const inCard = (id: string) => shadowOf()?.querySelector<HTMLElement>(`[data-testid="${id}"]`) ?? null;
const noCopy = async () => undefined;

let ctx: ContentScriptContext;

/** A fresh context and worker, and the card of the sample Instagram page before its record. */
async function showPageFigures(): Promise<void> {
  ctx = new ContentScriptContext('test');
  const w = fakeWorker(settings());
  createOverlay(ctx, 'instagram', { send: w.send, storedPrefs: noCopy }).show({
    reading: sampleReading(),
    view: null,
  });
  await settle();
}
afterEach(() => {
  ctx?.abort();
  for (const h of hosts()) h.remove();
});

describe('createOverlay timing', () => {
  it('prefetch() loads the settings once, before any show, so the first show waits for nothing', async () => {
    ctx = new ContentScriptContext('test');
    const w = fakeWorker(settings({ language: 'en' }));
    const overlay = createOverlay(ctx, 'instagram', { send: w.send, storedPrefs: noCopy });
    overlay.prefetch();
    overlay.prefetch();
    await settle();
    // No stored copy: the worker is asked, once.
    expect(w.types()).toEqual(['overlay:prefs']);
    overlay.show({ reading: sampleReading(), view: null, recorded: new Promise(() => {}) });
    // Painted in the same task as show(): the settings are already there.
    await Promise.resolve();
    await Promise.resolve();
    expect(inCard('ml-followers')?.textContent).toContain('3,351');
    expect(inCard('ml-tier')?.textContent).toContain('computing…');
    expect(w.types()).toEqual(['overlay:prefs']);
  });

  it('paints from the worker’s stored copy of the settings without asking the worker, and asks when it is unusable', async () => {
    ctx = new ContentScriptContext('test');
    const w = fakeWorker(settings({ language: 'en' }));
    const copy = overlayPrefsOf(settings({ language: 'id' }));
    const overlay = createOverlay(ctx, 'instagram', { send: w.send, storedPrefs: async () => copy });
    overlay.show({ reading: sampleReading(), view: null });
    await settle();
    expect(w.log).toEqual([]);
    // Indonesian, from the copy (the worker's settings say English).
    expect(inCard('ml-followers')?.textContent).toContain('3.351');
    overlay.clear();

    const asks = fakeWorker(settings({ language: 'en' }));
    const fallback = createOverlay(ctx, 'instagram', {
      send: asks.send,
      storedPrefs: async () => ({ ...copy, labels: { en: {} } }),
    });
    fallback.show({ reading: sampleReading(), view: null });
    await settle();
    expect(asks.types()).toEqual(['overlay:prefs']);
    expect(inCard('ml-followers')?.textContent).toContain('3,351');
  });

  it('replaces the page’s figures with the worker’s card once recorded, and asks once per change', async () => {
    ctx = new ContentScriptContext('test');
    const w = fakeWorker(settings({ language: 'en' }));
    const overlay = createOverlay(ctx, 'instagram', { send: w.send, storedPrefs: noCopy });
    overlay.show({ reading: sampleReading(), view: null, recorded: new Promise(() => {}) });
    await settle();
    expect(inCard('ml-tier')?.textContent).toContain('computing…');
    overlay.show({ reading: sampleReading(), view: sampleView() });
    await settle();
    expect(inCard('ml-tier')?.textContent).toContain('micro');
    expect(inCard('ml-engagement')?.textContent).toContain('5.34%');
    const card = shadowOf()?.querySelector('.ml-card');
    // A re-read a moment later (new objects, same figures, same view): nothing asked, nothing repainted.
    overlay.show({ reading: sampleReading({ readAt: NOW + 1_000 }), view: sampleView() });
    await settle();
    expect(w.types().filter((t) => t === 'overlay:card')).toHaveLength(2);
    expect(shadowOf()?.querySelector('.ml-card')).toBe(card);
    // The page changed what the card shows (the name): asked again and repainted.
    overlay.show({ reading: sampleReading({ displayName: 'Sari K.' }), view: sampleView() });
    await settle();
    expect(w.types().filter((t) => t === 'overlay:card')).toHaveLength(3);
    expect(shadowOf()?.querySelector('.ml-card')).not.toBe(card);
    expect(shadowOf()?.querySelector('.ml-name')?.textContent).toBe('Sari K.');
  });
});

describe('createOverlay', () => {
  it('mounts one <microlens-overlay> on <html> with an open shadow root, styled inline, in the saved language', async () => {
    ctx = new ContentScriptContext('test');
    const w = fakeWorker(settings());
    const overlay = createOverlay(ctx, 'instagram', {
      send: w.send,
      storedPrefs: noCopy,
      languages: () => ['en-US'],
    });
    overlay.show({ reading: sampleReading(), view: sampleView() });
    await settle();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]?.parentElement).toBe(document.documentElement);
    const shadow = shadowOf();
    expect(shadow?.mode).toBe('open');
    expect(inCard('ml-followers')?.textContent).toContain('3.351');
    expect(shadow?.querySelector('style')?.textContent).toContain('.ml-card');
    expect(shadow?.querySelector('link')).toBeNull();
  });

  it('leaves exactly one host across repeated show/clear (SPA navigation), and none after clear', async () => {
    ctx = new ContentScriptContext('test');
    const w = fakeWorker(settings({ language: 'en' }));
    const overlay = createOverlay(ctx, 'tiktok', { send: w.send, storedPrefs: noCopy });
    for (let i = 0; i < 5; i++) {
      overlay.show({ reading: sampleTiktokReading(), view: null });
      overlay.show({ reading: sampleTiktokReading(), view: sampleTiktokView() });
      await settle();
      expect(hosts()).toHaveLength(1);
      expect(shadowOf()?.querySelectorAll('.ml-card')).toHaveLength(1);
      expect(inCard('ml-views-engagement')?.textContent).toContain('≈8.7%');
      overlay.clear();
      await settle();
      expect(hosts()).toHaveLength(0);
    }
    // A clear() racing a show() that still waits for settings wins: nothing appears.
    overlay.show({ reading: sampleTiktokReading(), view: null });
    overlay.clear();
    await settle();
    expect(hosts()).toHaveLength(0);
  });

  it('removes a card left behind by an older content script instance', async () => {
    document.body.append(document.createElement(OVERLAY_TAG));
    await showPageFigures();
    expect(hosts()).toHaveLength(1);
    expect(shadowOf()).not.toBeNull();
  });

  it('restores the collapsed state from the settings and persists a hide per site', async () => {
    ctx = new ContentScriptContext('test');
    const w = fakeWorker(settings({ overlay: { instagram: 'collapsed', tiktok: 'shown' } }));
    const overlay = createOverlay(ctx, 'instagram', { send: w.send, storedPrefs: noCopy });
    overlay.show({ reading: sampleReading(), view: sampleView() });
    await settle();
    const pill = shadowOf()?.querySelector<HTMLButtonElement>('.ml-pill');
    expect(pill).toBeTruthy();
    expect(shadowOf()?.querySelector('.ml-card')).toBeNull();

    pill!.click();
    await settle();
    expect(w.stored().overlay.instagram).toBe('shown');
    // Focus follows the control that was used: the pill's button becomes the card's first.
    const hide = shadowOf()?.querySelectorAll<HTMLButtonElement>('.ml-head button')[1];
    hide!.focus();
    hide!.click();
    await settle();
    expect(shadowOf()?.querySelector('.ml-card')).toBeNull();
    expect(w.stored().overlay).toEqual({ instagram: 'hidden', tiktok: 'shown' });

    // Next page on the same site: still hidden.
    overlay.clear();
    overlay.show({ reading: sampleReading(), view: sampleView() });
    await settle();
    expect(shadowOf()?.querySelector('.ml-card, .ml-pill')).toBeNull();
  });

  it('keeps keyboard focus on the same control across a repaint', async () => {
    ctx = new ContentScriptContext('test');
    const w = fakeWorker(settings({ language: 'en' }));
    const overlay = createOverlay(ctx, 'tiktok', { send: w.send, storedPrefs: noCopy });
    overlay.show({ reading: sampleTiktokReading(), view: sampleTiktokView() });
    await settle();
    const more = inCard('ml-details')!;
    more.focus();
    more.click();
    await settle();
    expect(inCard('ml-details')).not.toBe(more);
    expect(shadowOf()?.activeElement).toBe(inCard('ml-details'));
  });

  it('keeps "More figures" open across in-app navigation in this tab', async () => {
    ctx = new ContentScriptContext('test');
    const w = fakeWorker(settings({ language: 'en' }));
    const overlay = createOverlay(ctx, 'tiktok', { send: w.send, storedPrefs: noCopy });
    overlay.show({ reading: sampleTiktokReading(), view: sampleTiktokView() });
    await settle();
    expect(inCard('ml-growth')).toBeNull();
    inCard('ml-details')!.click();
    await settle();
    expect(inCard('ml-view-rate')?.textContent).toContain('≈31%');

    overlay.clear();
    overlay.show({ reading: sampleTiktokReading(), view: sampleTiktokView() });
    await settle();
    expect(inCard('ml-growth')).not.toBeNull();
    // Not a stored setting: nothing was written to the worker.
    expect(w.types().filter((t) => !['overlay:prefs', 'overlay:card'].includes(t))).toEqual([]);
  });

  it('keeps a hide for this tab when the worker cannot store it', async () => {
    ctx = new ContentScriptContext('test');
    const w = fakeWorker(settings({ language: 'en' }));
    const warn = console.warn;
    console.warn = () => {};
    try {
      const overlay = createOverlay(ctx, 'tiktok', { send: w.send, storedPrefs: noCopy });
      overlay.show({ reading: sampleTiktokReading(), view: sampleTiktokView() });
      await settle();
      w.fail(NO_ANSWER);
      shadowOf()!.querySelectorAll<HTMLButtonElement>('.ml-head button')[1]!.click();
      await settle();
      overlay.clear();
      overlay.show({ reading: sampleTiktokReading(), view: sampleTiktokView() });
      await settle();
      expect(hosts()).toHaveLength(1);
      expect(shadowOf()?.querySelector('.ml-card, .ml-pill')).toBeNull();
    } finally {
      console.warn = warn;
    }
  });

  it('shows the page’s figures and the error as given when the worker cannot word the card', async () => {
    ctx = new ContentScriptContext('test');
    const w = fakeWorker(settings({ language: 'en' }));
    w.fail('no worker');
    const copy = overlayPrefsOf(settings({ language: 'en' }));
    createOverlay(ctx, 'instagram', { send: w.send, storedPrefs: async () => copy }).show({
      reading: sampleReading(),
      view: null,
      error: NO_ANSWER,
    });
    await settle();
    expect(inCard('ml-followers')?.textContent).toContain('3,351');
    expect(shadowOf()?.querySelector('[role="alert"]')?.textContent).toBe(NO_ANSWER);
  });

  it('shows no card without settings from the worker or its copy, and tries again on the next page', async () => {
    ctx = new ContentScriptContext('test');
    const dead = (async () => {
      throw new Error('no worker');
    }) as unknown as Send;
    let copy: unknown;
    const overlay = createOverlay(ctx, 'instagram', { send: dead, storedPrefs: async () => copy });
    overlay.show({ reading: sampleReading(), view: null });
    await settle();
    expect(hosts()).toHaveLength(0);
    copy = overlayPrefsOf(settings({ language: 'id' }));
    overlay.clear();
    overlay.show({ reading: sampleReading(), view: null });
    await settle();
    expect(inCard('ml-followers')?.textContent).toContain('Pengikut');
  });

  it('isolates the card: inherited page styles reset, keys typed in it never reach the page', async () => {
    ctx = new ContentScriptContext('test');
    const w = fakeWorker(settings());
    createOverlay(ctx, 'instagram', { send: w.send, storedPrefs: noCopy }).show({
      reading: sampleReading(),
      view: sampleView(),
    });
    await settle();
    expect(shadowOf()?.querySelector('style')?.textContent).toMatch(/^:host\{all:initial!important\}/);
    const seen: string[] = [];
    const onKey = (e: Event) => seen.push(e.type);
    document.addEventListener('keydown', onKey);
    try {
      const save = inCard('ml-save')!;
      save.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
      expect(seen).toEqual([]);
      // A key on the page itself still reaches the page's listeners.
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
      expect(seen).toEqual(['keydown']);
    } finally {
      document.removeEventListener('keydown', onKey);
    }
  });

  it('is removed when the extension context is invalidated', async () => {
    await showPageFigures();
    expect(hosts()).toHaveLength(1);
    ctx.abort();
    expect(hosts()).toHaveLength(0);
  });
});

describe('save button', () => {
  it('saves, shows the saved state from the worker, and removes again', async () => {
    ctx = new ContentScriptContext('test');
    const w = fakeWorker(settings({ language: 'en' }));
    const overlay = createOverlay(ctx, 'instagram', { send: w.send, storedPrefs: noCopy });
    overlay.show({ reading: sampleReading(), view: sampleView() });
    await settle();
    expect(inCard('ml-save')?.getAttribute('aria-pressed')).toBe('false');
    expect(inCard('ml-save')?.textContent).toBe('Save');
    inCard('ml-save')!.click();
    await settle();
    expect(w.log.find((r) => r.type === 'shortlist:save')).toEqual({
      type: 'shortlist:save',
      key: 'instagram:sari.kuliner',
    });
    expect(inCard('ml-save')?.getAttribute('aria-pressed')).toBe('true');
    expect(inCard('ml-save')?.textContent).toBe('Saved ✓');

    inCard('ml-save')!.click();
    await settle();
    expect(w.log.find((r) => r.type === 'shortlist:remove')).toEqual({
      type: 'shortlist:remove',
      keys: ['instagram:sari.kuliner'],
    });
    expect(inCard('ml-save')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('keeps the state and says why when saving fails', async () => {
    ctx = new ContentScriptContext('test');
    const w = fakeWorker(settings({ language: 'en' }));
    const overlay = createOverlay(ctx, 'instagram', { send: w.send, storedPrefs: noCopy });
    overlay.show({ reading: sampleReading(), view: sampleView() });
    await settle();
    w.fail('storage is full');
    inCard('ml-save')!.click();
    await settle();
    expect(inCard('ml-save')?.getAttribute('aria-pressed')).toBe('false');
    expect(shadowOf()?.querySelector('[role="alert"]')?.textContent).toBe('Could not save: storage is full');
  });

  it('enables Save at once and saves after the record answers, never failing a fast click', async () => {
    ctx = new ContentScriptContext('test');
    const w = fakeWorker(settings({ language: 'en' }));
    let answer: (view: CreatorView | null) => void = () => {};
    const recorded = new Promise<CreatorView | null>((resolve) => {
      answer = resolve;
    });
    const overlay = createOverlay(ctx, 'instagram', { send: w.send, storedPrefs: noCopy });
    overlay.show({ reading: sampleReading(), view: null, recorded });
    await settle();
    expect(inCard('ml-tier')?.textContent).toContain('computing…');
    expect(inCard('ml-save')?.hasAttribute('disabled')).toBe(false);
    inCard('ml-save')!.click();
    await settle();
    // Queued: nothing sent before the creator is recorded.
    expect(w.types()).toEqual(['overlay:prefs']);
    expect(inCard('ml-save')?.hasAttribute('disabled')).toBe(true);

    answer(sampleView());
    await settle();
    expect(w.types()).toContain('shortlist:save');
    expect(inCard('ml-save')?.getAttribute('aria-pressed')).toBe('true');
    expect(shadowOf()?.querySelector('[role="alert"]')).toBeNull();
  });

  it('says why when the record it waited for failed, and sends nothing', async () => {
    ctx = new ContentScriptContext('test');
    const w = fakeWorker(settings({ language: 'en' }));
    const overlay = createOverlay(ctx, 'instagram', { send: w.send, storedPrefs: noCopy });
    overlay.show({ reading: sampleReading(), view: null, recorded: Promise.resolve(null) });
    await settle();
    inCard('ml-save')!.click();
    await settle();
    expect(shadowOf()?.querySelector('[role="alert"]')?.textContent).toBe(
      'Could not save: Microlens could not record this creator.',
    );
    expect(w.types()).toEqual(['overlay:prefs']);
  });
});
