/**
 * Figure 2: the extension's added main-thread time while a profile keeps
 * loading posts as the user scrolls. Two browsers side by side in one run, one
 * with the extension and one without, load the same hand-made infinite-scroll
 * profile (pages/infinite-profile.*, served as https://www.instagram.com/rina.kopi/)
 * and are scrolled the same way for SCROLL_MS; the renderer's main-thread busy
 * time comes from CDP Performance.getMetrics (TaskDuration, ScriptDuration).
 */
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { fileResponse, startFixtureServer, TEST_PAGE_CSP } from '@/tests/support/fixture-server';
import { type BenchBrowser, launchBench } from './browser';
import { buildExtension } from './build';
import { type Figure, type FigureSpec, measured } from './figures';
import type { BenchGroup } from './group';

const PAGES = join(import.meta.dirname, 'pages');
const HANDLE = 'rina.kopi';
const URL_ = `https://www.instagram.com/${HANDLE}/`;
const REPS = 5;
const SCROLL_MS = 10_000;
const WHEEL_EVERY_MS = 100;

const ADDED_TASK: FigureSpec = {
  name: 'added main-thread time while scrolling (TaskDuration)',
  unit: '%',
  budgets: [{ stat: 'median', limit: 2 }],
};
const ADDED_CPU: FigureSpec = {
  name: 'added main-thread CPU time while scrolling (ThreadTime)',
  unit: '%',
  budgets: [{ stat: 'median', limit: 2 }],
};
/**
 * Script time alone is steadier than task time; as a share of the page's whole
 * main-thread time. It leaves out the style/layout the extension causes, so it
 * is a lower bound of the added time: over 2% here means over budget.
 */
const ADDED_SCRIPT: FigureSpec = {
  name: 'added script time while scrolling, a lower bound (ΔScriptDuration / page TaskDuration)',
  unit: '%',
  budgets: [{ stat: 'median', limit: 2 }],
};
const WITH: FigureSpec = {
  name: 'main-thread busy per 10 s scroll, with extension',
  unit: 'ms',
  budgets: [],
};
const WITHOUT: FigureSpec = {
  name: 'main-thread busy per 10 s scroll, without extension',
  unit: 'ms',
  budgets: [],
};

/** A difference whose runs fall on both sides of zero says more about the machine than the extension. */
function flagNoise(f: Figure): Figure {
  if (f.min !== null && f.max !== null && f.min < 0 && f.max > 0) {
    f.note = `${f.note ? `${f.note}; ` : ''}runs fall on both sides of 0: within this machine's noise`;
    if (f.budgets.length > 0) f.status = 'inconclusive';
  }
  return f;
}

interface Busy {
  taskMs: number;
  /** CPU time of the main thread: less swayed than wall-clock task time when other processes compete for the cores. */
  cpuMs: number;
  scriptMs: number;
  posts: number;
}

async function scrollSession(context: BrowserContext): Promise<Busy> {
  const page = await context.newPage();
  try {
    await page.goto(URL_, { waitUntil: 'load' });
    // Let the first read and overlay (with the extension) settle before measuring.
    await page.waitForTimeout(1_500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => {
      const { metrics: list } = await cdp.send('Performance.getMetrics');
      const get = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
      return { task: get('TaskDuration'), script: get('ScriptDuration'), cpu: get('ThreadTime') };
    };
    await page.mouse.move(640, 600);
    const before = await metrics();
    const until = Date.now() + SCROLL_MS;
    while (Date.now() < until) {
      await page.mouse.wheel(0, 240);
      await page.waitForTimeout(WHEEL_EVERY_MS);
    }
    const after = await metrics();
    const posts = await page.evaluate(() => document.querySelectorAll('#grid a').length);
    await cdp.detach();
    return {
      taskMs: (after.task - before.task) * 1000,
      cpuMs: (after.cpu - before.cpu) * 1000,
      scriptMs: (after.script - before.script) * 1000,
      posts,
    };
  } finally {
    await page.close();
  }
}

export const scrollGroup: BenchGroup = {
  name: 'scroll',
  title: 'Added main-thread time on an infinite-scroll profile (with vs without the extension)',
  specs: [ADDED_TASK, ADDED_CPU, ADDED_SCRIPT, WITH, WITHOUT],
  async run(out, log) {
    const ext = await buildExtension();
    const server = await startFixtureServer();
    server.route('www.instagram.com', `/${HANDLE}/`, () =>
      fileResponse(join(PAGES, 'infinite-profile.html'), { csp: TEST_PAGE_CSP }),
    );
    server.route('www.instagram.com', '/bench-assets/infinite-profile.js', () =>
      fileResponse(join(PAGES, 'infinite-profile.js')),
    );
    let withExt: BenchBrowser | null = null;
    let without: BenchBrowser | null = null;
    try {
      withExt = await launchBench(server.port, ext.dir);
      without = await launchBench(server.port, null);
      const w: Busy[] = [];
      const wo: Busy[] = [];
      for (let rep = 0; rep < REPS; rep++) {
        // Alternate which goes first, so a burst of load from elsewhere hits both alike.
        const order = rep % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const);
        for (const which of order) {
          const busy = await scrollSession(which === 'with' ? withExt.context : without.context);
          (which === 'with' ? w : wo).push(busy);
        }
        const a = w[rep] as Busy;
        const b = wo[rep] as Busy;
        log(
          `rep ${rep + 1}: task ${a.taskMs.toFixed(0)} vs ${b.taskMs.toFixed(0)} ms, cpu ${a.cpuMs.toFixed(0)} vs ` +
            `${b.cpuMs.toFixed(0)} ms, script ${a.scriptMs.toFixed(0)} vs ${b.scriptMs.toFixed(0)} ms (with vs without)`,
        );
      }
      const pct = (x: number, y: number) => ((x - y) / y) * 100;
      const note = `${REPS} pairs; posts appended every 200 ms, ~${w[0]?.posts ?? 0} per session`;
      out.push(
        flagNoise(
          measured(
            'scroll',
            ADDED_TASK,
            w.map((a, i) => pct(a.taskMs, (wo[i] as Busy).taskMs)),
            note,
          ),
        ),
        flagNoise(
          measured(
            'scroll',
            ADDED_CPU,
            w.map((a, i) => pct(a.cpuMs, (wo[i] as Busy).cpuMs)),
          ),
        ),
        measured(
          'scroll',
          ADDED_SCRIPT,
          w.map((a, i) => ((a.scriptMs - (wo[i] as Busy).scriptMs) / (wo[i] as Busy).taskMs) * 100),
        ),
        measured(
          'scroll',
          WITH,
          w.map((a) => a.taskMs),
        ),
        measured(
          'scroll',
          WITHOUT,
          wo.map((b) => b.taskMs),
        ),
      );
    } finally {
      await withExt?.close();
      await without?.close();
      await server.close();
    }
  },
};
