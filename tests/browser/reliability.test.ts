/**
 * Reliability under an open page:
 * - the extension is reloaded/updated while a creator profile is open: the old
 *   content script stops without a single page error, and the overlay comes
 *   back, live (the new worker re-injects the content scripts into open site
 *   tabs: lib/background/reinject.ts — without it this test fails);
 * - a site redesign breaks the reader's selectors: the card says "unknown"
 *   with a quiet notice, and the page has no errors.
 */
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromePath,
  EXTENSION_DIR,
  freshUserDataDir,
  isolatedChromiumArgs,
  launchWithExtension,
  type Session,
  screenshot,
} from '@/tests/support/browser';
import { waitFor } from '@/tests/support/extension';
import { type FixtureServer, fileResponse, startFixtureServer } from '@/tests/support/fixture-server';
import { IG_PROFILE, TT_PROFILE } from '@/tests/support/pages';

let server: FixtureServer;
let session: Session;

/**
 * The capture after a redesign: every data-e2e hook renamed, generated class
 * names changed, the header's elements renamed, the embedded JSON (the app's
 * state and the ld+json profile) and the summary metas gone. Nothing the reader knows is left.
 */
function redesigned(html: string): string {
  return html
    .replace(/data-e2e="/g, 'data-testid-v2="')
    .replace(/class="([^"]*)"/g, (_m, c: string) => `class="${c.replace(/css-/g, 'tux-')}"`)
    .replace(/<h1\b/g, '<div role="heading"')
    .replace(/<\/h1>/g, '</div>')
    .replace(/<h2\b/g, '<span')
    .replace(/<\/h2>/g, '</span>')
    .replace(/<strong\b/g, '<b')
    .replace(/<\/strong>/g, '</b>')
    .replace(/id="__UNIVERSAL_DATA_FOR_REHYDRATION__"/g, 'id="__APP_STATE__"')
    .replace(/type="application\/ld\+json"/g, 'type="application/x-app-state"')
    .replace(/<meta[^>]+(?:description|og:|twitter:)[^>]*>/gi, '')
    .replace(/\/video\//g, '/v/');
}

/** Page errors and console errors, minus the fixture setup's own noise (blocked CDNs, 404s). */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Content Security Policy|ERR_NAME_NOT_RESOLVED|404/i.test(m.text())) {
      problems.push(`console: ${m.text()}`);
    }
  });
  return problems;
}

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('www.tiktok.com', '/@redesigned', () =>
    fileResponse(TT_PROFILE, { transform: (html) => redesigned(html).replace(/illojuan/g, 'redesigned') }),
  );
  // Only the profile header's markup changed (no <header> element any more): the
  // counts it held are lost, the description meta still has them.
  server.route('www.instagram.com', '/gdg_rbu/', () =>
    fileResponse(IG_PROFILE, {
      transform: (html) => html.replace(/<header\b/g, '<div data-header-v2').replace(/<\/header>/g, '</div>'),
    }),
  );
  session = await launchWithExtension(server.port);
});

afterAll(async () => {
  await session?.close({ removeProfile: true });
  await server?.close();
});

/**
 * A Chromium whose extension is loaded over CDP (Extensions.loadUnpacked), so
 * the test can load it AGAIN from the same directory: exactly what an update or
 * a developer's reload does (the old instance is torn down, the new worker gets
 * onInstalled "update"). chrome.runtime.reload() cannot be used: Chromium does
 * not bring back a --load-extension extension after it (it stays unloaded).
 */
async function launchUpdatable(port: number): Promise<{
  context: BrowserContext;
  load(): Promise<string>;
}> {
  const context = await chromium.launchPersistentContext(freshUserDataDir(), {
    executablePath: chromePath(),
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    // Playwright disables extensions by default; CDP loading needs them on.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: isolatedChromiumArgs(port, ['--enable-unsafe-extension-debugging']),
  });
  const cdp = await context.browser()!.newBrowserCDPSession();
  return {
    context,
    async load() {
      const { id } = (await cdp.send(
        'Extensions.loadUnpacked' as never,
        { path: EXTENSION_DIR } as never,
      )) as {
        id: string;
      };
      return id;
    },
  };
}

