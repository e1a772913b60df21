/**
 * Seeds a fresh demo profile the way a marketer would fill it: two briefs and,
 * by visiting the sample profiles, a shortlist saved with the overlay's own
 * Save button (then status, notes, tags and rate as the dashboard would set them).
 */
import type { Page } from 'playwright-core';
import type { BriefInput } from '@/lib/schema/brief';
import { creatorKey } from '@/lib/schema/creator';
import type { Settings } from '@/lib/schema/settings';
import type { Session } from '@/tests/support/browser';
import { ask, dataOf } from '@/tests/support/extension';
import { overlayPart, saveFromOverlay } from '@/tests/support/journey';
import { profileUrl, type SampleCreator } from './creators';
import { historyBackupText } from './history';

export const SAMPLE_BRIEFS: BriefInput[] = [
  {
    id: 'demo-skincare-jakarta',
    name: 'Skincare lokal — Jakarta',
    niches: ['skincare'],
    keywords: ['skincare lokal', 'sunscreen', 'serum', 'kulit berminyak'],
    excludeKeywords: ['obat'],
    platforms: [],
    followers: { min: 1_000, max: 100_000 },
    minEngagementRate: 0.02,
    languages: ['id'],
    locationWords: ['jakarta'],
    contentTypes: ['review'],
    budget: { amount: 15_000_000, currency: 'IDR' },
  },
  {
    id: 'demo-kopi-kuliner',
    name: 'Kopi & kuliner — Jabodetabek',
    niches: ['coffee', 'food'],
    keywords: ['kopi susu', 'kuliner jakarta', 'cafe'],
    platforms: ['instagram', 'tiktok'],
    followers: { min: 5_000, max: 150_000 },
    minEngagementRate: 0.015,
    languages: ['id'],
    locationWords: ['jakarta', 'blok m', 'kemang'],
  },
  {
    id: 'demo-fashion-muslimah',
    name: 'Fashion muslimah — Ramadan',
    niches: ['modest-fashion'],
    keywords: ['hijab', 'gamis', 'ootd'],
    platforms: ['tiktok', 'instagram'],
    followers: { min: 10_000, max: 100_000 },
    minEngagementRate: 0.02,
    languages: ['id'],
    contentTypes: ['tutorial'],
  },
  {
    id: 'demo-travel-hemat',
    name: 'Travel hemat — libur sekolah',
    niches: ['travel'],
    keywords: ['budget travel', 'itinerary', 'backpacker'],
    platforms: ['tiktok'],
    followers: { min: 10_000, max: 200_000 },
    languages: ['id'],
  },
];

export async function seedBriefs(session: Session, now: number): Promise<void> {
  for (const brief of SAMPLE_BRIEFS) {
    dataOf(await ask(session, { type: 'briefs:save', brief: { ...brief, createdAt: now, updatedAt: now } }));
  }
}

/** Earlier sightings of the samples (see history.ts), imported the way a user restores a backup. */
export async function seedHistory(session: Session, creators: SampleCreator[], now: number): Promise<void> {
  dataOf(await ask(session, { type: 'backup:import', text: historyBackupText(creators, now) }));
}

export async function setLanguage(session: Session, language: Settings['language']): Promise<void> {
  const settings = dataOf(await ask(session, { type: 'settings:get' }));
  dataOf(await ask(session, { type: 'settings:save', settings: { ...settings, language } }));
}

// The overlay helpers the browser tests use, so the demo drives the card the same way.
export { overlayPart, saveFromOverlay };

/**
 * Opens a sample profile and waits until the overlay shows its figures,
 * including engagement (which needs the posts the page loads after its first
 * paint). Returns a warning instead of throwing when a figure never settles:
 * the demo goes on and says so.
 */
export async function visitCreator(page: Page, c: SampleCreator): Promise<string | null> {
  await page.goto(profileUrl(c));
  await overlayPart(page, 'ml-followers').waitFor({ state: 'visible', timeout: 20_000 });
  // The card's headline rate: engagement by views on TikTok, by followers on Instagram.
  const headline = c.platform === 'tiktok' ? 'ml-views-engagement' : 'ml-engagement';
  try {
    await page.waitForFunction(
      (id) => {
        const root = document.querySelector('microlens-overlay')?.shadowRoot;
        const el = root?.querySelector(`[data-testid="${id}"]`);
        return !!el && el.getAttribute('aria-busy') !== 'true' && /%/.test(el.textContent ?? '');
      },
      headline,
      { timeout: 15_000 },
    );
    return null;
  } catch {
    return `@${c.handle}: the overlay showed no engagement rate within 15 s`;
  }
}

/** Status, notes, tags and rate for the saved creators that have them. */
export async function annotateShortlist(session: Session, creators: SampleCreator[]): Promise<void> {
  for (const c of creators) {
    if (!c.save || !c.shortlist) continue;
    dataOf(
      await ask(session, {
        type: 'shortlist:update',
        keys: [creatorKey(c.platform, c.handle)],
        patch: c.shortlist,
      }),
    );
  }
}
