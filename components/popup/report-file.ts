/**
 * The report file built from a page's markup (loaded on demand by report-page.ts,
 * so the popup does not carry the readers at every open). The readers' zod-free
 * entry points: the popup validates nothing itself (the worker does).
 */
import { instagramPageKind } from '@/lib/sites/instagram/page-kind';
import { extractInstagramPage } from '@/lib/sites/instagram/reader';
import { pageReport, reportFileName, viewerIdentifiers } from '@/lib/sites/shared/page-report';
import { tiktokPageKind } from '@/lib/sites/tiktok/page-kind';
import { extractTiktokPage } from '@/lib/sites/tiktok/reader';

export function reportFile(html: string, url: string, now: number): { name: string; text: string } | null {
  const kind = instagramPageKind(url) ?? tiktokPageKind(url);
  if (!kind || kind.kind === 'other') return null;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const reading =
    kind.platform === 'instagram' ? extractInstagramPage(doc, url, now) : extractTiktokPage(doc, url, now);
  const handle = reading.handle ?? kind.handle;
  const viewer = viewerIdentifiers(doc, kind.platform, handle);
  const report = pageReport(doc, { platform: kind.platform, handle, url, reading, viewer, savedAt: now });
  return { name: reportFileName(report, handle), text: `${JSON.stringify(report, null, 2)}\n` };
}
