/**
 * The content-script runtime shared by both sites: read the page (lib/sites),
 * record it with the background worker, pass on the page's own API responses,
 * and show the overlay on profiles. Re-reads on in-app navigation and as more
 * posts load, skipping readings identical to the last one sent.
 *
 * Each site's script passes its own reader, so a content script carries one
 * site's markup knowledge, and no zod: the background validates what arrives.
 *
 * Latency: the card paints from the page's own reading as soon as the figures
 * are in the document (parse-watcher.ts, before DOMContentLoaded when the site
 * allows), without waiting for the background; figures that need the store
 * show "computing…" until its view arrives. A save made meanwhile (Save button
 * or shortcut) waits for that record instead of failing.
 *
 * The steps, each below or in its own file: watch (page-watcher.ts,
 * parse-watcher.ts), read (readPage), record (recordReading), paint
 * (screen.ts), save (save-shortcut.ts).
 */

import type { CreatorKey } from '@/lib/schema/creator';
import { creatorKey } from '@/lib/schema/plain';
import type { Platform, Reading } from '@/lib/schema/reading';
import type { PageKindResult } from '@/lib/sites/shared/page-kind';
import { completeReading } from '@/lib/sites/shared/reading-defaults';
import { listenForPageData } from './bridge-receiver';
import type { PageHost } from './host';
import { listenForPageHtml } from './page-html-listener';
import { watchPage } from './page-watcher';
import { watchWhileParsing } from './parse-watcher';
import { listenForSaveShortcut } from './save-shortcut';
import { createScreen, type Screen } from './screen';
import { sendSafely } from './send-safely';

/** One site's reader, as its content script hands it over. */
export interface SiteReader {
  platform: Platform;
  pageKind: (url: string) => PageKindResult | null;
  extract: (root: Document, url: string, now: number) => Reading;
  /** Elements that may bring the creator's figures while the page parses (lib/sites/*-data-node.ts). */
  isDataNode: (el: Element) => boolean;
}

/** Waits between attempts while a page's data has not rendered yet (~5 s in all). */
const RETRY_DELAYS_MS = [300, 700, 1_500, 3_000];
const NOTHING_READABLE = 'Microlens could not find this creator’s figures on the page yet.';

/** Something worth recording: a count, a post, or the post of a post page. */
function hasFigures(r: Reading): boolean {
  return Boolean(
    r.followers || r.following || r.posts || r.likesTotal || r.videoCount || r.recentPosts.length || r.post,
  );
}

/** The creator a reading is about: the profile's handle, or the post's author. */
function keyOf(r: Reading): CreatorKey | null {
  const handle = r.handle ?? r.post?.author ?? null;
  if (!handle || !/^[a-z0-9._]{1,64}$/i.test(handle)) return null;
  return creatorKey(r.platform, handle) as CreatorKey;
}

/**
 * Figures no later part of the page will replace: followers from the page's
 * embedded data, or an exact count in the rendered header. Until one arrives
 * the card shows what there is (the description meta, a rounded header count
 * such as "783.4K", marked ≈) and the parse watch goes on, so the exact figure
 * replaces it as soon as the parser reaches it. The meta can lag the header by
 * a few followers (3,353 vs 3,351); the header's figure then replaces it too.
 */
function settledWhileParsing(r: Reading): boolean {
  const f = r.followers;
  if (r.pageKind !== 'profile' || f === null) return false;
  return f.source === 'json' || (f.exact && f.source !== 'meta');
}

function unknownReading(platform: Platform, url: string, kind: PageKindResult, why: string): Reading {
  return completeReading({
    platform,
    pageKind: kind.kind,
    url,
    readAt: Date.now(),
    handle: kind.handle && /^[a-z0-9._]{1,64}$/.test(kind.handle) ? kind.handle : null,
    notices: [why],
  });
}

/**
 * Starts at document_start so the page-data receiver is listening before the
 * page's first API responses arrive, and the page is read as its data parses.
 */
export function runCreatorPage(host: PageHost, site: SiteReader): void {
  const screen = createScreen(host.overlay);
  const request = readPage(host, site, screen);
  // The page's own API data was recorded, or the creator saved: show the updated figures.
  listenForPageData(host, screen.showView);
  listenForSaveShortcut(host, screen.savableKey, screen.showView);
  // "Report this page" in the popup asks for the markup; the popup redacts it.
  listenForPageHtml(host, document, () => location.href);
  host.ctx.onInvalidated(() => {
    // The extension went away: waiting saves give up, the card goes.
    screen.settle(null);
    try {
      host.overlay.clear();
    } catch {
      // already gone with the extension
    }
  });
  watch(host, site, screen, request);
}

