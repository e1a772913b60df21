/**
 * Messages to the background worker from a content script that may outlive its
 * extension (reload/update under an open tab). Once the context is gone every
 * call quietly returns null instead of throwing "Extension context invalidated".
 */
import { asReply, type RequestOf } from '@/lib/protocol/client';
import type { Reply, RequestType, ResponseMap } from '@/lib/protocol/messages';
import type { PageHost } from './host';

export async function sendSafely<T extends RequestType>(
  host: Pick<PageHost, 'ctx' | 'runtime'>,
  request: RequestOf<T>,
): Promise<Reply<ResponseMap[T]> | null> {
  if (host.ctx.isInvalid) return null;
  try {
    return asReply<ResponseMap[T]>(await host.runtime.sendMessage(request));
  } catch {
    // Invalidated context, or the worker was restarting: nothing the page should see.
    return null;
  }
}
