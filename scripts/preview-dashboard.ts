/**
 * Builds the dashboard preview (real components + mock worker, tests/support/preview/dashboard)
 * with Vite, serves it on localhost and takes screenshots with Chromium into
 * test-output/dashboard-*.png, in English and Indonesian.
 *
 *   npx tsx scripts/preview-dashboard.ts [--serve]   (--serve keeps the server up)
 */
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'test-output', 'preview-dashboard');
const shotDir = join(root, 'test-output');

async function buildPreview(): Promise<void> {
  await build({
    root: join(root, 'tests/support/preview/dashboard'),
    base: './',
    logLevel: 'warn',
    plugins: [preact()],
    resolve: { alias: { '@': root } },
    build: { outDir, emptyOutDir: true, sourcemap: false, minify: false },
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

function serve(): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(outDir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      ok({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    }),
  );
}

interface Shot {
  name: string;
  query: string;
  /** Taller viewport for long forms (a full-page shot misplaces sticky bars). */
  height?: number;
  /** Runs in the page before the screenshot. */
  act?: (page: import('playwright-core').Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  {
    name: 'campaigns',
    query: 'tab=campaigns',
    act: async (p) => {
      await p.locator('[data-testid="ml-campaign-card"]').first().waitFor();
    },
  },
  { name: 'shortlist', query: 'tab=shortlist' },
  {
    name: 'shortlist-selected',
    query: 'tab=shortlist',
    act: async (p) => {
      const boxes = p.locator('[data-testid="ml-shortlist-row"] input[type="checkbox"]');
      await boxes.nth(1).check();
      await boxes.nth(2).check();
      await p.locator('.ml-sort', { hasText: /Followers|Pengikut/ }).click();
    },
  },
  {
    name: 'panel',
    query: 'tab=shortlist',
    act: async (p) => {
      await p.locator('[data-testid="ml-shortlist-row"] .ml-name').first().click();
      await p.locator('.ml-chart-plot canvas').first().waitFor();
    },
  },
  { name: 'briefs', query: 'tab=briefs' },
  {
    name: 'brief-errors',
    query: 'tab=briefs',
    height: 1700,
    act: async (p) => {
      await p.locator('.ml-toolbar .ml-btn-primary').click();
      await p.locator('#ml-brief-followersMin').fill('50000');
      await p.locator('#ml-brief-followersMax').fill('1000');
      await p.locator('#ml-brief-minEngagement').fill('abc');
      await p.locator('button[type="submit"]').click();
    },
  },
  { name: 'settings', query: 'tab=settings', height: 2200 },
  { name: 'planner', query: 'tab=planner', height: 1800 },
  {
    name: 'backup',
    query: 'tab=backup',
    act: async (p) => {
      await p.locator('#ml-restore-file').setInputFiles({
        name: 'microlens-backup-2026-11-20.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{}'),
      });
      await p.locator('.ml-report').waitFor();
    },
  },
];

async function main(): Promise<void> {
  await buildPreview();
  const server = await serve();
  if (process.argv.includes('--serve')) {
    console.log(`preview at ${server.url}`);
    return;
  }
  mkdirSync(shotDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    for (const lang of ['en', 'id'] as const) {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        locale: lang === 'id' ? 'id-ID' : 'en-US',
      });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`[${lang}] page error:`, e.message));
      page.on('console', (m) => m.type() === 'error' && console.error(`[${lang}] console:`, m.text()));
      for (const shot of SHOTS) {
        await page.setViewportSize({ width: 1440, height: shot.height ?? 900 });
        await page.goto(`${server.url}?lang=${lang}&${shot.query}`);
        await page.waitForSelector('.ml-main [role="tabpanel"] > *');
        if (shot.act) await shot.act(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForTimeout(150);
        const file = join(shotDir, `dashboard-${shot.name}-${lang}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
