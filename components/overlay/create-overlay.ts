/**
 * Mounts the overlay on a creator page: a `<microlens-overlay>` host with an
 * open shadow root (styles inline, isolated from the site), repainted on each
 * change and removed completely on clear(), so SPA navigation never leaves a
 * stale or duplicate card. Collapsed/hidden is remembered per site in the
 * settings.
 *
 * The worker words the card (lib/overlay-card: figures, both languages); this
 * file only paints what it is given. Before the worker has recorded the page,
 * the card paints from the page's own reading (provisional-card.ts) with the
 * labels the worker left in storage, so it can appear in the page's first frame.
 */
import { browser } from 'wxt/browser';
import { send as realSend } from '@/components/shared/send';
import { resolveLang } from '@/lib/i18n/core';
import type { CardLabels, OverlayCard } from '@/lib/overlay-card/model';
import { OVERLAY_PREFS_KEY, type OverlayPrefs, parseOverlayPrefs } from '@/lib/overlay-card/prefs';
import type { OverlayState, PageOverlay } from '@/lib/page-runtime/host';
import { sameReading } from '@/lib/page-runtime/same-reading';
import type { Send } from '@/lib/protocol/client';
import { creatorKey } from '@/lib/schema/plain';
import type { Platform, Reading } from '@/lib/schema/reading';
import type { CreatorView } from '@/lib/schema/views';
import { createHost, OVERLAY_TAG } from './overlay-host';
import { provisionalCard } from './provisional-card';
import { type CardUi, type OverlayMode, renderCard } from './render-card';

export { OVERLAY_TAG };

/** The controller the page runtime drives (lib/page-runtime/host.ts). */
export type OverlayController = PageOverlay;

type Prefs = { mode: OverlayMode; labels: CardLabels };

