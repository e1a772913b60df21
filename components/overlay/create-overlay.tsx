/**
 * Mounts the overlay on a creator page: a `<microlens-overlay>` host with an
 * open shadow root (styles inline, isolated from the site), re-rendered on
 * every show() and removed completely on clear(), so SPA navigation never
 * leaves a stale or duplicate card. Collapsed/hidden is remembered per site
 * in the settings.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
// lib/i18n's parts, not its index: the index brings every common string along.
import { type Lang, resolveLang } from '@/lib/i18n/core';
import { OVERLAY_PREFS_KEY, parseOverlayPrefs } from '@/lib/overlay-prefs';
import type { Platform } from '@/lib/schema/reading';
import { send as realSend, type Send } from '../shared/send';
import { OverlayApp, type OverlayMode } from './OverlayApp';
import { figuresDigest, type OverlayState } from './overlay-figures';
import { overlayCss } from './styles';

export const OVERLAY_TAG = 'microlens-overlay';

export interface OverlayController {
  show(state: OverlayState): void;
  clear(): void;
  /**
   * Starts fetching the card's settings (language, mode) ahead of the first
   * show(), in parallel with reading the page, so painting waits for no round trip.
   */
  prefetch(): void;
}

type Prefs = { lang: Lang; mode: OverlayMode };

/** Keys typed in the card must not reach the site's own shortcuts (j/k, space, "/"…). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * The shadow root is open (tests and assistive tools reach in), so the site's
 * own scripts can reach the Save button too. A script's `button.click()` or
 * dispatched event has isTrusted === false: stopped before it reaches the card,
 * so no page can add to or remove from the shortlist or change the overlay's
 * mode. Only the marketer's real input acts. (Test DOMs without isTrusted pass.)
 * Guarded by tests/browser/security.test.ts.
 */
const ACTIVATION_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'pointerup',
  'mouseup',
  'keydown',
  'keyup',
  'submit',
  'input',
  'change',
] as const;
function stopUntrusted(event: Event): void {
  if (event.isTrusted === false) {
    event.stopImmediatePropagation();
    event.preventDefault();
  }
}

/**
 * The host and its shadow root, written out rather than through WXT's
 * createShadowRootUi: that helper's anchoring, positioning, auto-mount and
 * async CSS loading (~7 KB with its dependencies) do nothing for one fixed card
 * whose CSS is a string. What it did that matters is kept: an open shadow root,
 * `all: initial` on the host so the site's inherited styles stop at the
 * boundary, and keyboard events stopped at the shadow root.
 */
