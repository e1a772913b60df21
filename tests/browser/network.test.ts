/**
 * Microlens makes no requests of its own. Every request the browser made while
 * the extension ran on the captures and on a page that loads its own API data
 * must be one the page itself made; nothing may leave the machine.
 */
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Session } from '@/tests/support/browser';
import { seenMessages, spyOnMessages, waitFor } from '@/tests/support/extension';
import {
  type FixtureServer,
  fileResponse,
  jsonResponse,
  startFixtureServer,
  TEST_PAGE_CSP,
} from '@/tests/support/fixture-server';
import { TT_PROFILE, tiktokVideoItem, withScripts } from '@/tests/support/pages';

const SITES = new Set(['www.instagram.com', 'www.tiktok.com']);
/** Requests only a script makes; the captures' own scripts are blocked, so these would be Microlens's. */
const SCRIPT_CALLS = new Set(['fetch', 'xhr', 'websocket', 'eventsource', 'ping']);
const VISITS = ['https://www.instagram.com/gdg_rbu/', 'https://www.tiktok.com/@illojuan'];

/** The page's own script: records what it asks for, so the test can compare. */
const PAGE_SCRIPT = `
window.__pageRequests = ['/api/post/item_list/?count=30'];
fetch('/api/post/item_list/?count=30');
`;

let server: FixtureServer;
let session: Session;
const pageRequests: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('www.tiktok.com', '/@illojuan', () =>
    fileResponse(TT_PROFILE, {
      csp: TEST_PAGE_CSP,
      transform: (html) => withScripts(html, '/__test/page.js'),
    }),
  );
  server.route('www.tiktok.com', '/__test/page.js', {
    headers: { 'content-type': 'text/javascript' },
    body: PAGE_SCRIPT,
  });
  server.route('www.tiktok.com', '/api/post/item_list/', jsonResponse({ itemList: [tiktokVideoItem()] }));
  session = await launchWithExtension(server.port);
  await spyOnMessages(session);
  for (const url of VISITS) {
    const page = await session.context.newPage();
    await page.goto(url);
    const handle = url.includes('tiktok') ? 'illojuan' : 'gdg_rbu';
    // Let the content script read, record, and (for TikTok) take in the API response.
    await waitFor(`${handle} recorded`, async () =>
      (await seenMessages(session)).some(
        (m) => m.message.type === 'reading:record' && m.message.reading?.handle === handle,
      ),
    );
    const own = await page.evaluate(
      () => (window as unknown as { __pageRequests?: string[] }).__pageRequests ?? [],
    );
    pageRequests.push(...own);
    await page.waitForTimeout(1_500);
    await page.close();
  }
});

afterAll(async () => {
  await session?.close({ removeProfile: true });
  await server?.close();
});

const isExtensionUrl = (r: Request) => r.url().startsWith(`chrome-extension://${session.extensionId}/`);

describe('network', () => {
  it('sees the visits happen (the check below is not vacuous)', () => {
    const documents = server.log.filter((e) => e.dest === 'document').map((e) => `https://${e.host}${e.url}`);
    expect(documents).toEqual(VISITS);
    expect(pageRequests).toEqual(['/api/post/item_list/?count=30']);
  });

  it('the service worker requested nothing but its own files', () => {
    const fromWorker = session.requests.filter((r) => r.serviceWorker() && !isExtensionUrl(r));
    expect(fromWorker.map((r) => r.url())).toEqual([]);
  });

  it('no request to another host was made by a script or answered', () => {
    // The captures reference CDN images, styles and scripts: the page's CSP and the
    // host resolver stop them. None may be a script's call, and none may succeed.
    const offSite = session.requests.filter(
      (r) => !isExtensionUrl(r) && !SITES.has(new URL(r.url()).hostname),
    );
    expect(offSite.length).toBeGreaterThan(0);
    const bad = offSite.filter((r) => SCRIPT_CALLS.has(r.resourceType()) || r.failure() === null);
    expect(bad.map((r) => `${r.resourceType()} ${r.url()} ${r.failure()?.errorText ?? 'ANSWERED'}`)).toEqual(
      [],
    );
  });

  it("every fetch/XHR the sites' server saw was one the page's own script made", () => {
    // fetch() and XHR carry Sec-Fetch-Dest: empty; documents, images, manifests do not.
    const scripted = server.log.filter((e) => e.dest === 'empty');
    expect(scripted.map((e) => e.url)).toEqual(pageRequests);
    expect(server.log.every((e) => SITES.has(e.host))).toBe(true);
  });
});
