/**
 * What a hostile page can make the extension do, in a real browser:
 * - its scripts post every kind of forged message on the window (bare requests
 *   of every type, bridge-shaped messages carrying a request type, off-list
 *   URLs) and a cross-origin iframe posts a perfectly shaped bridge message:
 *   nothing but readings reaches the worker, and nothing from the iframe
 *   (guards bridge-receiver's source/origin check and bridgePayload);
 * - its scripts click the overlay's Save button through the open shadow root:
 *   nothing is saved (guards create-overlay's untrusted-event stop), while a
 *   real click does save;
 * - the extension pages run under the MV3 CSP without a single violation
 *   (guards lib/schema/zod-jitless.ts: zod's Function probe would be one) and request
 *   nothing outside the extension (network.test.ts covers the worker and the
 *   content scripts on the sites).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestSchema } from '@/lib/protocol/messages';
import { launchWithExtension, type Session } from '@/tests/support/browser';
import { seenMessages, spyOnMessages, waitFor } from '@/tests/support/extension';
import {
  type FixtureServer,
  fileResponse,
  jsonResponse,
  startFixtureServer,
  TEST_PAGE_CSP,
} from '@/tests/support/fixture-server';
import { TT_PROFILE, withScripts } from '@/tests/support/pages';

const ALL_TYPES = RequestSchema.options.map((o) => o.shape.type.value);
const ITEM_LIST = 'https://www.tiktok.com/api/post/item_list/?count=30';

/** The hostile page's own script: every forged message it can think of. */
const FORGER = `
var types = ${JSON.stringify(ALL_TYPES)};
var origin = location.origin;
function forge() {
  types.forEach(function (type) {
    var request = { type: type, key: 'tiktok:illojuan', keys: ['tiktok:illojuan'], text: '{}',
      settings: {}, id: 'b1', patch: { status: 'rejected' }, platform: 'tiktok', mode: 'hidden' };
    window.postMessage(request, origin);
    window.postMessage(request, '*');
    // Bridge-shaped, trying to choose its own type and page.
    window.postMessage({ channel: 'microlens:page-data', url: '${ITEM_LIST}', body: 'FORGED-TYPE',
      type: type, pageUrl: 'https://www.tiktok.com/@someone.else' }, origin);
  });
  // Bridge-shaped with URLs off the allow-list.
  ['https://www.tiktok.com/api/im/message/', 'https://evil.example/api/post/item_list/',
   'http://www.tiktok.com/api/post/item_list/', 'javascript:alert(1)'].forEach(function (url) {
    window.postMessage({ channel: 'microlens:page-data', url: url, body: 'FORGED-URL' }, origin);
  });
  // Not even objects.
  window.postMessage('microlens:page-data', origin);
  window.postMessage(null, origin);
}
forge();
setTimeout(forge, 1500);
window.__forged = true;
`;

/** Inside a cross-origin iframe (www.instagram.com): a perfectly shaped bridge message to the TikTok page. */
const IFRAME_SCRIPT = `
function send() {
  parent.postMessage({ channel: 'microlens:page-data', url: '${ITEM_LIST}', body: 'FROM-IFRAME' }, '*');
}
send();
setTimeout(send, 1500);
`;

/** Clicks the overlay's Save button from the page's own script (an untrusted click). */
const CLICKER = `
window.__clickSave = function () {
  var host = document.querySelector('microlens-overlay');
  var button = host && host.shadowRoot && host.shadowRoot.querySelector('[data-testid=ml-save]');
  if (!button) return false;
  button.click();
  button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  return true;
};
`;

let server: FixtureServer;
let session: Session;

