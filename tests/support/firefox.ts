/**
 * Firefox for the smoke test: Debian's firefox-esr driven by puppeteer-core
 * over WebDriver BiDi, with the built Firefox extension installed. The two
 * sites resolve to 127.0.0.1 (pref network.dns.localDomains) and port 443 there
 * is a plain TCP relay to the fixture server (Firefox cannot be told another
 * port for a host), so the real sites are never contacted. Binding 443 needs
 * root, which the test machines and CI have.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { buildExtension } from './built-extension';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/**
 * The Firefox build to install: MICROLENS_FIREFOX_EXTENSION_DIR, or a fresh
 * build of the working tree (npm run test:browser builds only Chrome, and a
 * stale .output/firefox-mv3 would test old code).
 */
export function firefoxExtensionDir(): string {
  return process.env.MICROLENS_FIREFOX_EXTENSION_DIR || buildExtension('firefox');
}

export function firefoxInstalled(): boolean {
  return existsSync(FIREFOX_PATH);
}

/** Relays 127.0.0.1:443 to the fixture server's port (TLS passes through untouched). */
export async function relay443(targetPort: number): Promise<Server> {
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(443, '127.0.0.1', ok);
  });
  return server;
}

export interface FirefoxSession {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchFirefox(extensionDir = firefoxExtensionDir()): Promise<FirefoxSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built Firefox extension at ${extensionDir}: run "npx wxt build -b firefox" first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'microlens-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      // The two sites are this machine; nothing else is looked up specially.
      'network.dns.localDomains': 'www.instagram.com,www.tiktok.com',
      // No background traffic of Firefox's own during the test.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'app.normandy.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  const extensionId = await browser.installExtension(extensionDir);
  return {
    browser,
    extensionId,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
