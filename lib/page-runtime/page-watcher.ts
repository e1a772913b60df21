/**
 * Tells the content script when a re-read is worthwhile: after in-app
 * navigation (the sites are single-page apps) and when more posts or changed
 * counts appear. Kept cheap for pages that keep loading posts as the user
 * scrolls: the mutation records themselves say what changed (new post links
 * in the added nodes, text inside the header or headings, the URL), so the
 * whole document is never queried per batch; checks are coalesced (debounce
 * with a maximum wait) on one timer rather than one per mutation; and a check
 * compares a small fingerprint before asking for a (far costlier) read.
 */
import type { PageContext } from './host';
import { addsWatched, headerFingerprint, touchesHeader } from './page-fingerprint';

/** Quiet time before a check, and the longest a stream of mutations can postpone it. */
const DEBOUNCE_MS = 400;
const MAX_WAIT_MS = 1_500;
/**
 * While the user keeps scrolling, posts arrive in a steady stream that never
 * goes quiet. Each re-read costs a whole-page read plus sending the whole
 * reading (hundreds of posts) to the worker: every 1.5 s that was most of the
 * extension's added main-thread time (scripts/bench/README.md, scroll). New posts
 * alone therefore wait for the stream to pause (DEBOUNCE_MS, i.e. the user
 * stops scrolling) or this long at most; the card's figures barely move with
 * one more row of posts, and every post is still read.
 */
const POSTS_MAX_WAIT_MS = 8_000;

export interface PageWatcher {
  /** Ask for a check soon (e.g. page data arrived). */
  poke(): void;
  /** Forget the last fingerprint so the next check always reports a change. */
  reset(): void;
}

export function watchPage(
  ctx: PageContext,
  onChange: () => void,
  isCreatorPage: (url: string) => boolean,
): PageWatcher {
  const fingerprint = () =>
    isCreatorPage(location.href) ? `${location.href}|${headerFingerprint(document)}` : location.href;
  // The caller reads the page as it starts: only later changes are news.
  let last = fingerprint();
  let lastUrl = location.href;
  let creatorPage = isCreatorPage(lastUrl);
  // Post links or a header added since the last check: news even when the header's text did not change.
  let added = false;
  let firstPokeAt = 0;
  let lastPokeAt = 0;
  let maxWait = MAX_WAIT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // ctx.isInvalid asks the extension runtime for its id each time: measurable at a
  // poke per batch of posts. The hot paths read this flag; check() asks the runtime
  // (and so notices an extension that went away) once per settled stream.
  let stopped = false;

  const check = () => {
    firstPokeAt = 0;
    maxWait = POSTS_MAX_WAIT_MS;
    if (ctx.isInvalid) return;
    const now = fingerprint();
    const news = added && isCreatorPage(location.href);
    added = false;
    if (now === last && !news) return;
    last = now;
    onChange();
  };

  /**
   * One timer for a whole stream of pokes: it re-arms itself until the stream is
   * quiet or overdue. A plain setTimeout (cleared on invalidation below): WXT's
   * ctx.setTimeout adds an abort listener per call, measurable at one poke per
   * batch of posts.
   */
  const due = () => {
    timer = undefined;
    if (stopped) return;
    const at = Math.min(lastPokeAt + DEBOUNCE_MS, firstPokeAt + maxWait);
    const wait = at - Date.now();
    if (wait > 0) timer = setTimeout(due, wait);
    else check();
  };

  /** `postsOnly`: the news is more posts, which may wait longer in a steady stream. */
  const poke = (postsOnly = false) => {
    if (stopped) return;
    const now = Date.now();
    if (!firstPokeAt) {
      firstPokeAt = now;
      maxWait = POSTS_MAX_WAIT_MS;
    }
    if (!postsOnly) maxWait = MAX_WAIT_MS;
    lastPokeAt = now;
    timer ??= setTimeout(due, DEBOUNCE_MS);
  };
  const pokeNow = () => poke();

  // In-app navigation: the Navigation API where the browser has it…
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function')
    ctx.addEventListener(nav, 'navigatesuccess', pokeNow);
  // …and back/forward everywhere. pushState itself cannot be hooked from the
  // isolated world; the mutation check below compares location.href instead.
  ctx.addEventListener(window, 'popstate', pokeNow);

  // No ctx.isInvalid here either: most batches lead nowhere.
  const observer = new MutationObserver((records) => {
    const url = location.href;
    if (url !== lastUrl) {
      lastUrl = url;
      creatorPage = isCreatorPage(url);
      return poke();
    }
    // Feeds, explore, DMs: only the URL matters there (checked above).
    if (!creatorPage) return;
    let posts = false;
    let header = false;
    for (const record of records) {
      if (!posts && record.type === 'childList') posts = addsWatched(record.addedNodes);
      header ||= touchesHeader(record.target);
      if (posts && header) break;
    }
    if (posts) added = true;
    if (header) poke();
    else if (posts) poke(true);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });

  return {
    poke: pokeNow,
    reset() {
      last = '';
    },
  };
}
