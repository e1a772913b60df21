/**
 * Launches Chromium with the built extension, pointed at the fixture server:
 * the two sites resolve to it, every other host fails to resolve, so nothing
 * leaves the machine.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request, type Worker } from 'playwright-core';
import { PROJECT_ROOT } from './fixture-server';

/** The built extension; MICROLENS_EXTENSION_DIR points elsewhere (e.g. a private build while others rebuild .output). */
export const EXTENSION_DIR =
  process.env.MICROLENS_EXTENSION_DIR || join(PROJECT_ROOT, '.output', 'chrome-mv3');
export const TEST_OUTPUT = join(PROJECT_ROOT, 'test-output');

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /** Every request the browser made (pages and service worker), in order. */
  requests: Request[];
  /** Close the browser; keep the profile for a relaunch unless `removeProfile`. */
  close(opts?: { removeProfile?: boolean }): Promise<void>;
}

export function chromePath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

/** A fresh, empty profile directory. */
export function freshUserDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'microlens-chromium-'));
}

export interface LaunchOptions {
  /** Default true. The demo opens a visible window when the machine has a display. */
  headless?: boolean;
  /** Default EXTENSION_DIR. */
  extensionDir?: string;
}

/**
 * Chromium flags shared by the browser tests, the bench and the demo: nothing talks to the
 * network (no background services, no QUIC), and only the two sites resolve, to the local
 * fixture server on `port`; every other host is NOTFOUND.
 */
export function isolatedChromiumArgs(port: number, extensionArgs: readonly string[]): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-default-browser-check',
    '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication',
    ...extensionArgs,
    `--host-resolver-rules=MAP www.instagram.com 127.0.0.1:${port},MAP www.tiktok.com 127.0.0.1:${port},MAP * ~NOTFOUND`,
    '--ignore-certificate-errors',
  ];
}

export async function launchWithExtension(
  port: number,
  userDataDir = freshUserDataDir(),
  opts: LaunchOptions = {},
): Promise<Session> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  const headless = opts.headless ?? true;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npx wxt build" first`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    // Chromium's new headless mode (the only one in current builds) loads extensions.
    headless,
    ignoreHTTPSErrors: true,
    // A visible window keeps its own size (the user resizes it); headless pages get a fixed one.
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: isolatedChromiumArgs(port, [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ]),
  });
  const requests: Request[] = [];
  context.on('request', (r) => requests.push(r));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    userDataDir,
    requests,
    async close(opts = {}) {
      await context.close();
      if (opts.removeProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens an extension page (popup.html, dashboard.html) in a tab. */
export async function openExtensionPage(session: Session, file: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${file}`);
  return page;
}

/** Saves a PNG under test-output/ (gitignored) for a human to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const file = join(TEST_OUTPUT, `${name.replace(/[^a-z0-9_-]+/gi, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}
