/**
 * Headless demo output: the overlay on an Instagram and a TikTok sample, the
 * popup (a creator card and the shortlist summary), the dashboard in English
 * and Indonesian, and the shortlist exported with the dashboard's own CSV button.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { creatorKey } from '@/lib/schema/creator';
import type { Session } from '@/tests/support/browser';
import { openExtensionPage } from '@/tests/support/browser';
import { openPopupFor } from '@/tests/support/journey';
import { profileUrl, SAMPLE_CREATORS, type SampleCreator } from './creators';
import { overlayPart, setLanguage, visitCreator } from './seed';

const POPUP_SIZE = { width: 380, height: 600 };
const DASHBOARD_SIZE = { width: 1280, height: 800 };

function firstOf(platform: SampleCreator['platform']): SampleCreator {
  const c = SAMPLE_CREATORS.find((x) => x.platform === platform && x.save);
  if (!c) throw new Error(`no saved ${platform} sample`);
  return c;
}

async function shoot(page: Page, file: string, files: string[]): Promise<void> {
  await page.screenshot({ path: file });
  files.push(file);
}

/** The overlay on a profile, after it settled (figures computed, Save showing "saved"). */
async function overlayShot(page: Page, c: SampleCreator, file: string, files: string[], warnings: string[]) {
  const warning = await visitCreator(page, c);
  if (warning) warnings.push(warning);
  await overlayPart(page, 'ml-save').waitFor({ state: 'visible' });
  await shoot(page, file, files);
}

async function dashboardShot(page: Page, rows: number, file: string, files: string[]): Promise<void> {
  await page.reload();
  await page
    .locator('[data-testid="ml-shortlist-row"]')
    .nth(rows - 1)
    .waitFor({ state: 'visible' });
  // Let the charts and late text settle before the picture.
  await page.waitForTimeout(300);
  await shoot(page, file, files);
}

export async function captureAll(
  session: Session,
  page: Page,
  outDir: string,
  warnings: string[],
): Promise<string[]> {
  const files: string[] = [];
  const ig = firstOf('instagram');
  const tt = firstOf('tiktok');

  await overlayShot(page, tt, join(outDir, 'overlay-tiktok.png'), files, warnings);
  // Last: the Instagram profile stays open in this tab for the popup.
  await overlayShot(page, ig, join(outDir, 'overlay-instagram.png'), files, warnings);

  // As the toolbar popup would: it reads the active tab's creator (tests/support/journey).
  const popup = await openPopupFor(session, profileUrl(ig));
  try {
    await popup.locator('[data-testid="ml-fit-row"]').first().waitFor({ state: 'visible', timeout: 15_000 });
  } catch {
    warnings.push(`popup: no brief fit rows for @${ig.handle}`);
  }
  await shoot(popup, join(outDir, 'popup-creator.png'), files);
  await popup.close();

  // Opened as the active tab itself, the popup has no creator page: it shows the shortlist summary.
  const summary = await openExtensionPage(session, 'popup.html');
  await summary.setViewportSize(POPUP_SIZE);
  await summary.locator('[data-testid="ml-summary"]').waitFor({ state: 'visible', timeout: 15_000 });
  await shoot(summary, join(outDir, 'popup-summary.png'), files);
  await summary.close();

  const saved = SAMPLE_CREATORS.filter((c) => c.save).length;
  const dashboard = await openExtensionPage(session, 'dashboard.html');
  await dashboard.setViewportSize(DASHBOARD_SIZE);
  await setLanguage(session, 'en');
  await dashboardShot(dashboard, saved, join(outDir, 'dashboard-en.png'), files);

  const download = dashboard.waitForEvent('download', { timeout: 20_000 });
  await dashboard.locator('[data-testid="ml-export-csv"]').first().click();
  const csv = join(outDir, 'shortlist.csv');
  await (await download).saveAs(csv);
  files.push(csv);

  // The creator panel: history chart (from the imported earlier sightings), fits and signals.
  const ig0 = creatorKey(ig.platform, ig.handle);
  await dashboard.locator(`[data-key="${ig0}"] button.ml-name`).click();
  await dashboard.locator('.ml-panel').waitFor({ state: 'visible' });
  await dashboard.waitForTimeout(500);
  await shoot(dashboard, join(outDir, 'dashboard-creator.png'), files);

  await setLanguage(session, 'id');
  await dashboardShot(dashboard, saved, join(outDir, 'dashboard-id.png'), files);
  await dashboard.close();
  return files;
}