/**
 * The watch step: reads while the document parses, then on every in-app
 * navigation and as more posts load. The card's settings load while the page
 * parses, not after the first reading.
 */
function watch(host: PageHost, site: SiteReader, screen: Screen, request: () => Promise<void>): void {
  const { ctx } = host;
  if (site.pageKind(location.href)?.kind === 'profile') host.overlay.prefetch();
  const start = () => {
    if (ctx.isInvalid) return;
    watchPage(
      ctx,
      () => void request(),
      (url) => {
        const kind = site.pageKind(url);
        return kind !== null && kind.kind !== 'other';
      },
    );
    void request();
  };
  if (document.readyState === 'loading') {
    watchWhileParsing(ctx, site.isDataNode, () => readWhileParsing(site, screen));
    ctx.addEventListener(document, 'DOMContentLoaded', start, { once: true });
  } else {
    start();
  }
}

/**
 * While parsing: paints the first figures as soon as they are in, and
 * repaints as better ones arrive (nothing is recorded until the whole page
 * is read); true once the followers figure is settled.
 */
function readWhileParsing(site: SiteReader, screen: Screen): boolean {
  const url = location.href;
  const kind = site.pageKind(url);
  if (!kind || kind.platform !== site.platform || kind.kind !== 'profile') return true;
  const reading = site.extract(document, url, Date.now());
  if (reading.followers === null) return false;
  // The reader's notes are about the whole page ("only the summary was readable"):
  // not yet known while half of it is parsed. The DOMContentLoaded read brings them.
  const shown = { ...reading, notices: [] };
  screen.paintParsing(keyOf(shown), shown);
  return settledWhileParsing(reading);
}

/**
 * The read step: reads the page when asked (the returned function), one read
 * at a time (a request during a read runs once more afterwards), retrying
 * while the app has not rendered the figures yet.
 */
function readPage(host: PageHost, site: SiteReader, screen: Screen): () => Promise<void> {
  const { ctx } = host;
  let lastUrl = '';
  let attempt = 0;
  let retryTimer: number | undefined;
  let busy = false;
  let again = false;

  const readOnce = async () => {
    const url = location.href;
    if (url !== lastUrl) {
      lastUrl = url;
      attempt = 0;
      if (retryTimer !== undefined) clearTimeout(retryTimer);
    }
    const kind = site.pageKind(url);
    if (!kind || kind.platform !== site.platform || kind.kind === 'other') return screen.clear();
    if (kind.kind === 'profile') host.overlay.prefetch();

    const reading = site.extract(document, url, Date.now());
    if (!hasFigures(reading)) {
      // The app may still be rendering: try again a few times, then say "unknown".
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay !== undefined) {
        attempt += 1;
        retryTimer = ctx.setTimeout(() => void request(), delay);
        return;
      }
      const why = reading.notices[0] ?? NOTHING_READABLE;
      if (kind.kind === 'profile')
        host.overlay.show({ reading: unknownReading(site.platform, url, kind, why), view: null, error: why });
      return;
    }
    const key = keyOf(reading);
    // Nothing new to record (e.g. back on a profile just seen): just show it again.
    if (screen.showAgain(key, reading)) return;
    await recordReading(host, screen, key, reading, url);
  };

  const request = async () => {
    if (ctx.isInvalid) return;
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      do {
        again = false;
        await readOnce();
      } while (again && ctx.isValid);
    } catch {
      // A reader bug must never break the page.
    } finally {
      busy = false;
    }
  };
  return request;
}

/**
 * The record step: a creator not yet on screen paints now (one already shown
 * keeps its figures until the new view); the worker records the reading and
 * answers with the creator's view. A failed record is retried on the next change.
 */
async function recordReading(
  host: PageHost,
  screen: Screen,
  key: CreatorKey | null,
  reading: Reading,
  url: string,
): Promise<void> {
  screen.paintEarly(key, reading);
  const reply = await sendSafely(host, { type: 'reading:record', reading });
  screen.settle(reply?.ok ? reply.data : null);
  if (host.ctx.isInvalid || location.href !== url) return;
  screen.showRecorded(key, reading, reply);
}
