/**
 * Tells the content script when a re-read is worthwhile: after in-app
 * navigation (the sites are single-page apps) and when more posts or changed
 * counts appear. DOM mutations are coalesced (debounce with a maximum wait)
 * and compared through a cheap fingerprint, so a busy page is not re-read on
 * every mutation.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageFingerprint } from './page-fingerprint';

/** Quiet time before a check, and the longest a stream of mutations can postpone it. */
const DEBOUNCE_MS = 400;
const MAX_WAIT_MS = 1_500;

export interface PageWatcher {
  /** Ask for a check soon (e.g. page data arrived). */
  poke(): void;
  /** Forget the last fingerprint so the next check always reports a change. */
  reset(): void;
}

export function watchPage(
  ctx: ContentScriptContext,
  onChange: () => void,
  isCreatorPage: (url: string) => boolean,
): PageWatcher {
  const fingerprint = () => pageFingerprint(document, location.href, isCreatorPage(location.href));
  // The caller reads the page as it starts: only later changes are news.
  let last = fingerprint();
  let firstPokeAt = 0;
  let timer: number | undefined;

  const check = () => {
    timer = undefined;
    firstPokeAt = 0;
    if (ctx.isInvalid) return;
    const now = fingerprint();
    if (now === last) return;
    last = now;
    onChange();
  };

  const poke = () => {
    if (ctx.isInvalid) return;
    const now = Date.now();
    if (!firstPokeAt) firstPokeAt = now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, firstPokeAt + MAX_WAIT_MS - now));
    timer = ctx.setTimeout(check, wait);
  };

  // In-app navigation: the Navigation API where the browser has it…
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') ctx.addEventListener(nav, 'navigatesuccess', poke);
  // …and back/forward everywhere. pushState itself cannot be hooked from the
  // isolated world; the mutation check below compares location.href instead.
  ctx.addEventListener(window, 'popstate', poke);

  const observer = new MutationObserver(poke);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });

  return {
    poke,
    reset() {
      last = '';
    },
  };
}
