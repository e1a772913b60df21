// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Settings } from '@/lib/schema/settings';
import {
  sampleReading,
  sampleTiktokReading,
  sampleTiktokView,
  sampleView,
} from '@/tests/fixtures/ui-sample-views';
import type { Send } from '../shared/send';
import { createOverlay, OVERLAY_TAG } from './create-overlay';
import { overlayFigures } from './overlay-figures';

// The card's renders, counted through the figures it derives on each (same behaviour).
vi.mock('./overlay-figures', async (original) => {
  const real = await original<typeof import('./overlay-figures')>();
  return { ...real, overlayFigures: vi.fn(real.overlayFigures) };
});
const cardRenders = () => vi.mocked(overlayFigures).mock.calls.length;

const settings = (over: Partial<Settings> = {}): Settings => ({
  tierScheme: { id: 'standard', name: 'Standard', tiers: [{ name: 'nano', min: 0 }] },
  language: 'id',
  rateCard: { entries: [], source: 'test' },
  currency: 'IDR',
  csvDelimiter: ';',
  overlay: { instagram: 'shown', tiktok: 'shown' },
  ...over,
});

function fakeSend(initial: Settings) {
  let stored = initial;
  const log: { type: string }[] = [];
  const send = (async (req: { type: string; platform?: 'instagram' | 'tiktok'; mode?: 'shown' }) => {
    log.push(req);
    if (req.type === 'settings:get') return stored;
    if (req.type === 'settings:overlay' && req.platform && req.mode) {
      stored = { ...stored, overlay: { ...stored.overlay, [req.platform]: req.mode } };
      return stored;
    }
    throw new Error(`unexpected ${req.type}`);
  }) as unknown as Send;
  return { send, log, stored: () => stored };
}

/** Lets the settings request, the async UI creation and Preact's render settle. */
const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};

const hosts = () => [...document.querySelectorAll(OVERLAY_TAG)];
const shadowOf = () => (hosts()[0] as HTMLElement | undefined)?.shadowRoot ?? null;

let ctx: ContentScriptContext;
afterEach(() => {
  ctx?.abort();
  for (const h of hosts()) h.remove();
});

describe('createOverlay timing', () => {
  it('prefetch() asks for the settings once, before any show, so the first show waits for no round trip', async () => {
    ctx = new ContentScriptContext('test');
    const { send, log } = fakeSend(settings({ language: 'en' }));
    const overlay = createOverlay(ctx, 'instagram', { send });
    overlay.prefetch();
    overlay.prefetch();
    await settle();
    // No stored copy (the test browser's storage is empty): the worker is asked, once.
    expect(log).toEqual([{ type: 'settings:get' }]);
    overlay.show({ reading: sampleReading(), view: null });
    // Painted in the same task as show(): the settings are already there.
    await Promise.resolve();
    await Promise.resolve();
    expect(shadowOf()?.querySelector('[data-testid="ml-followers"]')?.textContent).toContain('3,351');
    expect(log).toEqual([{ type: 'settings:get' }]);
  });

  it('paints from the worker’s stored copy of the settings without asking the worker, and asks when it is unusable', async () => {
    ctx = new ContentScriptContext('test');
    const { send, log } = fakeSend(settings({ language: 'en' }));
    const copy = { language: 'id', overlay: { instagram: 'shown', tiktok: 'hidden' } };
    const overlay = createOverlay(ctx, 'instagram', { send, storedPrefs: async () => copy });
    overlay.show({ reading: sampleReading(), view: null });
    await settle();
    expect(log).toEqual([]);
    // Indonesian, from the copy (the worker's settings say English).
    expect(shadowOf()?.querySelector('[data-testid="ml-followers"]')?.textContent).toContain('3.351');
    overlay.clear();

    const asks = fakeSend(settings({ language: 'en' }));
    const fallback = createOverlay(ctx, 'instagram', {
      send: asks.send,
      storedPrefs: async () => ({ language: 'xx' }),
    });
    fallback.show({ reading: sampleReading(), view: null });
    await settle();
    expect(asks.log).toEqual([{ type: 'settings:get' }]);
    expect(shadowOf()?.querySelector('[data-testid="ml-followers"]')?.textContent).toContain('3,351');
  });

  it('does not re-render when shown again with the same figures, and does when one changes', async () => {
    ctx = new ContentScriptContext('test');
    const { send } = fakeSend(settings({ language: 'en' }));
    const overlay = createOverlay(ctx, 'instagram', { send });
    overlay.show({ reading: sampleReading(), view: sampleView() });
    await settle();
    const card = shadowOf()?.querySelector('.ml-card');
    const before = cardRenders();
    // A re-read a moment later (new readAt, new objects), same figures.
    overlay.show({ reading: sampleReading({ readAt: sampleReading().readAt + 1_000 }), view: sampleView() });
    await settle();
    expect(cardRenders()).toBe(before);
    overlay.show({ reading: sampleReading(), view: null });
    await settle();
    expect(cardRenders()).toBeGreaterThan(before);
    expect(shadowOf()?.querySelector('.ml-card')).toBe(card);
    expect(shadowOf()?.querySelector('[data-testid="ml-tier"]')?.textContent).toContain('computing');
  });
});

