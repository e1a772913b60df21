/**
 * The card's place in the page: a `<microlens-overlay>` element with an open
 * shadow root holding the card's CSS and a dock the card is painted into,
 * shielded from the page's keyboard shortcuts and from clicks a page script makes.
 */
import { overlayCss } from './styles';

export const OVERLAY_TAG = 'microlens-overlay';

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
export function createHost(): { host: HTMLElement; shadow: ShadowRoot; dock: HTMLElement } {
  const host = document.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial!important}${overlayCss}`;
  const dock = document.createElement('div');
  dock.className = 'ml-root ml-dock';
  shadow.append(style, dock);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
  for (const type of ACTIVATION_EVENTS) shadow.addEventListener(type, stopUntrusted, { capture: true });
  return { host, shadow, dock };
}
