/**
 * The popup and every dashboard view at real screen sizes (1024, 1280, 1366,
 * 1920 px wide) in English and Indonesian, rendered directly from the real
 * components with fake data (tests/support/preview/screens) in one Chromium
 * session. For each screen the DOM is checked: no chip, badge or status text
 * cut (scrollWidth ≤ clientWidth), text contrast AA, a visible focus ring on
 * what Tab reaches; the popup's key figures, three best briefs and status
 * control inside its first 600 px; the shortlist's Rate and Last seen within
 * the window and its totals row. Screenshots go to test-output/screens/.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromePath, TEST_OUTPUT } from '@/tests/support/browser';
import { PROJECT_ROOT } from '@/tests/support/fixture-server';
import { contrastProblems, cutText, focusProblems } from '@/tests/support/screens/dom-checks';

const OUT = join(TEST_OUTPUT, 'screens');
const WIDTHS = [1024, 1280, 1366, 1920] as const;
const LANGS = ['en', 'id'] as const;
const VIEWS = ['campaigns', 'shortlist', 'creator', 'briefs', 'planner', 'settings', 'backup'] as const;

let browser: Browser;
let page: Page;
let harness: string;
const shots: string[] = [];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const src = join(PROJECT_ROOT, 'tests/support/preview/screens');
  await build({
    entryPoints: [join(src, 'harness.tsx')],
    bundle: true,
    outfile: join(OUT, 'harness.js'),
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: join(PROJECT_ROOT, 'tsconfig.json'),
    logLevel: 'warning',
  });
  copyFileSync(join(src, 'harness.html'), join(OUT, 'harness.html'));
  harness = pathToFileURL(join(OUT, 'harness.html')).href;
  browser = await chromium.launch({ executablePath: chromePath(), args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  // One line for the log: what was rendered and looked at.
  console.log(`screens: ${shots.length} screenshots in ${OUT}`);
});

async function open(query: string, ready: string): Promise<void> {
  await page.goto(`${harness}?${query}`);
  await page.waitForSelector(ready, { timeout: 10_000 });
  // Fonts and the virtual list settle in a frame or two.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  shots.push(name);
}

describe('popup at 600 px tall', () => {
  it.each(LANGS)(
    '%s: key figures, the three best briefs and the status control above the fold',
    async (lang) => {
      await page.setViewportSize({ width: 360, height: 600 });
      await open(`ui=popup&lang=${lang}`, '[data-testid="ml-fit-row"]');
      await shoot(`popup-${lang}`);
      const below = await page.evaluate(() => {
        const bottom = (el: Element | null) =>
          el ? el.getBoundingClientRect().bottom : Number.POSITIVE_INFINITY;
        const rows = [...document.querySelectorAll('[data-testid="ml-fit-row"]')].slice(0, 3);
        const key: Record<string, number> = {
          followers: bottom(document.querySelector('[data-testid="ml-followers"]')),
          engagement: bottom(document.querySelector('[data-testid="ml-engagement"]')),
          status: bottom(document.querySelector('[data-testid="ml-status"]')),
          ...Object.fromEntries(
            // The name and score, and the must-have badge under them when there is one.
            rows.map((r, i) => [
              `brief ${i + 1}`,
              bottom(r.querySelector('.ml-fit-badges') ?? r.querySelector('.ml-fit-head')),
            ]),
          ),
        };
        return Object.entries(key)
          .filter(([, b]) => b > 600)
          .map(([k, b]) => `${k} ends at ${Math.round(b)} px`);
      });
      expect(below).toEqual([]);
      // The three best briefs are the ones shown first.
      const scores = await page.$$eval('[data-testid="ml-fit-row"]', (rows) =>
        rows.slice(0, 3).map((r) => Number(r.getAttribute('data-score'))),
      );
      expect(scores).toEqual([82, 71, 64]);
      expect(await page.evaluate(cutText)).toEqual([]);
      expect(await page.evaluate(contrastProblems)).toEqual([]);
      expect(await focusProblems(page, 12)).toEqual([]);
    },
  );
});

describe.each(LANGS)('dashboard in %s', (lang) => {
  describe.each(WIDTHS)('at %i px', (width) => {
    it.each(VIEWS)('%s: nothing cut, contrast AA, visible focus', async (view) => {
      await page.setViewportSize({ width, height: 900 });
      const query =
        view === 'creator'
          ? `ui=dashboard&lang=${lang}&tab=shortlist&open=first`
          : `ui=dashboard&lang=${lang}&tab=${view}`;
      const ready =
        view === 'creator'
          ? 'dialog.ml-panel[open] .ml-panel-body'
          : view === 'shortlist'
            ? '.ml-row'
            : '.ml-section';
      await open(query, ready);
      await shoot(`dashboard-${view}-${width}-${lang}`);
      expect(await page.evaluate(cutText)).toEqual([]);
      expect(await page.evaluate(contrastProblems)).toEqual([]);
      // The panel is a modal dialog: Tab stays inside it, so fewer stops are needed.
      expect(await focusProblems(page, view === 'creator' ? 10 : 20)).toEqual([]);
      if (view === 'shortlist') await checkTable(width);
      if (view === 'creator' && width === 1280) await checkHistory(lang);
    });
  });
});

describe('with nothing stored yet', () => {
  it.each(LANGS)(
    '%s: the shortlist, briefs and planner say what to do instead of showing bare frames',
    async (lang) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      for (const tab of ['shortlist', 'briefs', 'planner'] as const) {
        await open(`ui=dashboard&lang=${lang}&tab=${tab}&rows=0&briefs=0`, '.ml-main h1');
        await shoot(`dashboard-empty-${tab}-1280-${lang}`);
        // Some words in the view besides its title and the navigation: an explanation, not an empty frame.
        const words = await page.$eval('.ml-main', (m) => (m.textContent ?? '').trim().length);
        expect(words, tab).toBeGreaterThan(40);
        expect(await page.$$('.ml-row')).toHaveLength(0);
        expect(await page.evaluate(cutText)).toEqual([]);
        expect(await page.evaluate(contrastProblems)).toEqual([]);
      }
    },
  );
});

/** The creator panel's charts: drawn with dates in the UI language, or a message, never bare axes. */
async function checkHistory(lang: 'en' | 'id'): Promise<void> {
  await page.locator('#ml-p-history').scrollIntoViewIfNeeded();
  await page.waitForSelector('.ml-chart-plot canvas, .ml-empty-note');
  await shoot(`dashboard-creator-history-1280-${lang}`);
  // Each chart is a plot with points or says why it has none.
  const charts = await page.$$eval('.ml-chart', (figs) =>
    figs.map((f) => !!f.querySelector('.ml-chart-plot canvas') || !!f.querySelector('.ml-empty-note')),
  );
  expect(charts.length).toBeGreaterThan(0);
  expect(charts.every(Boolean)).toBe(true);
  // The dates listed for screen readers are in the UI language's order ("26 Apr 2026" / "Apr 26, 2026").
  const first = await page.$eval('.ml-chart table th', (th) => th.textContent ?? '');
  expect(first).toMatch(lang === 'id' ? /^\d{1,2} \w{3} \d{4}$/ : /^\w{3} \d{1,2}, \d{4}$/);
}