beforeAll(async () => {
  server = await startFixtureServer();
  const page =
    (scripts: string[], iframe = false, handle = 'illojuan') =>
    () =>
      fileResponse(TT_PROFILE, {
        // The iframe is the one cross-origin thing this page may load.
        csp: `${TEST_PAGE_CSP}; frame-src https://www.instagram.com`,
        transform: (html) => {
          const withFrame = iframe
            ? html.replace(
                '</body>',
                '<iframe src="https://www.instagram.com/__test/frame.html"></iframe></body>',
              )
            : html;
          return withScripts(withFrame.replace(/illojuan/g, handle), ...scripts);
        },
      });
  server.route('www.tiktok.com', '/@illojuan', page(['/__test/forger.js'], true));
  server.route('www.tiktok.com', '/@savetest', page(['/__test/clicker.js'], false, 'savetest'));
  server.route('www.tiktok.com', '/__test/forger.js', {
    headers: { 'content-type': 'text/javascript' },
    body: FORGER,
  });
  server.route('www.tiktok.com', '/__test/clicker.js', {
    headers: { 'content-type': 'text/javascript' },
    body: CLICKER,
  });
  server.route('www.instagram.com', '/__test/frame.html', {
    headers: { 'content-type': 'text/html', 'content-security-policy': "script-src 'self'" },
    body: '<!doctype html><html><body><script src="/__test/frame.js"></script></body></html>',
  });
  server.route('www.instagram.com', '/__test/frame.js', {
    headers: { 'content-type': 'text/javascript' },
    body: IFRAME_SCRIPT,
  });
  server.route('www.tiktok.com', '/api/post/item_list/', jsonResponse({ itemList: [] }));
  session = await launchWithExtension(server.port);
  await spyOnMessages(session);
});

afterAll(async () => {
  await session?.close({ removeProfile: true });
  await server?.close();
});

describe('a hostile page', () => {
  it('forged window messages and a cross-origin iframe trigger nothing but readings', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('https://www.tiktok.com/@illojuan');
    await page.locator('microlens-overlay [data-testid=ml-followers]').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => (window as unknown as { __forged?: boolean }).__forged)).toBe(true);
    // The iframe really loaded and ran (its message was posted).
    await waitFor('the iframe', async () =>
      page.frames().some((f) => f.url().startsWith('https://www.instagram.com/__test/frame.html')),
    );
    // Both rounds of forging (the second at 1.5 s) have had time to arrive.
    await page.waitForTimeout(3_500);

    const fromTab = (await seenMessages(session)).filter((m) => m.senderUrl?.includes('tiktok.com'));
    const types = new Set(fromTab.map((m) => String(m.message.type)));
    // What the content script itself sends: readings, and the overlay asking for its words (read-only).
    expect(
      [...types].filter(
        (t) => !['reading:record', 'page-data:record', 'overlay:card', 'overlay:prefs'].includes(t),
      ),
    ).toEqual([]);
    const pageData = fromTab.filter((m) => m.message.type === 'page-data:record');
    // Nothing from the iframe, nothing off the allow-list.
    expect(pageData.filter((m) => /FROM-IFRAME|FORGED-URL/.test(String(m.message.body)))).toEqual([]);
    // Same-window bridge-shaped messages are page data: passed on, but re-built —
    // never with the forger's type or page.
    for (const m of pageData) {
      expect(Object.keys(m.message).sort()).toEqual(['body', 'pageUrl', 'type', 'url']);
      expect(m.message.pageUrl).toBe('https://www.tiktok.com/@illojuan');
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a page script clicking the overlay's Save saves nothing; the marketer's click does", async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.tiktok.com/@savetest');
    const save = page.locator('microlens-overlay [data-testid=ml-save]');
    await save.waitFor({ state: 'visible', timeout: 15_000 });
    const saves = async () =>
      (await seenMessages(session)).filter((m) => String(m.message.type).startsWith('shortlist:')).length;
    const before = await saves();

    expect(await page.evaluate(() => (window as unknown as { __clickSave(): boolean }).__clickSave())).toBe(
      true,
    );
    await page.waitForTimeout(1_500);
    expect(await saves()).toBe(before);

    // A real (trusted) click still works: the button is not simply broken.
    await save.click();
    await waitFor('the shortlist:save of a real click', async () => (await saves()) > before);
    await page.close();
  });
});

describe('extension pages under the MV3 CSP', () => {
  it.each(['popup.html', 'dashboard.html'])(
    '%s loads with no CSP violation (no eval) and no request',
    async (file) => {
      const page = await session.context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (/unsafe-eval|Content Security Policy|EvalError/i.test(m.text())) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(String(e)));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __csp?: string[] }).__csp ??= [];
          (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      // No network either: an extension page loads its own files and nothing else.
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`chrome-extension://${session.extensionId}/${file}`);
      // The page validates replies/forms with zod once it has talked to the worker.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1_500);
      const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      expect([...violations, ...problems]).toEqual([]);
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((u) => !u.startsWith(`chrome-extension://${session.extensionId}/`))).toEqual([]);
      await page.close();
    },
  );
});
