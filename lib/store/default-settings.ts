/**
 * What a fresh install uses until the marketer changes something.
 */
import type { RateCard, Settings } from '../schema/settings';
import { TIER_PRESETS } from '../tiers';

/** Interim: no prices until lib/cost/rate-card.ts (DEFAULT_RATE_CARD) lands; says so beside the card. */
const EMPTY_RATE_CARD: RateCard = {
  entries: [],
  source: 'No default rates yet: enter your own rates per tier.',
};

export function defaultSettings(): Settings {
  return {
    tierScheme: structuredClone(TIER_PRESETS.standard),
    language: 'auto',
    rateCard: structuredClone(EMPTY_RATE_CARD),
    currency: 'IDR',
    csvDelimiter: ',',
    overlay: { instagram: 'shown', tiktok: 'shown' },
  };
}