/** What the store holds for a creator's posts, read from an extension page (same IndexedDB). */
async function storedPostIds(context: BrowserContext, extensionId: string, key: string): Promise<string[]> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return await page.evaluate(
      (k) =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('microlens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('posts').objectStore('posts').index('creatorKey').getAll(k);
            get.onsuccess = () => {
              open.result.close();
              resolve((get.result as { id: string }[]).map((p) => p.id));
            };
            get.onerror = () => reject(get.error);
          };
        }),
      key,
    );
  } finally {
    await page.close();
  }
}

describe('extension updated (reloaded) under an open profile', () => {
  it('the old script stops without errors and the overlay comes back, live', async () => {
    const browser = await launchUpdatable(server.port);
    try {
      const extensionId = await browser.load();
      const page = await browser.context.newPage();
      const problems = watchProblems(page);
      await page.goto('https://www.tiktok.com/@illojuan');
      const followers = page.locator('microlens-overlay [data-testid=ml-followers]');
      await followers.waitFor({ state: 'visible', timeout: 15_000 });
      // Mark the old script's card, to tell the new one from it.
      await page.evaluate(() => document.querySelector('microlens-overlay')?.setAttribute('data-old', ''));

      // The update: same extension, loaded again.
      expect(await browser.load()).toBe(extensionId);

      // A new card, from a new content script, showing the creator's figures again; the old one gone.
      const fresh = page.locator('microlens-overlay:not([data-old]) [data-testid=ml-followers]');
      await fresh.waitFor({ state: 'visible', timeout: 20_000 });
      expect(await fresh.textContent()).toMatch(/783/);
      expect(await page.locator('microlens-overlay').count()).toBe(1);

      // It is live: a video that appears now reaches the new worker's store.
      await page.evaluate(() => {
        const item = document.querySelector('[data-e2e="user-post-item"]');
        const clone = item?.cloneNode(true) as HTMLElement | undefined;
        if (!item || !clone) throw new Error('no grid item in the capture');
        for (const a of clone.querySelectorAll('a[href*="/video/"]')) {
          a.setAttribute('href', 'https://www.tiktok.com/@illojuan/video/7000000000000000042');
        }
        item.parentElement?.appendChild(clone);
      });
      await waitFor('the new video in the store', async () =>
        (await storedPostIds(browser.context, extensionId, 'tiktok:illojuan')).includes(
          '7000000000000000042',
        ),
      );
      await screenshot(page, 'reliability-after-update');
      expect(problems).toEqual([]);
    } finally {
      await browser.context.close();
    }
  });
});

describe('a site redesign that breaks every selector', () => {
  it('shows unknown figures with a quiet notice and leaves the page unharmed', async () => {
    const page = await session.context.newPage();
    const problems = watchProblems(page);
    await page.goto('https://www.tiktok.com/@redesigned');
    const followers = page.locator('microlens-overlay [data-testid=ml-followers]');
    await followers.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await followers.textContent()).toMatch(/unknown/i);
    const notice = page.locator('microlens-overlay [role=alert]');
    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    expect((await notice.textContent())?.length).toBeGreaterThan(10);
    // The page itself still works: its content is all there, untouched.
    expect(await page.locator('[data-testid-v2="user-post-item"]').count()).toBe(18);
    await screenshot(page, 'reliability-redesigned-profile');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a redesign of the profile header only', () => {
  it('shows the figures still readable with one quiet notice saying why, and no alert', async () => {
    const page = await session.context.newPage();
    const problems = watchProblems(page);
    await page.goto('https://www.instagram.com/gdg_rbu/');
    const followers = page.locator('microlens-overlay [data-testid=ml-followers]');
    await followers.waitFor({ state: 'visible', timeout: 20_000 });
    // The meta's count (it lags the header's 3,351), never a broken card.
    expect(await followers.textContent()).toMatch(/3,353/);
    const notice = page.locator('microlens-overlay [data-testid=ml-notice]');
    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await notice.textContent()).toMatch(/^Only the page summary was readable/);
    expect(await page.locator('microlens-overlay [role=alert]').count()).toBe(0);
    await screenshot(page, 'reliability-header-redesign');
    expect(problems).toEqual([]);
    await page.close();
  });
});
