/**
 * The extension's side of the content-script runtime (lib/page-runtime): WXT's
 * context, the runtime's messaging and this site's overlay card, handed over
 * as parameters so the runtime itself stays free of extension APIs.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createOverlay } from '@/components/overlay';
import type { PageHost, RuntimeListener } from '@/lib/page-runtime/host';
import type { Platform } from '@/lib/schema/reading';

type BrowserListener = Parameters<typeof browser.runtime.onMessage.addListener>[0];

export function pageHost(ctx: ContentScriptContext, platform: Platform): PageHost {
  return {
    ctx,
    runtime: {
      sendMessage: (message) => browser.runtime.sendMessage(message),
      addListener: (listener: RuntimeListener) =>
        browser.runtime.onMessage.addListener(listener as unknown as BrowserListener),
      removeListener: (listener: RuntimeListener) =>
        browser.runtime.onMessage.removeListener(listener as unknown as BrowserListener),
    },
    overlay: createOverlay(ctx, platform),
  };
}
