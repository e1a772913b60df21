/**
 * The default rate card: indicative price ranges per post, per platform and
 * tier, in USD and IDR. They are published rules of thumb for 2024–2025, NOT
 * quotes: real rates vary with niche, format, usage rights and exclusivity.
 * The marketer edits the card (Settings.rateCard); agreed rates on the
 * shortlist always win over it (lib/cost/planner).
 *
 * Tier names follow lib/metrics/tiers presets (nano 1k–10k, micro 10k–100k, macro
 * 100k–1M, mega 1M+; 'mid' exists only in the narrow-micro preset).
 * 'emerging' (< 1k) has no published rate and is left out on purpose: the
 * planner reports such creators as "no rate" rather than guess.
 */
import type { RateCard, RateCardEntry } from '@/lib/schema/settings';

export const RATE_CARD_SOURCE =
  'Indicative 2024–2025 ranges, not quotes. USD: Influencer Marketing Hub rate guides as widely republished ' +
  '(Instagram nano $10–100, micro $100–500, macro $500–5,000, mega $5,000–10,000+; TikTok nano $5–25, micro ' +
  '$25–125, macro $125–1,250, mega $1,250+). IDR: ranges commonly quoted by Indonesian agencies (nano Rp0.5–2 jt, ' +
  'micro Rp2–10 jt, macro Rp10–50 jt, mega Rp50–500 jt). Open-ended tops are capped as noted per entry.';

/** The same source in Indonesian, shown in the Indonesian UI while the card is the default one. */
export const RATE_CARD_SOURCE_ID =
  'Kisaran indikatif 2024–2025, bukan penawaran harga. USD: panduan tarif Influencer Marketing Hub yang banyak ' +
  'dikutip ulang (Instagram nano $10–100, mikro $100–500, makro $500–5.000, mega $5.000–10.000+; TikTok nano ' +
  '$5–25, mikro $25–125, makro $125–1.250, mega $1.250+). IDR: kisaran yang umum dikutip agensi Indonesia (nano ' +
  'Rp0,5–2 jt, mikro Rp2–10 jt, makro Rp10–50 jt, mega Rp50–500 jt). Batas atas yang terbuka dibatasi seperti ' +
  'dicatat per baris.';

/** A rate card's source in the UI language: the default source has an Indonesian text; the marketer's own stays as written. */
export function rateCardSourceText(source: string, lang: 'en' | 'id'): string {
  return lang === 'id' && source === RATE_CARD_SOURCE ? RATE_CARD_SOURCE_ID : source;
}

const JT = 1_000_000;

const USD: RateCardEntry[] = [
  // Influencer Marketing Hub: Instagram nano $10–$100 per post.
  { platform: 'instagram', tier: 'nano', currency: 'USD', min: 10, max: 100 },
  // Influencer Marketing Hub: Instagram micro $100–$500 per post.
  { platform: 'instagram', tier: 'micro', currency: 'USD', min: 100, max: 500 },
  // Influencer Marketing Hub "mid-tier" (50k–500k): $500–$5,000; used for the narrow-micro preset's 'mid'.
  { platform: 'instagram', tier: 'mid', currency: 'USD', min: 500, max: 5_000 },
  // Influencer Marketing Hub: Instagram macro (100k–1M in the standard preset) $500–$5,000.
  { platform: 'instagram', tier: 'macro', currency: 'USD', min: 500, max: 5_000 },
  // Influencer Marketing Hub: Instagram mega $5,000–$10,000+; the open top is capped at $10,000.
  { platform: 'instagram', tier: 'mega', currency: 'USD', min: 5_000, max: 10_000 },
  // Influencer Marketing Hub: TikTok nano $5–$25 per post.
  { platform: 'tiktok', tier: 'nano', currency: 'USD', min: 5, max: 25 },
  // Influencer Marketing Hub: TikTok micro $25–$125 per post.
  { platform: 'tiktok', tier: 'micro', currency: 'USD', min: 25, max: 125 },
  // Influencer Marketing Hub "mid-tier": TikTok $125–$1,250; used for 'mid'.
  { platform: 'tiktok', tier: 'mid', currency: 'USD', min: 125, max: 1_250 },
  // Influencer Marketing Hub: TikTok macro $125–$1,250 per post.
  { platform: 'tiktok', tier: 'macro', currency: 'USD', min: 125, max: 1_250 },
  // Influencer Marketing Hub: TikTok mega $1,250+; open top capped at $2,500 (the next published step).
  { platform: 'tiktok', tier: 'mega', currency: 'USD', min: 1_250, max: 2_500 },
];

/** Indonesian agency ranges; quoted per post for both platforms alike. */
const IDR: RateCardEntry[] = (['instagram', 'tiktok'] as const).flatMap((platform) => [
  // Nano Rp0.5–2 juta.
  { platform, tier: 'nano', currency: 'IDR' as const, min: 0.5 * JT, max: 2 * JT },
  // Micro Rp2–10 juta.
  { platform, tier: 'micro', currency: 'IDR' as const, min: 2 * JT, max: 10 * JT },
  // Macro Rp10–50 juta.
  { platform, tier: 'macro', currency: 'IDR' as const, min: 10 * JT, max: 50 * JT },
  // Mega Rp50–500 juta.
  { platform, tier: 'mega', currency: 'IDR' as const, min: 50 * JT, max: 500 * JT },
]);

export const DEFAULT_RATE_CARD: RateCard = {
  entries: [...USD, ...IDR],
  source: RATE_CARD_SOURCE,
};
