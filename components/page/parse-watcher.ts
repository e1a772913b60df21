/**
 * While the document is still being parsed, tells the content script when the
 * creator's figures may have arrived, so the overlay need not wait for
 * DOMContentLoaded (on a big profile the counts are in the DOM 25–45 ms
 * earlier). The site says which elements may carry figures (lib/sites/*-data-node.ts);
 * a read runs when one of them arrives, not per mutation. Reading happens in
 * the observer's callback, at the end of a parser chunk: the element's content
 * may still be cut at the chunk's end, so an incomplete read looks once more
 * after the next chunk. Stops at the first complete read, or DOMContentLoaded
 * (when the caller reads the whole page anyway).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Reads per arrival: now, and once more after the parser's next chunk. */
const LOOKS_PER_ARRIVAL = 2;
/**
 * Reads per page load before DOMContentLoaded, whatever arrives: a real page
 * can carry dozens of inline scripts, and each read is a whole-page read. Past
 * this the figures wait for DOMContentLoaded (slower, never wrong).
 */
const MAX_READS = 8;

export function watchWhileParsing(
  ctx: ContentScriptContext,
  isDataNode: (el: Element) => boolean,
  /** Reads the page; true when it found what it needed (no more looks). */
  read: () => boolean,
): void {
  if (document.readyState !== 'loading') return;
  let looksLeft = 0;
  let reads = 0;

  const observer = new MutationObserver((records) => {
    if (ctx.isInvalid) return stop();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && isDataNode(node as Element)) looksLeft = LOOKS_PER_ARRIVAL;
      }
    }
    if (looksLeft === 0) return;
    looksLeft -= 1;
    reads += 1;
    let done = false;
    try {
      done = read();
    } catch {
      // A reader bug must never break the page: the DOMContentLoaded read still runs.
      done = true;
    }
    if (done || reads >= MAX_READS) stop();
  });
  const stop = () => observer.disconnect();

  observer.observe(document, { childList: true, subtree: true, characterData: true });
  ctx.addEventListener(document, 'DOMContentLoaded', stop, { once: true });
  ctx.onInvalidated(stop);
}