function createHost(): { host: HTMLElement; dock: HTMLElement } {
  const host = document.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial!important}${overlayCss}`;
  const dock = document.createElement('div');
  dock.className = 'ml-root ml-dock';
  shadow.append(style, dock);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
  for (const type of ACTIVATION_EVENTS) shadow.addEventListener(type, stopUntrusted, { capture: true });
  return { host, dock };
}

export function createOverlay(
  ctx: ContentScriptContext,
  platform: Platform,
  deps: { send?: Send; languages?: () => readonly string[]; storedPrefs?: () => Promise<unknown> } = {},
): OverlayController {
  const send = deps.send ?? realSend;
  const readStoredPrefs = deps.storedPrefs ?? storedPrefs;
  const languages = deps.languages ?? (() => navigator.languages);
  let ui: { host: HTMLElement; dock: HTMLElement } | null = null;
  let mounted = false;
  let state: OverlayState | null = null;
  let prefs: Prefs | null = null;
  let prefsLoading: Promise<void> | null = null;
  // Bumped by clear(): a show() still waiting for the settings must not mount afterwards.
  let generation = 0;
  // A mode the worker could not store (e.g. it was restarting): kept for this tab
  // so SPA navigation does not undo a hide.
  let unsavedMode: OverlayMode | null = null;
  // "More figures" stays open across this tab's in-app navigation (not stored:
  // the settings hold only the card's shown/collapsed/hidden mode).
  let details = false;
  // What the card shows now: a show() with the same figures (a re-read while posts
  // load, a view whose metrics did not move) does not re-render it.
  let paintedDigest = '';

  async function loadPrefs(): Promise<void> {
    try {
      // The worker's copy in extension storage answers without waking the worker;
      // missing (first start) or malformed, the worker itself is asked.
      const settings = parseOverlayPrefs(await readStoredPrefs()) ?? (await send({ type: 'settings:get' }));
      prefs = {
        lang: resolveLang(settings.language, languages()),
        mode: unsavedMode ?? settings.overlay[platform],
      };
    } catch {
      // No settings (worker restarting): show the card in the browser's language.
      prefs = { lang: resolveLang('auto', languages()), mode: unsavedMode ?? 'shown' };
    }
  }

  function remove() {
    mounted = false;
    paintedDigest = '';
    if (!ui) return;
    render(null, ui.dock);
    ui.host.remove();
  }
  ctx.onInvalidated(remove);

  function setMode(mode: OverlayMode) {
    if (!prefs) return;
    prefs = { ...prefs, mode };
    paint();
    void persistMode(send, platform, mode).then((saved) => {
      unsavedMode = saved ? null : mode;
    });
  }

  function paint(onlyIfChanged = false) {
    if (!ui || !mounted || !state || !prefs) return;
    const digest = `${prefs.lang}|${prefs.mode}|${details}|${figuresDigest(state, prefs.lang, Date.now())}`;
    if (onlyIfChanged && digest === paintedDigest) return;
    paintedDigest = digest;
    render(
      <OverlayApp
        state={state}
        lang={prefs.lang}
        mode={prefs.mode}
        onMode={setMode}
        details={details}
        onDetails={(open) => {
          details = open;
          paint();
        }}
        send={send}
      />,
      ui.dock,
    );
  }

  async function showAsync(next: OverlayState, gen: number) {
    if (!prefs) {
      prefsLoading ??= loadPrefs();
      await prefsLoading;
    }
    if (gen !== generation || state !== next || ctx.isInvalid) return;
    ui ??= createHost();
    let fresh = false;
    if (!mounted || !ui.host.isConnected) {
      // Another instance (an older content script after an update) may have left its card.
      for (const stale of document.querySelectorAll(OVERLAY_TAG)) if (stale !== ui.host) stale.remove();
      // On <html>, not <body>: the card can paint while the parser is still in <head> (the
      // description meta), and a site re-rendering its <body> cannot take the card with it.
      document.documentElement.append(ui.host);
      mounted = true;
      fresh = true;
    }
    paint(!fresh);
  }

  return {
    show(next) {
      state = next;
      void showAsync(next, generation);
    },
    prefetch() {
      if (!prefs) prefsLoading ??= loadPrefs();
    },
    clear() {
      generation++;
      state = null;
      // Re-read the settings on the next page: the popup may have un-hidden the card meanwhile.
      prefs = null;
      prefsLoading = null;
      if (mounted) remove();
    },
  };
}

/** The worker's copy of the card's settings (lib/overlay-prefs.ts), unchecked. */
async function storedPrefs(): Promise<unknown> {
  try {
    return (await browser.storage.local.get(OVERLAY_PREFS_KEY))[OVERLAY_PREFS_KEY];
  } catch {
    return null;
  }
}

/**
 * Saves the card's mode for this site; the card already changed, so a failure
 * only loses persistence across reloads. True when the settings hold the mode.
 */
async function persistMode(send: Send, platform: Platform, mode: OverlayMode): Promise<boolean> {
  try {
    // The one setting a page's content script may change (see CONTENT_SCRIPT_ALLOWED).
    await send({ type: 'settings:overlay', platform, mode });
    return true;
  } catch (err) {
    console.warn('Microlens: could not remember the overlay state', err);
    return false;
  }
}
