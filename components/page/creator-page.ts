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
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createOverlay } from '@/components/overlay';
import type { CreatorView } from '@/lib/messages';
import type { CreatorKey } from '@/lib/schema/creator';
import { creatorKey } from '@/lib/schema/plain';
import type { Platform, Reading } from '@/lib/schema/reading';
import type { PageKindResult } from '@/lib/sites/shared/page-kind';
import { completeReading } from '@/lib/sites/shared/reading-defaults';
import { listenForPageData } from './bridge-receiver';
import { watchPage } from './page-watcher';
import { watchWhileParsing } from './parse-watcher';
import { sameReading } from './same-reading';
import { listenForSaveShortcut } from './save-shortcut';
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

type Current = {
  key: CreatorKey;
  reading: Reading;
  view: CreatorView | null;
  /** The background's view once this creator's reading is recorded (null if it could not be). */
  recorded: Promise<CreatorView | null>;
};

/**
 * Starts at document_start so the page-data receiver is listening before the
 * page's first API responses arrive, and the page is read as its data parses.
 */
export function runCreatorPage(ctx: ContentScriptContext, site: SiteReader): void {
  const { platform, pageKind: pageKindFor } = site;
  const overlay = createOverlay(ctx, platform);
  let lastSent: { reading: Reading; view: CreatorView } | null = null;
  let lastUrl = '';
  let attempt = 0;
  let retryTimer: number | undefined;
  let busy = false;
  let again = false;
  let current: Current | null = null;
  // Saves waiting for the record of a reading painted before the background answered.
  let waiting: Array<(view: CreatorView | null) => void> = [];

  /** A promise of the next record's view, for a reading shown before it is recorded. */
  const nextRecord = () => new Promise<CreatorView | null>((resolve) => waiting.push(resolve));
  const settleWaiting = (view: CreatorView | null) => {
    const due = waiting;
    waiting = [];
    for (const resolve of due) resolve(view);
  };

  const showFor = (
    reading: Reading,
    view: CreatorView | null,
    error?: string,
    recorded?: Promise<CreatorView | null>,
  ) => {
    if (reading.pageKind !== 'profile') return overlay.clear();
    overlay.show({
      reading,
      view,
      ...(error ? { error } : {}),
      ...(recorded && !view ? { recorded } : {}),
    });
  };

  /** A creator newly on screen: its page figures now, the store's figures when recorded. */
  const paintEarly = (key: CreatorKey | null, reading: Reading) => {
    if (!key || current?.key === key) return;
    const recorded = nextRecord();
    current = { key, reading, view: null, recorded };
    showFor(reading, null, undefined, recorded);
  };

  /**
   * While parsing: paints the first figures as soon as they are in, and
   * repaints as better ones arrive (nothing is recorded until the whole page
   * is read); true once the followers figure is settled.
   */
  const readWhileParsing = (): boolean => {
    const url = location.href;
    const kind = pageKindFor(url);
    if (!kind || kind.platform !== platform || kind.kind !== 'profile') return true;
    const reading = site.extract(document, url, Date.now());
    if (reading.followers === null) return false;
    // The reader's notes are about the whole page ("only the summary was readable"):
    // not yet known while half of it is parsed. The DOMContentLoaded read brings them.
    const shown = { ...reading, notices: [] };
    const key = keyOf(shown);
    if (current && current.key === key && !current.view) {
      current.reading = shown;
      showFor(shown, null, undefined, current.recorded);
    } else paintEarly(key, shown);
    return settledWhileParsing(reading);
  };

  const unknownReading = (url: string, kind: PageKindResult, why: string) =>
    completeReading({
      platform,
      pageKind: kind.kind,
      url,
      readAt: Date.now(),
      handle: kind.handle && /^[a-z0-9._]{1,64}$/.test(kind.handle) ? kind.handle : null,
      notices: [why],
    });

  const readOnce = async () => {
    const url = location.href;
    if (url !== lastUrl) {
      lastUrl = url;
      attempt = 0;
      if (retryTimer !== undefined) clearTimeout(retryTimer);
    }
    const kind = pageKindFor(url);
    if (!kind || kind.platform !== platform || kind.kind === 'other') {
      // Feeds, explore, search, DMs: leave the page clean.
      current = null;
      overlay.clear();
      return;
    }
    if (kind.kind === 'profile') overlay.prefetch();

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
        overlay.show({ reading: unknownReading(url, kind, why), view: null, error: why });
      return;
    }

    const key = keyOf(reading);
    if (lastSent && sameReading(reading, lastSent.reading)) {
      // Nothing new to record (e.g. back on a profile just seen): just show it again.
      const view = lastSent.view;
      current = key ? { key, reading, view, recorded: Promise.resolve(view) } : null;
      showFor(reading, view);
      settleWaiting(view);
      return;
    }
    // A creator not yet on screen paints now; one already shown keeps its figures until the new view.
    paintEarly(key, reading);
    const reply = await sendSafely(ctx, { type: 'reading:record', reading });
    const view = reply?.ok ? reply.data : null;
    settleWaiting(view);
    if (ctx.isInvalid || location.href !== url) return;
    // Only a stored reading counts as sent; a failed one is retried on the next change.
    if (reply?.ok) lastSent = { reading, view: reply.data };
    current = key ? { key, reading, view, recorded: Promise.resolve(view) } : null;
    const error = !reply ? 'Microlens background did not answer' : reply.ok ? undefined : reply.error.message;
    showFor(reading, view, error);
  };

  /** One read at a time; a request during a read runs once more afterwards. */
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

  listenForPageData(ctx, (view, pageUrl) => {
    // The page's own API data was recorded: show the creator's updated figures.
    if (current && location.href === pageUrl && current.key === view.creator.key) {
      current.view = view;
      if (lastSent) lastSent.view = view;
      showFor(current.reading, view);
    }
  });
  listenForSaveShortcut(
    ctx,
    async () => {
      // Shown but not yet recorded: the save waits for the record rather than failing.
      const shown = current;
      if (!shown) return null;
      await shown.recorded;
      return shown.key;
    },
    (view) => {
      if (current) {
        current.view = view;
        if (lastSent) lastSent.view = view;
        showFor(current.reading, view);
      }
    },
  );
  ctx.onInvalidated(() => {
    settleWaiting(null);
    try {
      overlay.clear();
    } catch {
      // already gone with the extension
    }
  });

  // The card's settings load while the page parses, not after the first reading.
  const firstKind = pageKindFor(location.href);
  if (firstKind?.kind === 'profile') overlay.prefetch();

  const start = () => {
    if (ctx.isInvalid) return;
    watchPage(
      ctx,
      () => void request(),
      (url) => {
        const kind = pageKindFor(url);
        return kind !== null && kind.kind !== 'other';
      },
    );
    void request();
  };
  if (document.readyState === 'loading') {
    watchWhileParsing(ctx, site.isDataNode, readWhileParsing);
    ctx.addEventListener(document, 'DOMContentLoaded', start, { once: true });
  } else {
    start();
  }
}
