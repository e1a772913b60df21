/**
 * "Report this page" in the popup: asks the active tab's content script for the
 * page's markup, redacts it here (extension origin; the code loads only on click)
 * and offers the result as a file. Nothing is sent anywhere.
 */
import { PAGE_HTML_MESSAGE, type PageHtml } from '@/lib/page-runtime/page-html-listener';

export type ReportOutcome = { ok: true; file: string } | { ok: false; message: string };

function isPageHtml(v: unknown): v is Extract<PageHtml, { ok: true }> {
  const o = v as { ok?: unknown; html?: unknown; url?: unknown } | null;
  return (
    typeof o === 'object' &&
    o !== null &&
    o.ok === true &&
    typeof o.html === 'string' &&
    typeof o.url === 'string'
  );
}

export async function reportActivePage(
  askActiveTab: (message: unknown) => Promise<unknown>,
  saveFile: (name: string, text: string) => void,
  now: number,
): Promise<ReportOutcome> {
  const reply = await askActiveTab(PAGE_HTML_MESSAGE).catch(() => null);
  if (!isPageHtml(reply)) {
    const reason = (reply as { reason?: unknown } | null)?.reason;
    return {
      ok: false,
      message: typeof reason === 'string' ? reason : 'the page did not answer; reload it and try again',
    };
  }
  const { reportFile } = await import('./report-file');
  const file = reportFile(reply.html, reply.url, now);
  if (file === null) return { ok: false, message: 'not an Instagram or TikTok creator page' };
  saveFile(file.name, file.text);
  return { ok: true, file: file.name };
}
