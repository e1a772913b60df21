/**
 * What a fresh install uses until the marketer changes something.
 */
import { DEFAULT_RATE_CARD } from '../cost/rate-card';
import type { Settings } from '../schema/settings';
import { TIER_PRESETS } from '../tiers';

export function defaultSettings(): Settings {
  return {
    tierScheme: structuredClone(TIER_PRESETS.standard),
    language: 'auto',
    rateCard: structuredClone(DEFAULT_RATE_CARD),
    currency: 'IDR',
    csvDelimiter: ',',
    overlay: { instagram: 'shown', tiktok: 'shown' },
  };
}
