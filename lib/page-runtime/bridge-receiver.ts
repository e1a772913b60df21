/**
 * Receives API responses the page itself loaded, as posted by the main-world
 * bridge (entrypoints/page-bridge.content.ts), and hands them to the background
 * worker as `page-data:record`. The page can post anything on its window, so
 * this checks the source (same window, same origin) and the allowed URL and
 * size; the background then validates the message with zod and parses the
 * body (lib/background/page-data-readings.ts). Structurally, page data can only add
 * readings: this receiver's one outlet is that one message type.
 *
 * No zod here on purpose: it would multiply the content script's size, and the
 * background is where page data is trusted or not.
 */
import { bridgePayload } from '@/lib/protocol/bridge-urls';
import type { CreatorView } from '@/lib/schema/views';
import type { PageHost } from './host';
import { sendSafely } from './send-safely';

export function listenForPageData(
  host: Pick<PageHost, 'ctx' | 'runtime'>,
  onRecorded: (view: CreatorView, pageUrl: string) => void,
): void {
  const { ctx } = host;
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    try {
      if (event.source !== window || event.origin !== location.origin) return;
      const payload = bridgePayload(event.data);
      if (!payload) return;
      const pageUrl = location.href;
      void sendSafely(host, { type: 'page-data:record', pageUrl, ...payload }).then((reply) => {
        if (reply?.ok && reply.data && ctx.isValid) onRecorded(reply.data, pageUrl);
      });
    } catch {
      // A malformed message is simply not used.
    }
  });
}
