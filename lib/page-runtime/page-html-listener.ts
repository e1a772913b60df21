/**
 * "Report this page" asks the content script for the page as it is now. The
 * content script only hands over its markup and address (no redaction code
 * here: it would weigh on every page load); the popup redacts it before the
 * user saves anything (lib/sites/shared/page-report.ts). Nothing leaves the
 * browser. Only this exact message is answered, and only the extension itself
 * can send runtime messages to a content script.
 */
import type { PageHost, RuntimeListener } from './host';

export const PAGE_HTML_MESSAGE = { type: 'microlens:page-html' } as const;

/** Larger pages are refused rather than cut (a cut page would mislead). */
const MAX_HTML = 8_000_000;

export type PageHtml = { ok: true; html: string; url: string } | { ok: false; reason: string };

export function isPageHtmlRequest(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    Object.keys(message).length === 1 &&
    (message as { type?: unknown }).type === PAGE_HTML_MESSAGE.type
  );
}

export function pageHtml(doc: Document, url: string): PageHtml {
  const html = `<!doctype html>\n${doc.documentElement.outerHTML}`;
  return html.length > MAX_HTML ? { ok: false, reason: 'page too large' } : { ok: true, html, url };
}

export function listenForPageHtml(host: Pick<PageHost, 'runtime'>, doc: Document, url: () => string): void {
  // Answered at once (sendResponse, no `return true`). An orphaned listener after an
  // extension reload is harmless: only the extension can message it, and it is gone.
  const listener: RuntimeListener = (message, _sender, sendResponse) => {
    if (isPageHtmlRequest(message)) (sendResponse as (a: PageHtml) => void)(pageHtml(doc, url()));
    return undefined;
  };
  try {
    host.runtime.onMessage.addListener(listener);
  } catch {
    // Context already invalidated.
  }
}
