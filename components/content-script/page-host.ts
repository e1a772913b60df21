/**
 * The extension's side of the content-script runtime (lib/page-runtime): WXT's
 * context, the runtime's messaging and this site's overlay card, handed over
 * as parameters so the runtime itself stays free of extension APIs.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createOverlay } from '@/components/overlay';
import type { PageHost, PageRuntime } from '@/lib/page-runtime/host';
import type { Platform } from '@/lib/schema/reading';

export function pageHost(ctx: ContentScriptContext, platform: Platform): PageHost {
  // The runtime as it is: its listener type is the browser's own, which the callback form fits.
  return { ctx, runtime: browser.runtime as unknown as PageRuntime, overlay: createOverlay(ctx, platform) };
}
