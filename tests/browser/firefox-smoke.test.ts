/**
 * Firefox smoke test: the Firefox build, installed in firefox-esr, reads a
 * real TikTok capture and shows its overlay with the creator's figures.
 * Skipped (with the reason) only when firefox-esr is not installed; CI
 * installs it (.ci/run).
 */
import type { Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIREFOX_PATH,
  type FirefoxSession,
  firefoxInstalled,
  launchFirefox,
  relay443,
} from '../support/firefox';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';

const installed = firefoxInstalled();
if (!installed) console.warn(`firefox smoke test SKIPPED: ${FIREFOX_PATH} is not installed`);

describe.skipIf(!installed)('Firefox (firefox-esr, WebDriver BiDi)', () => {
  let server: FixtureServer;
  let relay: Server;
  let firefox: FirefoxSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    relay = await relay443(server.port);
    firefox = await launchFirefox();
  });

  afterAll(async () => {
    await firefox?.close();
    await new Promise((ok) => (relay ? relay.close(ok) : ok(undefined)));
    await server?.close();
  });

  it('shows the overlay with the figures of a TikTok profile', async () => {
    const page = await firefox.browser.newPage();
    await page.goto('https://www.tiktok.com/@illojuan');
    const followers = await page.waitForFunction(
      () =>
        document
          .querySelector('microlens-overlay')
          ?.shadowRoot?.querySelector('[data-testid=ml-followers]')
          ?.textContent?.trim() || null,
      { timeout: 30_000, polling: 250 },
    );
    expect(await followers.jsonValue()).toMatch(/783/);
    await page.close();
  });
});
