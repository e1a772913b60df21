/**
 * What a fresh install uses until the marketer changes something.
 */
import { DEFAULT_RATE_CARD } from '@/lib/cost/rate-card';
import { TIER_PRESETS } from '@/lib/metrics/tiers';
import type { Settings } from '@/lib/schema/settings';

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
