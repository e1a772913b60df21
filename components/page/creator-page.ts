/**
 * The content-script runtime shared by both sites: read the page (lib/sites),
 * record it with the background worker, pass on the page's own API responses,
 * and show the overlay on profiles. Re-reads on in-app navigation and as more
 * posts load, skipping readings identical to the last one sent.
 *
 * Each site's script passes its own reader, so a content script carries one
 * site's markup knowledge, and no zod: the background validates what arrives.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createOverlay } from '@/components/overlay';
import type { CreatorView } from '@/lib/messages';
import type { CreatorKey } from '@/lib/schema/creator';
import type { Platform, Reading } from '@/lib/schema/reading';
import type { PageKindResult } from '@/lib/sites/page-kind';
import { completeReading } from '@/lib/sites/reading-defaults';
import { listenForPageData } from './bridge-receiver';
import { watchPage } from './page-watcher';
import { listenForSaveShortcut } from './save-shortcut';
import { sendSafely } from './send-safely';

/** One site's reader, as its content script hands it over. */
export interface SiteReader {
  platform: Platform;
  pageKind: (url: string) => PageKindResult | null;
  extract: (root: Document, url: string, now: number) => Reading;
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
  // creatorKey() lives beside the zod schemas; the key's format is spelled out here instead.
  return `${r.platform}:${handle.toLowerCase()}` as CreatorKey;
}

/** Same figures as last time? (readAt always differs, so it is left out.) */
function sameAs(a: Reading, lastJson: string): boolean {
  return JSON.stringify({ ...a, readAt: 0 }) === lastJson;
}

/**
 * Starts at document_start so the page-data receiver is listening before the
 * page's first API responses arrive; reading waits for the parsed document.
 */
export function runCreatorPage(ctx: ContentScriptContext, site: SiteReader): void {
  const { platform, pageKind: pageKindFor } = site;
  let overlay: ReturnType<typeof createOverlay> | null = null;
  let lastSentJson = '';
  let lastSent: { view: CreatorView } | null = null;
  let lastUrl = '';
  let attempt = 0;
  let retryTimer: number | undefined;
  let busy = false;
  let again = false;
  let current: { key: CreatorKey; reading: Reading; view: CreatorView | null } | null = null;

  const showFor = (reading: Reading, view: CreatorView | null, error?: string) => {
    if (reading.pageKind === 'profile') overlay?.show(error ? { reading, view, error } : { reading, view });
    else overlay?.clear();
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
      overlay?.clear();
      return;
    }

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
        overlay?.show({ reading: unknownReading(url, kind, why), view: null, error: why });
      return;
    }

    const key = keyOf(reading);
    if (sameAs(reading, lastSentJson) && lastSent) {
      // Nothing new to record (e.g. back on a profile just seen): just show it again.
      current = key ? { key, reading, view: lastSent.view } : null;
      showFor(reading, lastSent.view);
      return;
    }
    const reply = await sendSafely(ctx, { type: 'reading:record', reading });
    if (ctx.isInvalid || location.href !== url) return;
    const view = reply?.ok ? reply.data : null;
    // Only a stored reading counts as sent; a failed one is retried on the next change.
    if (reply?.ok) {
      lastSentJson = JSON.stringify({ ...reading, readAt: 0 });
      lastSent = { view: reply.data };
    }
    current = key ? { key, reading, view } : null;
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
    () => current?.key ?? null,
    (view) => {
      if (current) {
        current.view = view;
        if (lastSent) lastSent.view = view;
        showFor(current.reading, view);
      }
    },
  );
  ctx.onInvalidated(() => {
    try {
      overlay?.clear();
    } catch {
      // already gone with the extension
    }
  });

  const start = () => {
    if (ctx.isInvalid) return;
    overlay = createOverlay(ctx, platform);
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
    ctx.addEventListener(document, 'DOMContentLoaded', start, { once: true });
  } else {
    start();
  }
}
