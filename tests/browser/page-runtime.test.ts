/**
 * The content script on a single-page app: re-reads when more posts appear and
 * on in-app navigation, ignores DOM churn that changes nothing, records post
 * pages without an overlay, and says "unknown" on a page with nothing readable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Session, screenshot } from '@/tests/support/browser';
import { type SeenMessage, seenMessages, spyOnMessages, waitFor } from '@/tests/support/extension';
import {
  type FixtureServer,
  fileResponse,
  SHARED_FIXTURES,
  startFixtureServer,
} from '@/tests/support/fixture-server';

let server: FixtureServer;
let session: Session;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('www.instagram.com', '/p/CPeC-Eenc8l/', () =>
    fileResponse(`${SHARED_FIXTURES}/instagram/post-photo-willyrex-2024-12.html`),
  );
  // A profile whose app never renders: no header, no counts, no embedded data.
  server.route('www.instagram.com', '/nobody.here/', {
    headers: { 'content-type': 'text/html', 'content-security-policy': "script-src 'none'" },
    body: '<!doctype html><html><head><title>Instagram</title></head><body><main><p>Loading…</p></main></body></html>',
  });
  session = await launchWithExtension(server.port);
  await spyOnMessages(session);
});

afterAll(async () => {
  await session?.close({ removeProfile: true });
  await server?.close();
});

const readingsOf = async (handle: string) =>
  (await seenMessages(session)).filter(
    (m: SeenMessage) => m.message.type === 'reading:record' && m.message.reading?.handle === handle,
  );
const postCount = (m: SeenMessage | undefined) =>
  (m?.message.reading?.recentPosts as unknown[] | undefined)?.length;

describe('content script on a single-page app', () => {
  it('re-reads when more posts load, not on DOM churn, and follows in-app navigation', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.tiktok.com/@illojuan');
    const overlay = page.locator('microlens-overlay [data-testid=ml-followers]');
    await overlay.waitFor({ state: 'visible', timeout: 15_000 });
    const first = await waitFor('the first reading', async () => (await readingsOf('illojuan'))[0]);
    const postsBefore = postCount(first) ?? 0;
    expect(postsBefore).toBeGreaterThan(0);

    // Churn that changes no figure: a burst of unrelated nodes.
    await page.evaluate(() => {
      for (let i = 0; i < 30; i++) document.body.appendChild(document.createElement('div'));
    });
    await page.waitForTimeout(2_500);
    expect(await readingsOf('illojuan')).toHaveLength(1);

    // The user scrolls: one more video appears in the grid.
    await page.evaluate(() => {
      const item = document.querySelector('[data-e2e="user-post-item"]');
      const clone = item?.cloneNode(true) as HTMLElement | undefined;
      if (!item || !clone) throw new Error('no grid item in the capture');
      for (const a of clone.querySelectorAll('a[href*="/video/"]')) {
        a.setAttribute('href', 'https://www.tiktok.com/@illojuan/video/7000000000000000009');
      }
      item.parentElement?.appendChild(clone);
    });
    const second = await waitFor('a reading with the new video', async () => {
      const all = await readingsOf('illojuan');
      return all.length === 2 ? all[1] : null;
    });
    expect(postCount(second)).toBe(postsBefore + 1);

    // In-app navigation away from the creator clears the overlay…
    await page.evaluate(() => history.pushState({}, '', '/explore'));
    await overlay.waitFor({ state: 'hidden', timeout: 10_000 });
    // …and back shows it again.
    await page.evaluate(() => history.pushState({}, '', '/@illojuan'));
    await overlay.waitFor({ state: 'visible', timeout: 10_000 });
    await page.close();
  });

  it('records a post page with its author and shows no overlay there', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.instagram.com/p/CPeC-Eenc8l/');
    const seen = await waitFor('the post reading', async () =>
      (await seenMessages(session)).find(
        (m) =>
          m.message.type === 'reading:record' &&
          (m.message.reading?.post as { id?: string } | null)?.id === 'CPeC-Eenc8l',
      ),
    );
    const reading = seen.message.reading as { pageKind: string; post: { author: string | null } };
    expect(reading.pageKind).toBe('post');
    expect(reading.post.author).toBe('willyrex');
    expect(await page.locator('microlens-overlay [data-testid=ml-followers]').isVisible()).toBe(false);
    await page.close();
  });

  it('shows "unknown" quietly when a profile has nothing readable', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('https://www.instagram.com/nobody.here/');
    const followers = page.locator('microlens-overlay [data-testid=ml-followers]');
    await followers.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await followers.textContent()).toMatch(/unknown/i);
    await screenshot(page, 'runtime-unknown-profile');
    expect(await readingsOf('nobody.here')).toHaveLength(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('save shortcut and extension reload', () => {
  it('saves the creator on the page when the background relays the shortcut', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.tiktok.com/@illojuan');
    await page.locator('microlens-overlay [data-testid=ml-followers]').waitFor({ state: 'visible' });
    // What the background does on the "save-creator" command: ask the active tab.
    const answer = await session.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          tabs: {
            query(q: object): Promise<{ id?: number }[]>;
            sendMessage(id: number, m: unknown): Promise<unknown>;
          };
        };
      };
      const [tab] = await chrome.tabs.query({ url: 'https://www.tiktok.com/@illojuan' });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'microlens:save-current' });
    });
    expect(answer).toEqual({ ok: true, key: 'tiktok:illojuan' });
    const saved = await waitFor('the shortlist entry', async () =>
      (await seenMessages(session)).find((m) => m.message.type === 'shortlist:save'),
    );
    expect(saved.message.key).toBe('tiktok:illojuan');
    await page.close();
  });

  it('an open page outlives an extension reload without errors', async () => {
    const page = await session.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto('https://www.tiktok.com/@illojuan');
    await page.locator('microlens-overlay [data-testid=ml-followers]').waitFor({ state: 'visible' });

    // The worker dies mid-call when the extension reloads: that rejection is expected.
    await session.worker
      .evaluate(() => {
        (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload();
      })
      .catch(() => undefined);
    await page.waitForTimeout(1_000);

    // The old content script sees more posts and in-app navigation: it must stop quietly.
    await page.evaluate(() => {
      const item = document.querySelector('[data-e2e="user-post-item"]');
      item?.parentElement?.appendChild(item.cloneNode(true));
      history.pushState({}, '', '/@illojuan?lang=en');
    });
    await page.waitForTimeout(3_000);
    expect(problems.filter((p) => !/Content Security Policy|ERR_NAME_NOT_RESOLVED|404/i.test(p))).toEqual([]);
    await page.close();
  });
});
