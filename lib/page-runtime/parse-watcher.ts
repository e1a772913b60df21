/**
 * While the document is still being parsed, tells the content script when the
 * creator's figures may have arrived, so the overlay need not wait for
 * DOMContentLoaded (on a big profile the counts are in the DOM 25–45 ms
 * earlier). The site says which elements may carry figures
 * (each site's data-node.ts in lib/sites); the page is read once such an element is
 * complete — the parser has moved past it — so one read per data arrival, not
 * per mutation, and never a read of half a JSON script. An inline script is
 * asked about as it is inserted (a site may know it by its id) and again with
 * its whole text (a site may know it by its content). Stops at the first read that
 * found what it needed, after a bounded number of reads, or at
 * DOMContentLoaded (when the caller reads the whole page anyway).
 */
import type { PageContext } from './host';

/**
 * Reads per page load before DOMContentLoaded, whatever arrives: each is a
 * whole-page read. Past this the figures wait for DOMContentLoaded (slower,
 * never wrong).
 */
const MAX_READS = 8;

export function watchWhileParsing(
  ctx: PageContext,
  isDataNode: (el: Element) => boolean,
  /** Reads the page; true when it found what it needed (no more reads). */
  read: () => boolean,
): void {
  if (document.readyState !== 'loading') return;
  let reads = 0;
  // Data elements the parser is still inside of.
  let open: Element[] = [];
  // Inline scripts the parser is still inside of: asked about once their text is complete.
  let scripts: Element[] = [];

  const observer = new MutationObserver((records) => {
    if (ctx.isInvalid) return stop();
    const earlier = scripts;
    scripts = [];
    for (const el of earlier) {
      // Asked about once, when its text is complete: a script of hundreds of KB arrives in
      // many parser chunks, and searching its text again at each one added up to milliseconds.
      if (isLastNode(el)) scripts.push(el);
      else if (isDataNode(el)) open.push(el);
    }
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (isDataNode(el)) open.push(el);
        else if (el.tagName === 'SCRIPT' && !el.hasAttribute('src')) scripts.push(el);
      }
    }
    if (open.length === 0) return;
    // A <meta> is whole when inserted (no content to wait for); anything else once the parser moved on.
    const stillOpen = open.filter((el) => el.tagName !== 'META' && isLastNode(el));
    const arrived = stillOpen.length < open.length;
    open = stillOpen;
    if (!arrived) return;
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
  const stop = () => {
    open = [];
    scripts = [];
    observer.disconnect();
  };

  observer.observe(document, { childList: true, subtree: true, characterData: true });
  ctx.addEventListener(document, 'DOMContentLoaded', stop, { once: true });
  ctx.onInvalidated(stop);
}

/** Nothing follows it in the document yet: the parser is still inside it (or just at its end). */
function isLastNode(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nextSibling) return false;
  return true;
}
