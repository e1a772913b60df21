/**
 * Chromium for the bench: the same isolation as the browser tests
 * (tests/support/browser.ts: only the two sites resolve, to the local fixture
 * server), but with the extension directory as a parameter, and a variant
 * WITHOUT the extension for side-by-side cost figures.
 */
import { rmSync } from 'node:fs';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { chromePath, freshUserDataDir, isolatedChromiumArgs } from '@/tests/support/browser';

const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** Adds a page-world script that runs at document start, before the page's own. */
export async function addProbe<A>(page: Page, probe: (arg: A) => void, arg: A): Promise<void> {
  await page.addInitScript({ content: `${NAME_SHIM}\n(${probe.toString()})(${JSON.stringify(arg)});` });
}

export interface BenchBrowser {
  context: BrowserContext;
  /** The extension's service worker, when loaded. */
  worker: Worker | null;
  extensionId: string | null;
  close(): Promise<void>;
}

export async function launchBench(port: number, extensionDir: string | null): Promise<BenchBrowser> {
  const userDataDir = freshUserDataDir();
  const extensionArgs = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    args: isolatedChromiumArgs(port, extensionArgs),
  });
  // tsx compiles with esbuild's keepNames, so functions Playwright serialises
  // into a page call a module-level __name helper the page lacks: give it one.
  await context.addInitScript({ content: NAME_SHIM });
  let worker: Worker | null = null;
  if (extensionDir) {
    worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  }
  return {
    context,
    worker,
    extensionId: worker ? new URL(worker.url()).host : null,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
