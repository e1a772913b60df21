/**
 * Figure 1: overlay latency on each real profile capture — from the page's
 * data being present to the overlay painted with a follower figure. Measured
 * from outside the extension (page-world init script, overlay-probe.ts); the
 * captures are served as the real sites by the fixture server.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fileResponse, SHARED_FIXTURES, startFixtureServer } from '../../tests/support/fixture-server';
import { addProbe, launchBench } from './browser';
import { buildExtension } from './build';
import { type Budget, type Figure, type FigureSpec, measured, notMeasured } from './figures';
import type { BenchGroup } from './group';
import { type DataProbe, overlayProbe, type ProbeState } from './overlay-probe';

const RUNS = 10;
const WARMUP = 1;
const BUDGETS: Budget[] = [
  { stat: 'median', limit: 16 },
  { stat: 'p95', limit: 50 },
];

interface Capture {
  label: string;
  file: string;
  host: 'www.instagram.com' | 'www.tiktok.com';
  path: string;
  probe: DataProbe;
}

/** Every profile capture in ../shared/fixtures (post/video pages get no overlay). */
const CAPTURES: Capture[] = [
  {
    label: 'instagram gdg_rbu (logged-in DOM)',
    file: 'instagram/profile-loggedin-gdg_rbu-2025-02.html',
    host: 'www.instagram.com',
    path: '/gdg_rbu/',
    // The header's followers link with the exact count in its title.
    probe: { selector: 'a[href="/gdg_rbu/followers/"] span[title]' },
  },
  {
    label: 'instagram pluto__travel (logged-out meta)',
    file: 'instagram/profile-loggedout-pluto__travel-2024-12.html',
    host: 'www.instagram.com',
    path: '/pluto__travel/',
    // Logged out: the counts exist only in the description meta.
    probe: { selector: 'meta[property="og:description"][content*="Followers"]' },
  },
  {
    label: 'instagram robertdowneyjr (legacy _sharedData)',
    file: 'instagram/profile-legacy-shareddata-robertdowneyjr-2020-08.html',
    host: 'www.instagram.com',
    path: '/robertdowneyjr/',
    probe: { selector: 'script', includes: 'edge_followed_by' },
  },
  {
    label: 'tiktok illojuan (rendered + JSON)',
    file: 'tiktok/profile-illojuan-2025-12.html',
    host: 'www.tiktok.com',
    path: '/@illojuan',
    // Rehydration JSON comes before the rendered header; whichever is first counts.
    probe: {
      selector: '[data-e2e="followers-count"], script#__UNIVERSAL_DATA_FOR_REHYDRATION__',
      nonEmpty: true,
    },
  },
  {
    label: 'tiktok @tiktok (legacy NEXT_DATA)',
    file: 'tiktok/profile-legacy-nextdata-tiktok-2021-01.html',
    host: 'www.tiktok.com',
    path: '/@tiktok',
    probe: { selector: 'script#__NEXT_DATA__', includes: 'followerCount' },
  },
];

const specFor = (c: Capture): FigureSpec => ({
  name: `overlay latency: ${c.label}`,
  unit: 'ms',
  budgets: BUDGETS,
});

async function loadOnce(page: Page, url: string): Promise<ProbeState> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(
    () => (window as unknown as { __mlBench?: ProbeState }).__mlBench?.tPaint != null,
    null,
    { timeout: 10_000, polling: 100 },
  );
  return page.evaluate(() => (window as unknown as { __mlBench: ProbeState }).__mlBench);
}

export const overlayGroup: BenchGroup = {
  name: 'overlay',
  title: 'Overlay latency on real captures',
  specs: CAPTURES.map(specFor),
  async run(out: Figure[], log) {
    const ext = await buildExtension();
    const server = await startFixtureServer();
    for (const c of CAPTURES) server.route(c.host, c.path, () => fileResponse(join(SHARED_FIXTURES, c.file)));
    const browser = await launchBench(server.port, ext.dir);
    try {
      for (const c of CAPTURES) {
        const page = await browser.context.newPage();
        await addProbe(page, overlayProbe, c.probe);
        const url = `https://${c.host}${c.path}`;
        const samples: number[] = [];
        let shown = '';
        try {
          for (let i = 0; i < WARMUP + RUNS; i++) {
            const s = await loadOnce(page, url);
            if (s.tData === null || s.tPaint === null) throw new Error('probe recorded no times');
            shown = s.followersText ?? '';
            if (i >= WARMUP) samples.push(s.tPaint - s.tData);
          }
          const f = measured('overlay', specFor(c), samples, `followers shown: "${shown.slice(0, 40)}"`);
          out.push(f);
          log(`${c.label}: median ${f.median?.toFixed(1)} ms`);
        } catch (error) {
          const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
          out.push(notMeasured('overlay', specFor(c), `no overlay with followers within 10 s (${why})`));
        } finally {
          await page.close();
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
