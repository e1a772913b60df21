/**
 * The keyboard shortcut (manifest command "save-creator") is caught by the
 * background worker, which asks the active tab's content script to save the
 * creator it is showing. Only that one message is accepted here.
 */

import { NO_ANSWER } from '@/lib/protocol/client';
import type { CreatorKey } from '@/lib/schema/creator';
import type { CreatorView } from '@/lib/schema/views';
import type { PageHost, RuntimeListener } from './host';
import { sendSafely } from './send-safely';

/**
 * The one message accepted here, checked exactly (one key, one value). Only the
 * extension itself can send runtime messages to a content script; a plain check
 * instead of zod keeps the content script small.
 */
export function isSaveCurrent(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    Object.keys(message).length === 1 &&
    (message as { type?: unknown }).type === 'microlens:save-current'
  );
}

export type SaveResult = { ok: true; key: CreatorKey } | { ok: false; reason: string };

export function listenForSaveShortcut(
  host: Pick<PageHost, 'ctx' | 'runtime'>,
  /**
   * The creator on screen, once recorded: a card painted before the background
   * answered resolves after that record, so a fast shortcut queues, never fails.
   */
  currentKey: () => Promise<CreatorKey | null>,
  onSaved: (view: CreatorView) => void,
): void {
  const save = async (): Promise<SaveResult> => {
    const key = await currentKey();
    if (!key) return { ok: false, reason: 'no creator on this page' };
    const reply = await sendSafely(host, { type: 'shortlist:save', key });
    if (!reply) return { ok: false, reason: NO_ANSWER };
    if (!reply.ok) return { ok: false, reason: reply.error.message };
    onSaved(reply.data);
    return { ok: true, key };
  };
  // Answered through sendResponse + `return true`: content scripts use the
  // browser's native API (no polyfill, see wxt.config.ts), and Chrome only
  // recently learned to take a returned Promise; both browsers support this form.
  const listener = (
    message: unknown,
    _sender: unknown,
    sendResponse: (answer: SaveResult) => void,
  ): true | undefined => {
    if (!isSaveCurrent(message)) return undefined;
    save().then(sendResponse, (err: unknown) => sendResponse({ ok: false, reason: String(err) }));
    return true;
  };
  try {
    host.runtime.onMessage.addListener(listener as RuntimeListener);
    host.ctx.onInvalidated(() => {
      try {
        host.runtime.onMessage.removeListener(listener as RuntimeListener);
      } catch {
        // the extension is gone; nothing to remove
      }
    });
  } catch {
    // Context already invalidated.
  }
}
