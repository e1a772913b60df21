/**
 * The demo's local HTTPS server: the browser-test fixture server, answering as
 * www.instagram.com and www.tiktok.com with the sample creators' pages, their
 * pages' own API responses, and a small index of the samples on each site's
 * home page. Chromium reaches it through --host-resolver-rules, so the real
 * sites are never contacted.
 */
import { join } from 'node:path';
import {
  type FixtureServer,
  fileResponse,
  jsonResponse,
  PROJECT_ROOT,
  startFixtureServer,
  TEST_PAGE_CSP,
} from '@/tests/support/fixture-server';
import { instagramFeedBody, tiktokItemListBody } from './api-bodies';
import { INSTAGRAM_CREATORS, profileUrl, SAMPLE_CREATORS, TIKTOK_CREATORS } from './creators';

export const DEMO_PAGES = join(PROJECT_ROOT, 'scripts', 'demo', 'pages');

/** The sample page file of a creator. */
export function samplePageFile(platform: 'instagram' | 'tiktok', handle: string): string {
  return join(DEMO_PAGES, platform, `${handle}.html`);
}

const HOSTS = { instagram: 'www.instagram.com', tiktok: 'www.tiktok.com' } as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A plain list of the samples, so a visitor of the demo window can reach every one. */
function indexPage(): string {
  const items = SAMPLE_CREATORS.map(
    (c) =>
      `<li><a href="${profileUrl(c)}">${escapeHtml(c.displayName)}</a> <small>@${escapeHtml(c.handle)} · ${c.platform}</small></li>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Microlens demo: sample creators</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:640px;margin:40px auto;padding:0 16px}small{color:#666}</style></head>
<body><h1>Microlens demo: sample creators</h1>
<p>Invented creators served locally as if from Instagram and TikTok. Open one: Microlens shows its card on the page.</p>
<ul>${items}</ul></body></html>`;
}

export async function startDemoServer(now: () => number = Date.now): Promise<FixtureServer> {
  const server = await startFixtureServer();
  const page = (platform: 'instagram' | 'tiktok', handle: string) => () =>
    fileResponse(samplePageFile(platform, handle), { csp: TEST_PAGE_CSP });

  for (const c of INSTAGRAM_CREATORS) {
    server.route(HOSTS.instagram, `/${c.handle}/`, page('instagram', c.handle));
    server.route(HOSTS.instagram, `/api/v1/feed/user/${c.userId}/`, () =>
      jsonResponse(instagramFeedBody(c, now())),
    );
  }
  for (const c of TIKTOK_CREATORS) {
    server.route(HOSTS.tiktok, `/@${c.handle}`, page('tiktok', c.handle));
  }
  // One item_list path for every profile, told apart by the secUid the page sends (as on TikTok).
  server.route(HOSTS.tiktok, '/api/post/item_list/', (req) => {
    const secUid = new URL(req.url, 'https://www.tiktok.com').searchParams.get('secUid');
    const c = TIKTOK_CREATORS.find((t) => t.secUid === secUid);
    return c ? jsonResponse(tiktokItemListBody(c, now())) : jsonResponse({ itemList: [], statusCode: 0 });
  });

  for (const host of Object.values(HOSTS)) {
    for (const file of ['instagram-feed.js', 'tiktok-grid.js', 'instagram.css', 'tiktok.css']) {
      server.route(host, `/demo-static/${file}`, () => fileResponse(join(DEMO_PAGES, file)));
    }
    server.route(host, '/', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: indexPage() });
  }
  return server;
}
