/**
 * Screenshots of the overlay and popup with sample views, in English and
 * Indonesian, light and dark: `npx tsx scripts/preview-ui.ts` → test-output/ui-*.png.
 * Bundles scripts/preview-ui/harness.tsx with esbuild and opens it in headless Chromium.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test-output');
const work = join(out, 'preview-ui');
mkdirSync(work, { recursive: true });

await build({
  entryPoints: [join(root, 'scripts/preview-ui/harness.tsx')],
  bundle: true,
  outfile: join(work, 'harness.js'),
  format: 'iife',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
});
copyFileSync(join(root, 'scripts/preview-ui/harness.html'), join(work, 'harness.html'));

type Shot = { name: string; query: string; width: number; height: number; dark?: boolean };
const shots: Shot[] = [];
for (const lang of ['en', 'id']) {
  shots.push(
    { name: `overlay-ig-${lang}`, query: `ui=overlay&sample=ig&lang=${lang}`, width: 1280, height: 800 },
    {
      name: `overlay-tiktok-${lang}`,
      query: `ui=overlay&sample=tiktok&lang=${lang}`,
      width: 1280,
      height: 800,
    },
    {
      name: `overlay-tiktok-details-${lang}`,
      query: `ui=overlay&sample=tiktok&lang=${lang}&details=1`,
      width: 1280,
      height: 800,
    },
    {
      name: `overlay-unknown-${lang}`,
      query: `ui=overlay&sample=unknown&lang=${lang}`,
      width: 1280,
      height: 800,
    },
    { name: `popup-creator-${lang}`, query: `ui=popup&sample=ig&lang=${lang}`, width: 360, height: 900 },
    { name: `popup-saved-${lang}`, query: `ui=popup&sample=saved&lang=${lang}`, width: 360, height: 900 },
    { name: `popup-summary-${lang}`, query: `ui=popup&sample=summary&lang=${lang}`, width: 360, height: 600 },
  );
}
shots.push(
  { name: 'overlay-pending-en', query: 'ui=overlay&sample=pending&lang=en', width: 1280, height: 800 },
  {
    name: 'overlay-collapsed-en',
    query: 'ui=overlay&sample=ig&lang=en&mode=collapsed',
    width: 1280,
    height: 800,
  },
  {
    name: 'overlay-ig-en-dark',
    query: 'ui=overlay&sample=tiktok&lang=en',
    width: 1280,
    height: 800,
    dark: true,
  },
  {
    name: 'popup-creator-id-dark',
    query: 'ui=popup&sample=tiktok&lang=id',
    width: 360,
    height: 900,
    dark: true,
  },
);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const s of shots) {
    const page = await browser.newPage({
      viewport: { width: s.width, height: s.height },
      colorScheme: s.dark ? 'dark' : 'light',
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${pathToFileURL(join(work, 'harness.html')).href}?${s.query}`);
    await page.waitForTimeout(150);
    if (errors.length) throw new Error(`${s.name}: ${errors.join('; ')}`);
    const file = join(out, `ui-${s.name}.png`);
    await page.screenshot({ path: file, fullPage: s.query.includes('ui=popup') });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
}
