/**
 * Init script for extension pages (popup, dashboard): records performance.now()
 * — time since navigation start — at the first requestAnimationFrame callback
 * after an element matching `selector` exists, i.e. the frame that paints the
 * first real content. Self-contained: Playwright serialises it.
 */
export interface RenderState {
  tFound: number | null;
  tPaint: number | null;
}

export function renderProbe(selector: string): void {
  const state: RenderState = { tFound: null, tPaint: null };
  (window as unknown as { __mlRender: RenderState }).__mlRender = state;
  const check = () => {
    if (state.tFound !== null || !document.querySelector(selector)) return;
    state.tFound = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      state.tPaint = performance.now();
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}