describe('createOverlay', () => {
  it('mounts one <microlens-overlay> with an open shadow root, styled inline, in the saved language', async () => {
    ctx = new ContentScriptContext('test');
    const { send } = fakeSend(settings());
    const overlay = createOverlay(ctx, 'instagram', { send, languages: () => ['en-US'] });
    overlay.show({ reading: sampleReading(), view: sampleView() });
    await settle();
    expect(hosts()).toHaveLength(1);
    const shadow = shadowOf();
    expect(shadow?.mode).toBe('open');
    expect(shadow?.querySelector('[data-testid="ml-followers"]')?.textContent).toContain('3.351');
    expect(shadow?.querySelector('style')?.textContent).toContain('.ml-card');
    expect(shadow?.querySelector('link')).toBeNull();
  });

  it('leaves exactly one host across repeated show/clear (SPA navigation), and none after clear', async () => {
    ctx = new ContentScriptContext('test');
    const { send } = fakeSend(settings({ language: 'en' }));
    const overlay = createOverlay(ctx, 'tiktok', { send });
    for (let i = 0; i < 5; i++) {
      overlay.show({ reading: sampleTiktokReading(), view: null });
      overlay.show({ reading: sampleTiktokReading(), view: sampleTiktokView() });
      await settle();
      expect(hosts()).toHaveLength(1);
      expect(shadowOf()?.querySelectorAll('.ml-card')).toHaveLength(1);
      expect(shadowOf()?.querySelector('[data-testid="ml-engagement"]')?.textContent).toContain('≈4.12%');
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
    ctx = new ContentScriptContext('test');
    document.body.append(document.createElement(OVERLAY_TAG));
    const { send } = fakeSend(settings());
    createOverlay(ctx, 'instagram', { send }).show({ reading: sampleReading(), view: null });
    await settle();
    expect(hosts()).toHaveLength(1);
    expect(shadowOf()).not.toBeNull();
  });

  it('restores the collapsed state from the settings and persists a hide per site', async () => {
    ctx = new ContentScriptContext('test');
    const fake = fakeSend(settings({ overlay: { instagram: 'collapsed', tiktok: 'shown' } }));
    const overlay = createOverlay(ctx, 'instagram', { send: fake.send });
    overlay.show({ reading: sampleReading(), view: sampleView() });
    await settle();
    const pill = shadowOf()?.querySelector<HTMLButtonElement>('.ml-pill');
    expect(pill).toBeTruthy();
    expect(shadowOf()?.querySelector('.ml-card')).toBeNull();

    pill!.click();
    await settle();
    expect(fake.stored().overlay.instagram).toBe('shown');
    const hide = shadowOf()?.querySelectorAll<HTMLButtonElement>('.ml-head button')[1];
    hide!.click();
    await settle();
    expect(shadowOf()?.querySelector('.ml-card')).toBeNull();
    expect(fake.stored().overlay).toEqual({ instagram: 'hidden', tiktok: 'shown' });

    // Next page on the same site: still hidden.
    overlay.clear();
    overlay.show({ reading: sampleReading(), view: sampleView() });
    await settle();
    expect(shadowOf()?.querySelector('.ml-card, .ml-pill')).toBeNull();
  });

  it('keeps "More figures" open across in-app navigation in this tab', async () => {
    ctx = new ContentScriptContext('test');
    const { send, log } = fakeSend(settings({ language: 'en' }));
    const overlay = createOverlay(ctx, 'tiktok', { send });
    overlay.show({ reading: sampleTiktokReading(), view: sampleTiktokView() });
    await settle();
    expect(shadowOf()?.querySelector('[data-testid="ml-growth"]')).toBeNull();
    shadowOf()!.querySelector<HTMLButtonElement>('[data-testid="ml-details"]')!.click();
    await settle();
    expect(shadowOf()?.querySelector('[data-testid="ml-view-rate"]')?.textContent).toContain('≈31%');

    overlay.clear();
    overlay.show({ reading: sampleTiktokReading(), view: sampleTiktokView() });
    await settle();
    expect(shadowOf()?.querySelector('[data-testid="ml-growth"]')).not.toBeNull();
    // Not a stored setting: nothing but settings:get went to the worker.
    expect(log.map((r) => r.type)).toEqual(['settings:get', 'settings:get']);
  });

  it('keeps a hide for this tab when the worker cannot store it', async () => {
    ctx = new ContentScriptContext('test');
    const send = (async (req: { type: string }) => {
      if (req.type === 'settings:get') return settings({ language: 'en' });
      throw new Error('Microlens background did not answer');
    }) as unknown as Send;
    const warn = console.warn;
    console.warn = () => {};
    try {
      const overlay = createOverlay(ctx, 'tiktok', { send });
      overlay.show({ reading: sampleTiktokReading(), view: sampleTiktokView() });
      await settle();
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

  it('falls back to the browser language and a shown card when settings cannot be read', async () => {
    ctx = new ContentScriptContext('test');
    const send = (async () => {
      throw new Error('no worker');
    }) as unknown as Send;
    createOverlay(ctx, 'instagram', { send, languages: () => ['id-ID'] }).show({
      reading: sampleReading(),
      view: null,
    });
    await settle();
    expect(shadowOf()?.querySelector('[data-testid="ml-followers"]')?.textContent).toContain('Pengikut');
  });

  it('isolates the card: inherited page styles reset, keys typed in it never reach the page', async () => {
    ctx = new ContentScriptContext('test');
    const { send } = fakeSend(settings());
    createOverlay(ctx, 'instagram', { send }).show({ reading: sampleReading(), view: sampleView() });
    await settle();
    expect(shadowOf()?.querySelector('style')?.textContent).toMatch(/^:host\{all:initial!important\}/);
    const seen: string[] = [];
    const onKey = (e: Event) => seen.push(e.type);
    document.addEventListener('keydown', onKey);
    try {
      const save = shadowOf()!.querySelector<HTMLButtonElement>('[data-testid="ml-save"]')!;
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
    ctx = new ContentScriptContext('test');
    const { send } = fakeSend(settings());
    createOverlay(ctx, 'instagram', { send }).show({ reading: sampleReading(), view: null });
    await settle();
    expect(hosts()).toHaveLength(1);
    ctx.abort();
    expect(hosts()).toHaveLength(0);
  });
});