const FOCUSABLE = 'button,[tabindex]';
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function createOverlay(
  ctx: { isInvalid: boolean; onInvalidated(cb: () => void): unknown },
  platform: Platform,
  deps: { send?: Send; languages?: () => readonly string[]; storedPrefs?: () => Promise<unknown> } = {},
): OverlayController {
  const send = deps.send ?? realSend;
  const languages = deps.languages ?? (() => navigator.languages);
  const readStoredPrefs = deps.storedPrefs ?? storedPrefs;
  let ui: ReturnType<typeof createHost> | null = null;
  let mounted = false;
  let state: OverlayState | null = null;
  let prefs: Prefs | null = null;
  let prefsLoading: Promise<void> | null = null;
  // Bumped by clear(): a show() still waiting for the settings must not mount afterwards.
  let generation = 0;
  // A mode the worker could not store (e.g. it was restarting): kept for this tab
  // so SPA navigation does not undo a hide.
  let unsavedMode: OverlayMode | null = null;
  // "More figures" stays open across this tab's in-app navigation (not stored).
  let details = false;
  let busy = false;
  let saveError: string | null = null;
  // What the card shows: the page's provisional card, then the worker's.
  let card: OverlayCard | null = null;
  let fromWorker = false;
  // The last card asked of the worker, so an identical show() asks nothing.
  let asked: { reading: Reading; view: CreatorView | null; error: string | undefined } | null = null;
  let askSeq = 0;
  // The card painted now: an identical paint is skipped.
  let paintedDigest = '';

  async function loadPrefs(): Promise<void> {
    let copy: OverlayPrefs | null = null;
    try {
      // The worker's copy in extension storage answers without waking the worker;
      // missing (first start) or malformed, the worker itself is asked.
      copy =
        parseOverlayPrefs(await readStoredPrefs()) ??
        parseOverlayPrefs(await send({ type: 'overlay:prefs' }));
    } catch {
      // No worker and no copy: no card on this page (it is asked again on the next one).
    }
    if (!copy) return;
    const lang = resolveLang(copy.language, languages());
    prefs = { mode: unsavedMode ?? copy.overlay[platform], labels: copy.labels[lang] };
  }

  function remove() {
    mounted = false;
    paintedDigest = '';
    if (!ui) return;
    ui.dock.replaceChildren();
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
    if (!ui || !mounted || !card || !prefs) return;
    const look: CardUi = { mode: prefs.mode, details, busy, saveError };
    const digest = JSON.stringify([card, look]);
    if (onlyIfChanged && digest === paintedDigest) return;
    paintedDigest = digest;
    // Keyboard focus survives the repaint: the same control, by position.
    const focusables = () => [...ui!.dock.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const active = ui.shadow.activeElement;
    const at = active ? focusables().indexOf(active as HTMLElement) : -1;
    const root = renderCard(card, look, {
      onMode: setMode,
      onDetails: (open) => {
        details = open;
        paint();
      },
      onSave: () => void toggleSave(),
    });
    ui.dock.replaceChildren(...(root ? [root] : []));
    if (at >= 0) focusables()[Math.min(at, focusables().length - 1)]?.focus();
  }

  function mount(): boolean {
    ui ??= createHost();
    if (mounted && ui.host.isConnected) return false;
    // Another instance (an older content script after an update) may have left its card.
    for (const stale of document.querySelectorAll(OVERLAY_TAG)) if (stale !== ui.host) stale.remove();
    // On <html>, not <body>: the card can paint while the parser is still in <head> (the
    // description meta), and a site re-rendering its <body> cannot take the card with it.
    document.documentElement.append(ui.host);
    mounted = true;
    return true;
  }

  /** The card for this state, in the worker's words. */
  const wordCard = (s: OverlayState, labels: CardLabels) =>
    send({
      type: 'overlay:card',
      reading: s.reading,
      lang: labels.lang,
      ...(s.error ? { error: s.error } : {}),
    });

  /** The worker's card for this state; the page's provisional one stays until it comes. */
  async function askWorker(next: OverlayState, labels: CardLabels) {
    if (
      asked &&
      asked.view === next.view &&
      asked.error === next.error &&
      sameReading(asked.reading, next.reading)
    ) {
      return;
    }
    asked = { reading: next.reading, view: next.view, error: next.error };
    const seq = ++askSeq;
    let worded: OverlayCard | null = null;
    try {
      worded = await wordCard(next, labels);
    } catch {
      asked = null;
    }
    if (seq !== askSeq || state !== next || ctx.isInvalid) return;
    if (worded) {
      card = worded;
      fromWorker = true;
    } else if (!fromWorker || next.error) {
      // The worker did not answer: the page's figures, and what went wrong as given.
      card = provisionalCard(next.reading, labels, { recording: false, error: next.error });
    }
    paint(true);
  }

  async function showAsync(next: OverlayState, gen: number) {
    if (!prefs) {
      prefsLoading ??= loadPrefs();
      await prefsLoading;
    }
    if (gen !== generation || state !== next || ctx.isInvalid || !prefs) return;
    const { labels } = prefs;
    const sameCreator = card?.key !== null && card?.key === keyOf(next);
    if (!next.view && !next.error) {
      // Not recorded yet: the page's own figures, unless the worker's card of this creator is up.
      if (!(fromWorker && sameCreator)) {
        card = provisionalCard(next.reading, labels, { recording: Boolean(next.recorded) });
        fromWorker = false;
      }
    } else {
      if (!card || !sameCreator) {
        card = provisionalCard(next.reading, labels, { recording: Boolean(next.view) });
        fromWorker = false;
      }
      void askWorker(next, labels);
    }
    paint(!mount());
  }

  async function toggleSave() {
    const shown = state;
    if (busy || !shown || !prefs || !card) return;
    const { labels } = prefs;
    busy = true;
    saveError = null;
    paint();
    try {
      // Painted before the background recorded the creator: the save waits for the record.
      const view = shown.view ?? (shown.recorded ? await shown.recorded : null);
      if (!view) throw new Error(labels.notRecorded);
      const saved = fromWorker ? card.saved : Boolean(view.entry);
      if (saved) await send({ type: 'shortlist:remove', keys: [view.creator.key] });
      else await send({ type: 'shortlist:save', key: view.creator.key });
      // The worker words the card again with the new shortlist state.
      asked = null;
      const worded = await wordCard(shown, labels);
      if (state === shown) {
        card = worded;
        fromWorker = true;
      }
    } catch (err) {
      saveError = labels.saveFailed.replace('{message}', messageOf(err));
    } finally {
      busy = false;
      paint();
    }
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
      card = null;
      fromWorker = false;
      asked = null;
      saveError = null;
      // Re-read the settings on the next page: the popup may have un-hidden the card meanwhile.
      prefs = null;
      prefsLoading = null;
      if (mounted) remove();
    },
  };
}

/** The creator a state is about, as the worker keys it. */
function keyOf(s: OverlayState): string | null {
  if (s.view) return s.view.creator.key;
  const handle = s.reading.handle;
  return handle ? creatorKey(s.reading.platform, handle) : null;
}

/** The worker's copy of the card's settings (lib/overlay-card/prefs.ts), unchecked. */
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
