/**
 * Which figure a stored band belongs to, apart from the benchmark sets themselves (and their zod
 * schemas), so the popup, the card and the CSV can place a band without carrying the tables.
 */
import type { BandResult } from '@/lib/schema/metrics';
import type { Platform } from '@/lib/schema/reading';

/**
 * Which figure a stored band belongs to, so every screen puts the chip beside that figure and no
 * other. Bands stored before sets existed carry no `of`: they were views-based on TikTok and
 * follower-based on Instagram.
 */
export function bandBelongsTo(
  platform: Platform,
  band: BandResult | null | undefined,
): 'engagement' | 'viewsEngagement' | null {
  if (!band?.known) return null;
  return band.benchmark.of ?? (platform === 'tiktok' ? 'viewsEngagement' : 'engagement');
}

/** The band if it belongs to `figure`, else null: the one check every screen uses. */
export function bandBeside(
  platform: Platform,
  band: BandResult | null | undefined,
  figure: 'engagement' | 'viewsEngagement',
): BandResult | null {
  return band && bandBelongsTo(platform, band) === figure ? band : null;
}
