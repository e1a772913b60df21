/**
 * What a fresh install uses until the marketer changes something.
 */
import type { RateCard, Settings, TierScheme } from '../schema/settings';

/**
 * Interim copy of the standard scheme, used only until lib/tiers.ts
 * (TIER_PRESETS.standard) lands; then this constant is replaced by that import.
 */
const STANDARD_TIERS: TierScheme = {
  id: 'standard',
  name: 'Standard',
  tiers: [
    { name: 'nano', min: 0 },
    { name: 'micro', min: 10_000 },
    { name: 'mid', min: 100_000 },
    { name: 'macro', min: 500_000 },
    { name: 'mega', min: 1_000_000 },
  ],
};

/** Interim: no prices until lib/cost/rate-card.ts (DEFAULT_RATE_CARD) lands; says so beside the card. */
const EMPTY_RATE_CARD: RateCard = {
  entries: [],
  source: 'No default rates yet: enter your own rates per tier.',
};

export function defaultSettings(): Settings {
  return {
    tierScheme: structuredClone(STANDARD_TIERS),
    language: 'auto',
    rateCard: structuredClone(EMPTY_RATE_CARD),
    currency: 'IDR',
    csvDelimiter: ',',
    overlay: { instagram: 'shown', tiktok: 'shown' },
  };
}
