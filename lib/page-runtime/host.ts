/**
 * What the content-script runtime needs from the extension, handed over by
 * each site's content script (components/content-script/page-host.ts builds it
 * from WXT's context, the runtime and the overlay). lib/ stays free of
 * extension APIs: tests hand over fakes, or WXT's real context.
 */
import type { Reading } from '@/lib/schema/reading';
import type { CreatorView } from '@/lib/schema/views';

/** The part of WXT's ContentScriptContext the runtime uses: it ends when the extension goes away. */
export interface PageContext {
  readonly isInvalid: boolean;
  readonly isValid: boolean;
  setTimeout(handler: () => void, timeout?: number): number;
  addEventListener(
    target: EventTarget,
    type: string,
    /** Any event's handler (its event type depends on `type`). */
    handler: (event: never) => void,
    options?: AddEventListenerOptions,
  ): void;
  onInvalidated(cb: () => void): unknown;
}

/** A runtime message listener in the callback form both browsers support (see save-shortcut.ts). */
export type RuntimeListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (answer: never) => void,
) => true | undefined;

/** The slice of the extension runtime (`browser.runtime`) a content script uses. */
export interface PageRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: RuntimeListener): void;
    removeListener(listener: RuntimeListener): void;
  };
}

export type OverlayState = {
  reading: Reading;
  view: CreatorView | null;
  error?: string;
  /**
   * Shown before the background has recorded the reading (the page's own
   * figures paint at once): resolves with the view once it has, null if it
   * could not. A save waits for it instead of failing.
   */
  recorded?: Promise<CreatorView | null>;
};

/** The card on the page (components/overlay). */
export interface PageOverlay {
  show(state: OverlayState): void;
  clear(): void;
  /**
   * Starts loading the card's settings (language, mode, labels) ahead of the
   * first show(), in parallel with reading the page, so painting waits for nothing.
   */
  prefetch(): void;
}

export interface PageHost {
  ctx: PageContext;
  runtime: PageRuntime;
  overlay: PageOverlay;
}
