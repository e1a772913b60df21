/**
 * Figure 1: overlay latency on each real profile capture — from the page's
 * data being present to the overlay painted with a follower figure. Measured
 * from outside the extension (page-world init script, overlay-probe.ts); the
 * captures are served as the real sites by the fixture server.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fileResponse, SHARED_FIXTURES, startFixtureServer } from '@/tests/support/fixture-server';
import { addProbe, launchBench } from './browser';
import { buildExtension } from './build';
import { type Budget, type Figure, type FigureSpec, failedFigure, measured, notMeasured } from './figures';
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
  probes: DataProbe[];
}

/**
 * Each capture's figures, in every form the page carries them: the data is
 * present as soon as the first of them is (the overlay may paint from any).
 */
const META: DataProbe = {
  selector: 'meta[property="og:description"], meta[name="description"]',
  attribute: 'content',
  includes: 'Followers',
};
const IG_JSON: DataProbe = { selector: 'script', includes: 'edge_followed_by' };

/** Every profile capture in ../shared/fixtures (post/video pages get no overlay). */
const CAPTURES: Capture[] = [
  {
    label: 'instagram gdg_rbu (logged-in DOM)',
    file: 'instagram/profile-loggedin-gdg_rbu-2025-02.html',
    host: 'www.instagram.com',
    path: '/gdg_rbu/',
    // The description meta in <head>, then the header's followers link with the exact count.
    probes: [META, { selector: 'a[href="/gdg_rbu/followers/"] span[title]' }],
  },
  {
    label: 'instagram pluto__travel (logged-out meta)',
    file: 'instagram/profile-loggedout-pluto__travel-2024-12.html',
    host: 'www.instagram.com',
    path: '/pluto__travel/',
    // Logged out: the counts exist only in the description meta.
    probes: [META],
  },
  {
    label: 'instagram robertdowneyjr (legacy _sharedData)',
    file: 'instagram/profile-legacy-shareddata-robertdowneyjr-2020-08.html',
    host: 'www.instagram.com',
    path: '/robertdowneyjr/',
    probes: [META, IG_JSON],
  },
  {
    label: 'tiktok illojuan (rendered + JSON)',
    file: 'tiktok/profile-illojuan-2025-12.html',
    host: 'www.tiktok.com',
    path: '/@illojuan',
    // The meta (rounded), the rendered header (rounded), the rehydration JSON (exact).
    probes: [
      META,
      {
        selector: '[data-e2e="followers-count"], script#__UNIVERSAL_DATA_FOR_REHYDRATION__',
        nonEmpty: true,
      },
    ],
  },
  {
    label: 'tiktok @tiktok (legacy NEXT_DATA)',
    file: 'tiktok/profile-legacy-nextdata-tiktok-2021-01.html',
    host: 'www.tiktok.com',
    path: '/@tiktok',
    probes: [META, { selector: 'script#__NEXT_DATA__', includes: 'followerCount' }],
  },
];

const specFor = (c: Capture): FigureSpec => ({
  name: `overlay latency: ${c.label}`,
  unit: 'ms',
  budgets: BUDGETS,
});
const paintSpecFor = (c: Capture): FigureSpec => ({
  name: `page's first paint, with − without the extension: ${c.label}`,
  unit: 'ms',
  budgets: [],
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Waits until the probe has every one of `keys`, then returns its state. */
async function probed(page: Page, keys: Array<keyof ProbeState>, timeout = 10_000): Promise<ProbeState> {
  await page.waitForFunction(
    (ks) => {
      const state = (window as unknown as { __mlBench?: Record<string, unknown> }).__mlBench;
      return ks.every((k) => state?.[k] != null);
    },
    keys,
    { timeout, polling: 100 },
  );
  return page.evaluate(() => (window as unknown as { __mlBench: ProbeState }).__mlBench);
}

async function loadOnce(page: Page, url: string, until: Array<keyof ProbeState>): Promise<ProbeState> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return probed(page, until);
}

/**
 * The page's own first paint with no extension, for the load just made with
 * it: what the overlay cannot beat, and whether the content script holds the
 * page's first paint back. Null for a page that paints nothing of its own
 * (the legacy TikTok capture is one JSON script).
 */
async function firstPaintWithout(page: Page, url: string): Promise<number | null> {
  await loadOnce(page, url, ['tDcl']);
  const s = await probed(page, ['tFirstPaint'], 2_000).catch(() => null);
  // The capture's own scripts would go on running beside the next measured load.
  await page.goto('about:blank');
  return s?.tFirstPaint ?? null;
}

export const overlayGroup: BenchGroup = {
  name: 'overlay',
  title: 'Overlay latency on real captures',
  specs: CAPTURES.flatMap((c) => [specFor(c), paintSpecFor(c)]),
  async run(out: Figure[], log) {
    const ext = await buildExtension();
    const server = await startFixtureServer();
    for (const c of CAPTURES) server.route(c.host, c.path, () => fileResponse(join(SHARED_FIXTURES, c.file)));
    const browser = await launchBench(server.port, ext.dir);
    // Loads alternate between the two browsers, so a burst of load from elsewhere hits both alike.
    const plain = await launchBench(server.port, null);
    try {
      for (const c of CAPTURES) {
        const page = await browser.context.newPage();
        const bare = await plain.context.newPage();
        await addProbe(page, overlayProbe, c.probes);
        await addProbe(bare, overlayProbe, c.probes);
        const url = `https://${c.host}${c.path}`;
        const samples: number[] = [];
        const firstPaintDeltas: number[] = [];
        const beforePaint: number[] = [];
        let shown = '';
        try {
          for (let i = 0; i < WARMUP + RUNS; i++) {
            const s = await loadOnce(page, url, ['tPaint', 'tFirstFrame']);
            if (process.env.ML_PROBE_DEBUG) console.log(c.label, JSON.stringify(s));
            if (s.tData === null || s.tPaint === null || s.tFirstFrame === null) {
              throw new Error('probe recorded no times');
            }
            // Off the measured page first, so its scripts do not run beside the plain load.
            await page.goto('about:blank');
            const without = await firstPaintWithout(bare, url);
            shown = s.followersText ?? '';
            if (i < WARMUP) continue;
            // No frame is rendered before the page's render-blocking <head> resources
            // are in: data present earlier counts from the page's first frame. An
            // overlay already there in that frame is 0.
            samples.push(s.tPaint - Math.max(s.tData, s.tFirstFrame));
            beforePaint.push(Math.max(0, s.tFirstFrame - s.tData));
            if (s.tFirstPaint !== null && without !== null) firstPaintDeltas.push(s.tFirstPaint - without);
          }
          const note = `first paint said "${shown.slice(0, 40)}"; data present ${median(beforePaint).toFixed(1)} ms (median) before the page's first frame`;
          const f = measured('overlay', specFor(c), samples, note);
          out.push(f);
          log(`${c.label}: median ${f.median?.toFixed(1)} ms`);
          out.push(
            firstPaintDeltas.length > 0
              ? measured('overlay', paintSpecFor(c), firstPaintDeltas, 'paired loads, with then without')
              : notMeasured('overlay', paintSpecFor(c), 'the page paints nothing of its own'),
          );
        } catch (error) {
          const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
          out.push(failedFigure('overlay', specFor(c), `no overlay with followers within 10 s (${why})`));
          out.push(failedFigure('overlay', paintSpecFor(c), 'no overlay latency run'));
        } finally {
          await page.close();
          await bare.close();
        }
      }
    } finally {
      await browser.close();
      await plain.close();
      await server.close();
    }
  },
};
