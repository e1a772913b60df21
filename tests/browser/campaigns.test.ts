/**
 * Campaigns through the real extension in Chromium: an extension page creates a
 * campaign and imports handles into its visit queue; visiting two real captured
 * profiles (Instagram and TikTok) marks them visited; the dashboard's Campaigns
 * tab lists the campaign with its progress. A screenshot is left in test-output/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignRequest, CampaignResponseMap } from '@/lib/protocol/campaign-messages';
import type { Reply } from '@/lib/protocol/messages';
import { launchWithExtension, openExtensionPage, type Session, screenshot } from '@/tests/support/browser';
import { waitFor } from '@/tests/support/extension';
import { type FixtureServer, startFixtureServer } from '@/tests/support/fixture-server';

let server: FixtureServer;
let session: Session;
let extensionPage: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server.port);
  extensionPage = await openExtensionPage(session, 'popup.html');
});

afterAll(async () => {
  await session?.close({ removeProfile: true });
  await server?.close();
});

/** A campaign request from an extension page, as the dashboard sends it. */
async function campaigns<T extends CampaignRequest['type']>(
  request: Extract<CampaignRequest, { type: T }>,
): Promise<CampaignResponseMap[T]> {
  const reply = (await extensionPage.evaluate(
    (req) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(req),
    request,
  )) as Reply<CampaignResponseMap[T]>;
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.data;
}

async function visit(url: string) {
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

describe('campaigns in the browser', () => {
  let id = '';

  it('creates a campaign and imports handles into its queue', async () => {
    const created = await campaigns({
      type: 'campaigns:create',
      campaign: { name: 'Kopi & kuliner — Januari', client: 'Kopi Kenangan', targetCreators: 5 },
    });
    id = created.id;
    const imported = await campaigns({
      type: 'campaigns:queue-import',
      id,
      platform: 'instagram',
      source: {
        kind: 'paste',
        text: 'https://www.instagram.com/gdg_rbu/?hl=id\n@pluto__travel\nhttps://www.tiktok.com/@illojuan?lang=es\nhttps://www.instagram.com/p/CPeC-Eenc8l/',
      },
    });
    expect(imported.added.added).toBe(3);
    expect(imported.rejected.map((r) => r.reason)).toEqual(['post-link']);
    expect(imported.progress).toMatchObject({ total: 3, visited: 0 });
    expect(imported.next?.url).toBe('https://www.instagram.com/gdg_rbu/');
  });

  it('visiting the queue’s profiles marks them visited, whichever order', async () => {
    for (const url of ['https://www.tiktok.com/@illojuan', 'https://www.instagram.com/gdg_rbu/']) {
      const page = await visit(url);
      await page.close();
    }
    const state = await waitFor('two profiles visited', async () => {
      const s = await campaigns({ type: 'campaigns:queue-get', id });
      return s.progress.visited === 2 ? s : null;
    });
    expect(state.progress).toEqual({ total: 3, visited: 2, skipped: 0, remaining: 1, done: false });
    expect(state.next?.handle).toBe('pluto__travel');
  });

  it('the dashboard lists the campaign with its progress', async () => {
    await campaigns({
      type: 'campaigns:update-creators',
      id,
      keys: ['instagram:gdg_rbu'],
      patch: { stage: 'agreed', fee: { amount: 2_500_000, currency: 'IDR' } },
    });
    await campaigns({
      type: 'campaigns:update',
      id,
      patch: { budget: { amount: 10_000_000, currency: 'IDR' } },
    });
    const dashboard = await openExtensionPage(session, 'dashboard.html');
    await dashboard.locator('#ml-tab-campaigns').click();
    const card = dashboard.locator('[data-testid="ml-campaign-card"]');
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.locator('h2').textContent()).toBe('Kopi & kuliner — Januari');
    expect(await card.locator('[data-testid="ml-campaign-creators"]').textContent()).toBe('3 of 5 creators');
    expect(await card.locator('[data-testid="ml-campaign-budget"]').textContent()).toMatch(
      /2,500,000 of .*10,000,000 committed \(25%\)/,
    );
    await screenshot(dashboard, 'campaigns-dashboard-en');
    await dashboard.close();
  });
});
