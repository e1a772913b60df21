/**
 * Helpers for whole-journey browser tests: reading the overlay's shadow root,
 * opening the popup for a profile tab, capturing the dashboard's downloads and
 * reading the store's rows from inside the worker.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parseCsv } from '@/tests/support/dashboard/parse-csv';
import type { Session } from './browser';

/** One figure of the overlay card (Playwright's CSS locators pierce the open shadow root). */
export const overlayPart = (page: Page, testid: string) =>
  page.locator(`microlens-overlay [data-testid="${testid}"]`);

export interface OverlayFigure {
  /** The figure's visible value ("3,351", "unknown"). */
  value: string;
  /** Hover text of the value (note or reason). */
  title: string | null;
  /** What a screen reader hears through aria-describedby. */
  described: string | null;
  busy: boolean;
}

/** Reads one figure inside the overlay's shadow root; null while the card is not there. */
export async function overlayFigure(page: Page, testid: string): Promise<OverlayFigure | null> {
  return page.evaluate((id) => {
    const root = document.querySelector('microlens-overlay')?.shadowRoot;
    const box = root?.querySelector(`[data-testid="${id}"]`);
    if (!root || !box) return null;
    const value = box.querySelector('.ml-value');
    const describedBy = value?.getAttribute('aria-describedby');
    const desc = describedBy ? root.getElementById(describedBy) : null;
    return {
      value: (value?.textContent ?? '').trim(),
      title: value?.getAttribute('title') ?? null,
      described: desc?.textContent ?? null,
      busy: box.getAttribute('aria-busy') === 'true',
    };
  }, testid);
}

/** Everything the overlay's shadow root says, and how many overlay hosts the page holds. */
export async function overlayText(page: Page): Promise<{ hosts: number; text: string; html: string }> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('microlens-overlay');
    const root = hosts[0]?.shadowRoot;
    // Attributes too (titles, aria labels), not only text nodes.
    const html = root ? [...root.children].map((c) => c.outerHTML).join('') : '';
    return { hosts: hosts.length, text: root?.textContent ?? '', html };
  });
}

/** Opens the card's "More figures" (views-based figures, growth, sponsored) unless it is open. */
export async function openDetails(page: Page): Promise<void> {
  const toggle = overlayPart(page, 'ml-details');
  await toggle.waitFor({ state: 'visible' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.waitForFunction(
    () =>
      document
        .querySelector('microlens-overlay')
        ?.shadowRoot?.querySelector('[data-testid="ml-details"]')
        ?.getAttribute('aria-expanded') === 'true',
  );
}

/**
 * Clicks the overlay's Save (unless it is already saved) and waits for the saved state
 * (aria-pressed=true). Used by the browser tests and the demo alike.
 */
export async function saveFromOverlay(page: Page): Promise<void> {
  const button = overlayPart(page, 'ml-save');
  await button.waitFor({ state: 'visible' });
  await page.waitForFunction(
    () =>
      document
        .querySelector('microlens-overlay')
        ?.shadowRoot?.querySelector('[data-testid="ml-save"]')
        ?.hasAttribute('disabled') === false,
  );
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await page.waitForFunction(
    () =>
      document
        .querySelector('microlens-overlay')
        ?.shadowRoot?.querySelector('[data-testid="ml-save"]')
        ?.getAttribute('aria-pressed') === 'true',
    null,
    { timeout: 10_000 },
  );
}

/**
 * The popup shows the creator of the ACTIVE tab of its window. As the demo
 * does, the profile tab is made active and popup.html opens as an inactive
 * tab beside it, so it reads that profile as the toolbar popup would.
 */
export async function openPopupFor(session: Session, profileUrl: string): Promise<Page> {
  const popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
  const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(popupUrl) });
  await session.worker.evaluate(
    async ({ profile, popup }) => {
      type Tab = { id?: number; windowId: number };
      const { chrome } = globalThis as unknown as {
        chrome: {
          tabs: {
            query(q: object): Promise<Tab[]>;
            update(id: number, p: object): Promise<Tab>;
            create(p: object): Promise<Tab>;
          };
        };
      };
      const [tab] = await chrome.tabs.query({ url: profile });
      if (!tab?.id) throw new Error(`no tab shows ${profile}`);
      await chrome.tabs.update(tab.id, { active: true });
      await chrome.tabs.create({ url: popup, active: false, windowId: tab.windowId });
    },
    { profile: profileUrl, popup: popupUrl },
  );
  const page = await opened;
  await page.setViewportSize({ width: 380, height: 600 });
  return page;
}

/** Runs `trigger` and returns the file the page downloaded (name, path and text). */
export async function captureDownload(
  page: Page,
  trigger: () => Promise<void>,
): Promise<{ name: string; path: string; text: string }> {
  const download = page.waitForEvent('download', { timeout: 20_000 });
  await trigger();
  const d = await download;
  const path = await d.path();
  return { name: d.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

/** A CSV export as header plus records keyed by column name (strict RFC 4180 parse, BOM checked). */
export function csvRecords(
  text: string,
  delimiter: ',' | ';' = ',',
): {
  header: string[];
  records: Record<string, string>[];
} {
  if (!text.startsWith('\uFEFF')) throw new Error('CSV export lacks its UTF-8 BOM');
  const rows = parseCsv(text, delimiter);
  const header = rows[0] ?? [];
  for (const [i, r] of rows.entries()) {
    if (r.length !== header.length)
      throw new Error(`CSV row ${i} has ${r.length} cells, header ${header.length}`);
  }
  const records = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  return { header, records };
}

/** All rows of one object store (optionally only one creator's), read in the worker. */
export async function storeRows<T>(session: Session, storeName: string, creatorKey?: string): Promise<T[]> {
  const rows = await session.worker.evaluate(
    ({ name }) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('microlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          try {
            const store = open.result.transaction(name).objectStore(name);
            const get = store.getAll();
            get.onsuccess = () => {
              open.result.close();
              resolve(get.result as T[]);
            };
            get.onerror = () => reject(get.error);
          } catch (error) {
            open.result.close();
            reject(error);
          }
        };
      }),
    { name: storeName },
  );
  return creatorKey ? rows.filter((r) => (r as { creatorKey?: string }).creatorKey === creatorKey) : rows;
}

/** Closes the dashboard's creator panel with its close button and waits until it is gone. */
export async function closeCreatorPanel(dashboard: Page): Promise<void> {
  await dashboard.locator('.ml-panel .ml-panel-close').click();
  await dashboard.locator('.ml-panel').waitFor({ state: 'detached' });
}

/** Switches the UI language the way a user does: dashboard → Settings tab → Language → Save. */
export async function setLanguageInDashboard(dashboard: Page, language: 'en' | 'id'): Promise<void> {
  await dashboard.locator('#ml-tab-settings').click();
  await dashboard.locator('#ml-set-language').selectOption(language);
  await dashboard.locator('.ml-settings button[type="submit"]').click();
  await dashboard.waitForFunction((lang) => document.documentElement.lang === lang, language);
}
