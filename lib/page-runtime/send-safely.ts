/**
 * Messages to the background worker from a content script that may outlive its
 * extension (reload/update under an open tab). Once the context is gone every
 * call quietly returns null instead of throwing "Extension context invalidated".
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Reply, Request, RequestType, ResponseMap } from '@/lib/protocol/messages';

export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export async function sendSafely<T extends RequestType>(
  ctx: ContentScriptContext,
  request: RequestOf<T>,
): Promise<Reply<ResponseMap[T]> | null> {
  if (ctx.isInvalid) return null;
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply<ResponseMap[T]> | undefined;
    return reply && typeof reply === 'object' && 'ok' in reply ? reply : null;
  } catch {
    // Invalidated context, or the worker was restarting: nothing the page should see.
    return null;
  }
}
