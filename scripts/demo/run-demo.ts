/**
 * `npm run demo`: build the extension, serve the sample creators as
 * www.instagram.com / www.tiktok.com from a local HTTPS server, open Chromium
 * with Microlens, seed briefs and a shortlist by visiting the samples, then
 * either leave a visible window open (a display is present) or write
 * screenshots and a CSV export into demo-output/ (headless).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  chromePath,
  EXTENSION_DIR,
  freshUserDataDir,
  launchWithExtension,
  openExtensionPage,
  type Session,
} from '@/tests/support/browser';
import { PROJECT_ROOT } from '@/tests/support/fixture-server';
import { buildExtension } from './build';
import { profileUrl, SAMPLE_CREATORS } from './creators';
import { captureAll } from './screenshots';
import { annotateShortlist, saveFromOverlay, seedBriefs, seedHistory, visitCreator } from './seed';
import { startDemoServer } from './server';

export interface DemoOptions {
  /** Default: true when there is no display (no DISPLAY / WAYLAND_DISPLAY). */
  headless?: boolean;
  /** Where screenshots and the CSV go (headless). Default demo-output/. */
  outDir?: string;
  /** Build the extension first (default true); false reuses the existing build. */
  build?: boolean;
  /** The unpacked extension. Default .output/chrome-mv3 (or MICROLENS_EXTENSION_DIR). */
  extensionDir?: string;
  /** Progress lines; default console.log. */
  log?: (line: string) => void;
}

export interface DemoResult {
  /** Absolute paths of what was written (headless only). */
  files: string[];
  /** Things that did not look as expected but did not stop the demo. */
  warnings: string[];
  /** Handles saved to the shortlist. */
  saved: string[];
}

export const DEFAULT_OUT_DIR = join(PROJECT_ROOT, 'demo-output');

export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export class DemoError extends Error {}

export async function runDemo(opts: DemoOptions = {}): Promise<DemoResult> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const headless = opts.headless ?? !hasDisplay();
  const outDir = resolve(opts.outDir ?? DEFAULT_OUT_DIR);
  let extensionDir = resolve(opts.extensionDir ?? EXTENSION_DIR);
  if (!existsSync(chromePath())) {
    throw new DemoError(
      `Chromium not found at ${chromePath()}: apt-get install chromium (or set CHROME_PATH)`,
    );
  }
  if (opts.build !== false) {
    log('Building the extension…');
    extensionDir = await buildExtension(dirname(extensionDir));
  } else if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new DemoError(`No built extension at ${extensionDir}: run without --no-build (or npx wxt build)`);
  }

  const server = await startDemoServer();
  const userDataDir = freshUserDataDir();
  // Also on an exit that skips `finally` (Ctrl+C in the visible mode).
  const removeProfile = () => rmSync(userDataDir, { recursive: true, force: true });
  process.on('exit', removeProfile);
  let session: Session | null = null;
  const warnings: string[] = [];
  try {
    log(`Local HTTPS server on 127.0.0.1:${server.port}; opening Chromium${headless ? ' (headless)' : ''}…`);
    session = await launchWithExtension(server.port, userDataDir, { headless, extensionDir });
    const now = Date.now();
    await seedBriefs(session, now);
    await seedHistory(session, SAMPLE_CREATORS, now);

    log('Visiting the sample creators and saving some to the shortlist…');
    const page = await session.context.newPage();
    const saved: string[] = [];
    for (const c of SAMPLE_CREATORS) {
      const warning = await visitCreator(page, c);
      if (warning) warnings.push(warning);
      if (c.save) {
        await saveFromOverlay(page);
        saved.push(c.handle);
      }
      log(`  ${c.save ? 'saved ' : 'viewed'} ${profileUrl(c)}`);
    }
    await annotateShortlist(session, SAMPLE_CREATORS);

    if (!headless) {
      await showInteractive(session, page, log);
      return { files: [], warnings, saved };
    }
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const files = await captureAll(session, page, outDir, warnings);
    return { files, warnings, saved };
  } finally {
    await session?.close({ removeProfile: true }).catch(() => undefined);
    removeProfile();
    process.off('exit', removeProfile);
    await server.close();
  }
}

/** Leaves the window on the first sample profile until the user closes the browser. */
async function showInteractive(session: Session, page: Page, log: (line: string) => void): Promise<void> {
  const first = SAMPLE_CREATORS[0]!;
  // Two tabs: the dashboard behind, the first sample in front. The start page and
  // the seeding helper's messenger tab are of no use to the user.
  const dashboard = await openExtensionPage(session, 'dashboard.html');
  for (const p of session.context.pages()) if (p !== page && p !== dashboard) await p.close();
  await page.goto(profileUrl(first));
  await page.bringToFront();
  const lines = [
    '',
    'Microlens is running in the Chromium window. Things to try:',
    `  • The card on ${profileUrl(first)}: tier, engagement vs benchmark, growth, best-fit brief.`,
    '  • Other sample creators (type the address, or open https://www.instagram.com/ for a list):',
    ...SAMPLE_CREATORS.slice(1).map((c) => `      ${profileUrl(c)}`),
    '  • The toolbar button (puzzle icon → pin Microlens): brief fit and notes for the creator on the page.',
    '  • Alt+Shift+S saves the creator on the page.',
    '  • The dashboard (second tab): shortlist, briefs, CSV export, cost planner, and Settings → language',
    `    English / Bahasa Indonesia. Address: chrome-extension://${session.extensionId}/dashboard.html`,
    'Close the browser window (or press Ctrl+C) to end the demo; its browser profile is then deleted.',
  ];
  for (const line of lines) log(line);
  // Ctrl+C: Playwright closes the browser and exits the process itself (runDemo's exit hook deletes the profile).
  await new Promise<void>((done) => session.context.once('close', () => done()));
}
