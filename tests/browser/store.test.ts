/**
 * The store through the real extension: a visit records a creator, a later
 * visit with changed figures adds a snapshot, and everything survives the
 * browser (and its service worker) being shut down and started again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Session } from '@/tests/support/browser';
import { ask, dataOf, waitFor } from '@/tests/support/extension';
import { type FixtureServer, fileResponse, startFixtureServer } from '@/tests/support/fixture-server';
import { IG_PROFILE } from '@/tests/support/pages';

const KEY = 'instagram:gdg_rbu';
let server: FixtureServer;
let session: Session;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server.port);
});

afterAll(async () => {
  await session?.close({ removeProfile: true });
  await server?.close();
});

async function visit(url: string) {
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

async function history() {
  return dataOf(await ask(session, { type: 'creator:history', key: KEY }));
}

describe('store in the browser', () => {
  it('records a visited profile', async () => {
    const page = await visit('https://www.instagram.com/gdg_rbu/');
    const view = await waitFor('the creator recorded', async () =>
      dataOf(await ask(session, { type: 'creator:get', key: KEY })),
    );
    expect(view.creator.followers?.value).toBe(3_351);
    expect(await history()).toHaveLength(1);
    await page.close();
  });

  it('adds a snapshot when the figures changed on a later visit', async () => {
    // The same capture a while later: 51 more followers everywhere it shows them.
    server.route('www.instagram.com', '/gdg_rbu/', () =>
      fileResponse(IG_PROFILE, { transform: (html) => html.replaceAll('3,351', '3,402') }),
    );
    const page = await visit('https://www.instagram.com/gdg_rbu/');
    const snapshots = await waitFor('a second snapshot', async () => {
      const h = await history();
      return h.length === 2 ? h : null;
    });
    expect(snapshots.map((s) => s.followers).sort()).toEqual([3_351, 3_402]);
    const view = dataOf(await ask(session, { type: 'creator:get', key: KEY }));
    expect(view?.creator.followers?.value).toBe(3_402);
    await page.close();
  });

  it('keeps everything after the browser and its service worker restart', async () => {
    const profile = session.userDataDir;
    await session.close();
    session = await launchWithExtension(server.port, profile);
    const view = dataOf(await ask(session, { type: 'creator:get', key: KEY }));
    expect(view?.creator.followers?.value).toBe(3_402);
    expect(await history()).toHaveLength(2);
  });
});
