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
 * The page's own first paint, per load, with no extension: what the overlay
 * cannot beat. Compared with the same loads with the extension, it says
 * whether the content script holds the page's first paint back.
 */
async function firstPaintsWithout(port: number): Promise<Map<Capture, number[]>> {
  const out = new Map<Capture, number[]>();
  const browser = await launchBench(port, null);
  try {
    for (const c of CAPTURES) {
      const page = await browser.context.newPage();
      await addProbe(page, overlayProbe, c.probes);
      const paints: number[] = [];
      for (let i = 0; i < WARMUP + RUNS; i++) {
        await loadOnce(page, `https://${c.host}${c.path}`, ['tDcl']);
        // A page with nothing to show of its own (the legacy TikTok capture) never paints.
        const s = await probed(page, ['tFirstPaint'], 2_000).catch(() => null);
        if (i >= WARMUP && s?.tFirstPaint != null) paints.push(s.tFirstPaint);
      }
      out.set(c, paints);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
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
    const withPaints = new Map<Capture, number[]>();
    try {
      for (const c of CAPTURES) {
        const page = await browser.context.newPage();
        await addProbe(page, overlayProbe, c.probes);
        const url = `https://${c.host}${c.path}`;
        const samples: number[] = [];
        const paints: number[] = [];
        const beforePaint: number[] = [];
        let shown = '';
        try {
          for (let i = 0; i < WARMUP + RUNS; i++) {
            const s = await loadOnce(page, url, ['tPaint', 'tFirstFrame']);
            if (process.env.ML_PROBE_DEBUG) console.log(c.label, JSON.stringify(s));
            if (s.tData === null || s.tPaint === null || s.tFirstFrame === null) {
              throw new Error('probe recorded no times');
            }
            shown = s.followersText ?? '';
            if (i < WARMUP) continue;
            // No frame is rendered before the page's render-blocking <head> resources
            // are in: data present earlier counts from the page's first frame. An
            // overlay already there in that frame is 0.
            samples.push(s.tPaint - Math.max(s.tData, s.tFirstFrame));
            beforePaint.push(Math.max(0, s.tFirstFrame - s.tData));
            if (s.tFirstPaint !== null) paints.push(s.tFirstPaint);
          }
          const note = `first paint said "${shown.slice(0, 40)}"; data present ${median(beforePaint).toFixed(1)} ms (median) before the page's first frame`;
          const f = measured('overlay', specFor(c), samples, note);
          out.push(f);
          withPaints.set(c, paints);
          log(`${c.label}: median ${f.median?.toFixed(1)} ms`);
        } catch (error) {
          const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
          out.push(notMeasured('overlay', specFor(c), `no overlay with followers within 10 s (${why})`));
        } finally {
          await page.close();
        }
      }
      await browser.close();
      const without = await firstPaintsWithout(server.port);
      for (const c of CAPTURES) {
        const a = withPaints.get(c);
        const b = without.get(c);
        if (!a?.length || !b?.length) {
          out.push(notMeasured('overlay', paintSpecFor(c), 'the page paints nothing of its own'));
          continue;
        }
        const delta = median(a) - median(b);
        out.push(
          measured(
            'overlay',
            paintSpecFor(c),
            [delta],
            `with ${median(a).toFixed(1)} ms, without ${median(b).toFixed(1)} ms after navigation start (medians)`,
          ),
        );
      }
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
