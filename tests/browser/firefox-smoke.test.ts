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
  firefoxExtensionDir,
  firefoxInstalled,
  launchFirefox,
  relay443,
} from '@/tests/support/firefox';
import { type FixtureServer, startFixtureServer } from '@/tests/support/fixture-server';

const installed = firefoxInstalled();
if (!installed) console.warn(`firefox smoke test SKIPPED: ${FIREFOX_PATH} is not installed`);

describe.skipIf(!installed)('Firefox (firefox-esr, WebDriver BiDi)', () => {
  let server: FixtureServer;
  let relay: Server;
  let firefox: FirefoxSession;
  let firefoxDir: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    relay = await relay443(server.port);
    firefoxDir = firefoxExtensionDir();
    firefox = await launchFirefox(firefoxDir);
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

  it('after an update under the open page, one live card comes back (Firefox re-injects itself)', async () => {
    const page = await firefox.browser.newPage();
    const errors: string[] = [];
    // The capture's blocked CDN assets are reported as page errors in Firefox: not ours.
    page.on('pageerror', (e) => {
      if (!/Content-Security-Policy/.test(String(e))) errors.push(String(e));
    });
    await page.goto('https://www.tiktok.com/@illojuan');
    const card = (fresh: boolean) =>
      page.waitForFunction(
        (onlyFresh: boolean) => {
          const hosts = [...document.querySelectorAll('microlens-overlay')];
          const host = hosts.find((h) => !onlyFresh || !h.hasAttribute('data-old'));
          return host?.shadowRoot?.querySelector('[data-testid=ml-followers]')?.textContent?.trim() || null;
        },
        { timeout: 30_000, polling: 250 },
        fresh,
      );
    await card(false);
    await page.evaluate(() => document.querySelector('microlens-overlay')?.setAttribute('data-old', ''));
    // Installing the same add-on again is how an update arrives.
    expect(await firefox.browser.installExtension(firefoxDir)).toBe(firefox.extensionId);
    expect(await (await card(true)).jsonValue()).toMatch(/783/);
    expect(await page.evaluate(() => document.querySelectorAll('microlens-overlay').length)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
