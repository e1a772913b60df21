/**
 * Figure 4: the popup's and the dashboard's first render with 10,000 stored
 * creators, and scrolling the dashboard's 10,000-row table. The store is
 * seeded through the extension's own protocol (a backup file sent as
 * `backup:import` from an extension page), so the real worker, store and UI run.
 */
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../../tests/support/fixture-server';
import { addProbe, launchBench } from './browser';
import { buildExtension } from './build';
import { type FigureSpec, measured, percentile } from './figures';
import type { BenchGroup } from './group';
import { type RenderState, renderProbe } from './render-probe';
import { backupText, seedData } from './seed';

const CREATORS = 10_000;
const POPUP_RUNS = 10;
const DASHBOARD_RUNS = 3;
const SCROLL_RUNS = 2;
/** One pass over all 10,000 rows (480,000 px at 48 px a row) takes this long. */
const SCROLL_PASS_MS = 6_000;
const FRAME_MS = 1000 / 60;
/** A frame that took more than one and a half vsync intervals missed one: dropped. */
const DROPPED_OVER_MS = FRAME_MS * 1.5;

const SEED: FigureSpec = { name: 'seed 10,000 creators via backup:import (setup)', unit: 'ms', budgets: [] };
const POPUP: FigureSpec = {
  name: 'popup first render, 10,000 creators stored',
  unit: 'ms',
  budgets: [{ stat: 'median', limit: 100 }],
};
const DASHBOARD: FigureSpec = {
  name: 'dashboard first render (first shortlist row), 10,000 creators',
  unit: 'ms',
  budgets: [{ stat: 'median', limit: 300 }],
};
const LIST: FigureSpec = {
  name: 'shortlist:list round trip from a page (10,000 views)',
  unit: 'ms',
  budgets: [],
};
const BASELINE: FigureSpec = {
  name: 'baseline: same scroll of a plain 480,000 px element (frame time)',
  unit: 'ms',
  budgets: [],
};
const FRAMES: FigureSpec = {
  name: 'dashboard scroll through 10,000 rows: frame time',
  unit: 'ms',
  budgets: [{ stat: 'p95', limit: FRAME_MS }],
};
const DROPPED: FigureSpec = {
  name: `dashboard scroll: dropped frames per pass (> ${DROPPED_OVER_MS.toFixed(0)} ms)`,
  unit: 'frames',
  budgets: [{ stat: 'max', limit: 0 }],
};

interface ChromeGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

async function firstRender(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __mlRender?: RenderState }).__mlRender?.tPaint != null,
    null,
    { timeout: 30_000, polling: 50 },
  );
  return page.evaluate(() => (window as unknown as { __mlRender: RenderState }).__mlRender.tPaint as number);
}

/**
 * Scrolls the scroller around `inner` from top to bottom, one step per
 * requestAnimationFrame over `passMs`; returns the frame intervals.
 */
function scrollPass(
  page: Page,
  inner = '[data-testid="ml-shortlist-row"]',
): Promise<{ frames: number[]; rowsInDom: number; reached: number }> {
  return page.evaluate(
    ([passMs, selector]) => {
      const row = document.querySelector(selector);
      let el = row?.parentElement ?? null;
      while (el && !(el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'visible')) {
        el = el.parentElement;
      }
      const scroller = el ?? document.scrollingElement;
      if (!scroller) throw new Error('no scrollable shortlist');
      scroller.scrollTop = 0;
      const total = scroller.scrollHeight - scroller.clientHeight;
      return new Promise((resolve) => {
        const frames: number[] = [];
        let start = 0;
        let last = 0;
        let rowsInDom = 0;
        const step = (t: number) => {
          if (start === 0) {
            start = t;
            last = t;
          } else {
            frames.push(t - last);
            last = t;
          }
          const progress = Math.min(1, (t - start) / passMs);
          scroller.scrollTop = total * progress;
          rowsInDom = Math.max(
            rowsInDom,
            document.querySelectorAll('[data-testid="ml-shortlist-row"]').length,
          );
          if (progress < 1) requestAnimationFrame(step);
          else {
            const lastRow = [...document.querySelectorAll('[data-testid="ml-shortlist-row"]')].pop();
            resolve({ frames, rowsInDom, reached: Number(lastRow?.getAttribute('data-index') ?? -1) + 1 });
          }
        };
        requestAnimationFrame(step);
      });
    },
    [SCROLL_PASS_MS, inner] as const,
  );
}

