/**
 * What a fresh install uses until the marketer changes something.
 */
import { DEFAULT_RATE_CARD } from '@/lib/cost/rate-card';
import { DEFAULT_BENCHMARK_SET_ID } from '@/lib/metrics/benchmark-sets/sets';
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
    benchmarkSet: DEFAULT_BENCHMARK_SET_ID,
    customBenchmarks: null,
  };
}
