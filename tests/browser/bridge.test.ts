/**
 * The page-data bridge end to end: a page that loads its own API responses
 * (fetch and XHR) gets per-video likes recorded for its creator (the content
 * script passes them on as page-data:record, the background validates and
 * records them); responses from other paths and forged messages add or
 * trigger nothing.
 */
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
import {
  TT_PROFILE,
  TT_VIDEO_ID,
  tiktokItemVariant,
  tiktokVideoItem,
  withScripts,
} from '@/tests/support/pages';

/** A video below the fold: only the API response knows it. */
const EXTRA_ID = '7000000000000000001';
/** A video in a response from a path the bridge must not pass on. */
const FOREIGN_ID = '7000000000000000002';

/** What the page's own script does, as the TikTok web app would (never the extension). */
const PAGE_SCRIPT = `
window.__pageRequests = [];
window.__pageBodies = {};
function track(url) { window.__pageRequests.push(url); }
track('/api/post/item_list/?secUid=abc&count=30&cursor=0');
fetch('/api/post/item_list/?secUid=abc&count=30&cursor=0')
  .then(function (r) { return r.text(); })
  .then(function (t) { window.__pageBodies.itemList = t; });
track('/api/im/message/?count=30');
fetch('/api/im/message/?count=30').then(function (r) { return r.text(); })
  .then(function (t) { window.__pageBodies.foreign = t; });
track('/api/user/detail/?uniqueId=illojuan');
var xhr = new XMLHttpRequest();
xhr.open('GET', '/api/user/detail/?uniqueId=illojuan');
xhr.onload = function () { window.__pageBodies.userDetail = xhr.responseText; };
xhr.send();
// A forged bridge message trying to smuggle in a request of its own.
window.postMessage({ channel: 'microlens:page-data', url: 'https://www.tiktok.com/api/post/item_list/',
  body: '{}', type: 'backup:export' }, location.origin);
window.postMessage({ type: 'backup:export' }, location.origin);
window.postMessage({ type: 'settings:save', settings: {} }, location.origin);
`;

const itemListBody = {
  itemList: [tiktokVideoItem(), tiktokItemVariant(EXTRA_ID, 777)],
  hasMore: false,
  cursor: '0',
  statusCode: 0,
};
const userDetailBody = {
  userInfo: {
    user: { uniqueId: 'illojuan', nickname: 'IlloJuan', verified: true },
    stats: { followerCount: 783400, followingCount: 0, heartCount: 3900000, videoCount: 19 },
    statsV2: { followerCount: '783427', followingCount: '0', heartCount: '3922256', videoCount: '19' },
  },
  statusCode: 0,
};

let server: FixtureServer;
let session: Session;

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
  server.route('www.tiktok.com', '/api/post/item_list/', jsonResponse(itemListBody));
  server.route('www.tiktok.com', '/api/user/detail/', jsonResponse(userDetailBody));
  server.route(
    'www.tiktok.com',
    '/api/im/message/',
    jsonResponse({ itemList: [tiktokItemVariant(FOREIGN_ID, 999)] }),
  );
  session = await launchWithExtension(server.port);
  await spyOnMessages(session);
});

afterAll(async () => {
  await session?.close({ removeProfile: true });
  await server?.close();
});

type Post = { id: string; likes: { value: number; exact: boolean } | null };

describe('page-data bridge', () => {
  it("records the likes of the page's own API responses for its creator", async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.tiktok.com/@illojuan');

    // What the store holds for illojuan's posts, read inside the worker.
    const storedPosts = () =>
      session.worker.evaluate(
        () =>
          new Promise<Post[]>((resolve, reject) => {
            const open = indexedDB.open('microlens');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const get = open.result
                .transaction('posts')
                .objectStore('posts')
                .index('creatorKey')
                .getAll('tiktok:illojuan');
              get.onsuccess = () => {
                open.result.close();
                resolve(get.result as Post[]);
              };
              get.onerror = () => reject(get.error);
            };
          }),
      );
    const posts = await waitFor('stored posts with API likes', async () => {
      const all = await storedPosts();
      return all.some((p) => p.id === EXTRA_ID) && all.some((p) => p.id === TT_VIDEO_ID && p.likes)
        ? all
        : null;
    });
    // The grid's first video: DOM views plus likes only the API had.
    expect(posts.find((p) => p.id === TT_VIDEO_ID)?.likes?.value).toBe(25_500);
    expect(posts.find((p) => p.id === EXTRA_ID)?.likes?.value).toBe(777);
    // Responses from paths not on the allow-list never reach the store.
    expect(posts.some((p) => p.id === FOREIGN_ID)).toBe(false);
    // (The page's forged bridge message is page data too: passed on, and it adds nothing.)
    // The XHR's answer may come after the fetch's record is stored: wait for both, then
    // check that nothing else went through.
    const forwardedPaths = async () => {
      const seen = (await seenMessages(session)).filter((m) => m.message.type === 'page-data:record');
      return [...new Set(seen.map((m) => new URL(String(m.message.url)).pathname))].sort();
    };
    await waitFor('both API responses forwarded', async () =>
      (await forwardedPaths()).includes('/api/user/detail/') ? true : null,
    );
    expect(await forwardedPaths()).toEqual(['/api/post/item_list/', '/api/user/detail/']);

    // The page got its own responses, unaltered.
    const bodies = await page.evaluate(
      () => (window as unknown as { __pageBodies: Record<string, string> }).__pageBodies,
    );
    expect(bodies.itemList).toBe(JSON.stringify(itemListBody));
    expect(bodies.userDetail).toBe(JSON.stringify(userDetailBody));
    await page.close();
  });

  it('lets page data trigger nothing but readings', async () => {
    // The page posted forged export/settings messages; only the content script's
    // own reading paths (and the overlay asking for its words, read-only) may reach the worker.
    const types = new Set((await seenMessages(session)).map((m) => m.message.type));
    expect(types.has('reading:record')).toBe(true);
    const allowed = new Set(['reading:record', 'page-data:record', 'overlay:card', 'overlay:prefs']);
    expect([...types].filter((t) => !allowed.has(String(t)))).toEqual([]);
  });
});