/** The shortlist's own promises: Rate and Last seen in the window, arrows beside headers, totals, the Min. fit hint. */
async function checkTable(width: number): Promise<void> {
  const heads = await page.$$eval('[role="columnheader"], th', (ths) =>
    ths.map((th) => {
      const r = th.getBoundingClientRect();
      const label = th.querySelector('.ml-sort-label');
      const arrow = th.querySelector('.ml-sort-arrow');
      const lr = label?.getBoundingClientRect();
      const ar = arrow?.getBoundingClientRect();
      return {
        col: th.getAttribute('data-col') ?? '',
        right: r.right,
        // Arrow on the label's last line, right after it.
        arrowBeside: !lr || !ar ? true : Math.abs(ar.bottom - lr.bottom) < 8 && ar.left >= lr.left,
      };
    }),
  );
  for (const col of ['rate', 'lastSeen']) {
    const h = heads.find((x) => x.col === col);
    expect(h, `${col} column at ${width}px`).toBeDefined();
    expect(h!.right, `${col} right edge at ${width}px`).toBeLessThanOrEqual(width);
  }
  expect(heads.filter((h) => !h.arrowBeside).map((h) => h.col)).toEqual([]);
  const totals = await page.$eval('[data-testid="ml-totals"]', (el) => el.textContent ?? '');
  expect(totals).toMatch(/60/);
  const minFit = await page.$eval('.ml-minfit input', (el) => ({
    value: (el as HTMLInputElement).value,
    placeholder: (el as HTMLInputElement).placeholder,
  }));
  // With no brief chosen the field is empty; its hint is words, not a number that looks set.
  expect(minFit.value).toBe('');
  expect(minFit.placeholder).not.toMatch(/\d/);
}
