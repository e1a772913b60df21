/**
 * Page-world init script for the overlay latency figure. It runs at document
 * start in the page (outside the extension) and records, on performance.now():
 *   tData  — when the page's creator data is present (a MutationObserver from
 *            document start; DOMContentLoaded at the latest),
 *   tPaint — the first requestAnimationFrame callback in which the overlay's
 *            open shadow root holds [data-testid="ml-followers"] with text,
 *   tFirstFrame — the page's first animation frame,
 *   tFirstPaint — the page's first paint.
 * Serialised by Playwright, so it must be self-contained (no imports, no eval:
 * the captures' CSP forbids it).
 */
export interface DataProbe {
  /** Elements that carry the data once parsed (header counts, embedded JSON, meta). */
  selector: string;
  /** One of them must contain this text (embedded JSON: a key inside it). */
  includes?: string;
  /** One of them must have non-blank text (a rendered count). */
  nonEmpty?: boolean;
  /** Test this attribute rather than the text (a meta's `content`). */
  attribute?: string;
}

export interface ProbeState {
  tData: number | null;
  tDcl: number | null;
  tPaint: number | null;
  /**
   * The page's first animation frame: until the page's render-blocking <head>
   * resources are in, the browser renders no frame at all, the overlay included.
   */
  tFirstFrame: number | null;
  /** The page's first paint (the `first-paint` entry); none for a page that paints nothing itself. */
  tFirstPaint: number | null;
  /** What the card's followers figure said at its first paint. */
  followersText: string | null;
}

/** `probes`: every form the capture's figures take; the first one present marks tData. */
export function overlayProbe(probes: DataProbe[]): void {
  const state: ProbeState = {
    tData: null,
    tDcl: null,
    tPaint: null,
    tFirstFrame: null,
    tFirstPaint: null,
    followersText: null,
  };
  (window as unknown as { __mlBench: ProbeState }).__mlBench = state;

  const present = (probe: DataProbe) => {
    for (const el of Array.from(document.querySelectorAll(probe.selector))) {
      const text = (probe.attribute ? el.getAttribute(probe.attribute) : el.textContent) ?? '';
      if (probe.includes !== undefined && !text.includes(probe.includes)) continue;
      if (probe.nonEmpty && text.trim() === '') continue;
      return true;
    }
    return false;
  };
  const dataPresent = () => probes.some(present);
  const markData = () => {
    if (state.tData === null && dataPresent()) {
      state.tData = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(markData);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      state.tDcl = performance.now();
      markData();
      // The data is there by now at the latest (pre-rendered page).
      if (state.tData === null) state.tData = state.tDcl;
      observer.disconnect();
    },
    { once: true },
  );

  const followers = () => {
    const host = document.querySelector('microlens-overlay');
    const el = host?.shadowRoot?.querySelector('[data-testid="ml-followers"]');
    const text = el?.textContent?.trim() ?? '';
    return text === '' ? null : text;
  };
  const frame = () => {
    state.tFirstFrame ??= performance.now();
    const text = followers();
    if (text !== null) {
      state.tPaint = performance.now();
      state.followersText = text;
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-paint') state.tFirstPaint ??= e.startTime;
  }).observe({ type: 'paint', buffered: true });
}
