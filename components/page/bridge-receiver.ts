/**
 * Receives API responses the page itself loaded, as posted by the main-world
 * bridge (entrypoints/page-bridge.content.ts). The page can post anything on
 * its window, so every message is checked (same window, same origin, schema,
 * allowed URL) and parsed defensively. Structurally, page data can only add
 * figures: this receiver's one outlet is `onFindings`, which feeds the reading
 * path; it holds no way to send any other message.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BridgeMessageSchema, parseJsonSafely } from '@/lib/bridge-protocol';
import { normalizePageData, type PageDataPart } from '@/lib/page-data-merge';
import type { Platform } from '@/lib/schema/reading';
import { readingFromPageData } from '@/lib/sites/page-data';

export function listenForPageData(
  ctx: ContentScriptContext,
  platform: Platform,
  onFindings: (part: PageDataPart) => void,
): void {
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    try {
      if (event.source !== window || event.origin !== location.origin) return;
      const message = BridgeMessageSchema.safeParse(event.data);
      if (!message.success) return;
      const body = parseJsonSafely(message.data.body);
      if (body === undefined) return;
      const part = normalizePageData(readingFromPageData(platform, message.data.url, body, Date.now()));
      if (part && (part.posts.length > 0 || part.profile)) onFindings(part);
    } catch {
      // A malformed response is simply not used.
    }
  });
}
