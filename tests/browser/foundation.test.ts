/**
 * The built extension in real Chromium: its content scripts run on the two
 * captured profiles, read them, and the background worker records the creator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Session, screenshot } from '@/tests/support/browser';
import { ask, dataOf, seenMessages, spyOnMessages, waitFor } from '@/tests/support/extension';
import { type FixtureServer, startFixtureServer } from '@/tests/support/fixture-server';

let server: FixtureServer;
let session: Session;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(server.port);
  await spyOnMessages(session);
});

afterAll(async () => {
  await session?.close({ removeProfile: true });
  await server?.close();
});

async function recordedReading(handle: string) {
  const seen = await waitFor(`a reading:record for ${handle}`, async () =>
    (await seenMessages(session)).find(
      (m) => m.message.type === 'reading:record' && m.message.reading?.handle === handle,
    ),
  );
  return seen.message.reading as { followers: { value: number } | null; platform: string };
}

describe('extension foundation', () => {
  it('the extension loads with a background service worker', () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    expect(session.worker.url()).toBe(`chrome-extension://${session.extensionId}/background.js`);
  });

  it('reads the Instagram capture, records gdg_rbu and shows the overlay', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.instagram.com/gdg_rbu/');
    const reading = await recordedReading('gdg_rbu');
    expect(reading.platform).toBe('instagram');
    // What the user sees in the DOM, not the lagging meta (3,353).
    expect(reading.followers?.value).toBe(3_351);

    const view = await waitFor('gdg_rbu in the store', async () =>
      dataOf(await ask(session, { type: 'creator:get', key: 'instagram:gdg_rbu' })),
    );
    expect(view.creator.followers?.value).toBe(3_351);

    const followers = page.locator('microlens-overlay [data-testid=ml-followers]');
    await followers.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await followers.textContent()).toMatch(/3[.,]351/);
    await screenshot(page, 'foundation-instagram-gdg_rbu');
    await page.close();
  });

  it('reads the TikTok capture, records illojuan and shows the overlay', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.tiktok.com/@illojuan');
    const reading = await recordedReading('illojuan');
    expect(reading.platform).toBe('tiktok');
    expect(reading.followers?.value).toBe(783_427);

    const view = await waitFor('illojuan in the store', async () =>
      dataOf(await ask(session, { type: 'creator:get', key: 'tiktok:illojuan' })),
    );
    expect(view.creator.followers?.value).toBe(783_427);

    const overlay = page.locator('microlens-overlay [data-testid=ml-followers]');
    await overlay.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await overlay.textContent()).toMatch(/783/);
    await screenshot(page, 'foundation-tiktok-illojuan');
    await page.close();
  });
});