/** The machine's own frame rate for the same scroll with nothing to render: what the dashboard figures sit on. */
async function baselineFrames(page: Page): Promise<number[]> {
  await page.setContent(
    '<div style="height:852px;overflow:auto"><div id="tall" style="height:480000px;' +
      'background:repeating-linear-gradient(#fff 0 47px,#ddd 47px 48px)"></div></div>',
  );
  return (await scrollPass(page, '#tall')).frames;
}

export const uiGroup: BenchGroup = {
  name: 'ui',
  title: 'Popup and dashboard with 10,000 stored creators',
  specs: [SEED, POPUP, LIST, DASHBOARD, FRAMES, DROPPED, BASELINE],
  async run(out, log) {
    const ext = await buildExtension();
    const server = await startFixtureServer();
    const browser = await launchBench(server.port, ext.dir);
    try {
      const base = `chrome-extension://${browser.extensionId}`;
      const text = backupText(seedData(CREATORS));
      const seeder = await browser.context.newPage();
      await seeder.goto(`${base}/popup.html`);
      const started = performance.now();
      const reply = (await seeder.evaluate(
        (t) =>
          (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({
            type: 'backup:import',
            text: t,
          }),
        text,
      )) as { ok: boolean; data?: { added: Record<string, number>; rejected: unknown[] }; error?: unknown };
      const seedMs = performance.now() - started;
      if (!reply.ok || !reply.data) throw new Error(`backup:import failed: ${JSON.stringify(reply.error)}`);
      const added = reply.data.added;
      log(
        `seeded ${added.creators} creators, ${added.shortlist} shortlist entries, ${added.posts} posts in ` +
          `${(seedMs / 1000).toFixed(1)} s (${reply.data.rejected.length} rejected)`,
      );
      if ((added.shortlist ?? 0) < CREATORS)
        throw new Error(`only ${added.shortlist} shortlist entries imported`);
      out.push(measured('ui', SEED, [seedMs], `${(text.length / 1024 / 1024).toFixed(0)} MB backup file`));
      // What the dashboard waits for before it can show a row: the worker builds every view (fits, signals).
      const listTimes: number[] = [];
      for (let i = 0; i < 2; i++) {
        listTimes.push(
          await seeder.evaluate(async () => {
            const t = performance.now();
            await (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({
              type: 'shortlist:list',
            });
            return performance.now() - t;
          }),
        );
      }
      out.push(measured('ui', LIST, listTimes, 'worker builds views + message transfer'));
      await seeder.close();

      // Popup, opened as a page: the active tab is the popup itself, so it shows the shortlist summary.
      const popup = await browser.context.newPage();
      await addProbe(popup, renderProbe, '[data-testid="ml-summary"], [data-testid="ml-followers"]');
      const popupTimes: number[] = [];
      for (let i = 0; i <= POPUP_RUNS; i++) {
        const t = await firstRender(popup, `${base}/popup.html`);
        if (i > 0) popupTimes.push(t); // the first load warms the worker up
      }
      out.push(
        measured('ui', POPUP, popupTimes, 'summary panel (no creator tab); 1 warm-up load not counted'),
      );
      await popup.close();

      const dash = await browser.context.newPage();
      await addProbe(dash, renderProbe, '[data-testid="ml-shortlist-row"]');
      const dashTimes: number[] = [];
      for (let i = 0; i <= DASHBOARD_RUNS; i++) {
        const t = await firstRender(dash, `${base}/dashboard.html`);
        if (i > 0) dashTimes.push(t);
      }
      out.push(measured('ui', DASHBOARD, dashTimes, '1 warm-up load not counted'));

      const frames: number[] = [];
      const dropped: number[] = [];
      let note = '';
      await dash.waitForTimeout(500);
      for (let i = 0; i < SCROLL_RUNS; i++) {
        const pass = await scrollPass(dash);
        frames.push(...pass.frames);
        dropped.push(pass.frames.filter((f) => f > DROPPED_OVER_MS).length);
        note = `${pass.frames.length} frames per ${SCROLL_PASS_MS / 1000} s pass; ≤ ${pass.rowsInDom} rows in the DOM; reached row ${pass.reached}`;
        const sorted = [...pass.frames].sort((a, b) => a - b);
        log(
          `scroll pass ${i + 1}: p95 frame ${percentile(sorted, 95).toFixed(1)} ms, ${dropped[i]} dropped; ${note}`,
        );
      }
      out.push(
        measured('ui', FRAMES, frames, `all frames of ${SCROLL_RUNS} passes; ${note}`),
        measured('ui', DROPPED, dropped),
      );
      await dash.close();
      const blank = await browser.context.newPage();
      out.push(measured('ui', BASELINE, await baselineFrames(blank), 'no extension page; machine floor'));
      await blank.close();
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
