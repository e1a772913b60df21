/**
 * Everything the overlay card shows, derived from the page reading and the
 * background's CreatorView. The view wins when present (it merges every visit);
 * until it arrives the reading supplies what the page itself showed, and
 * computed figures are "pending" rather than guessed.
 */
import { createT, type Lang } from '@/lib/i18n/core';
import { formatPercent, formatRelative } from '@/lib/i18n/format';
import { overlayStrings } from '@/lib/i18n/strings/overlay';
import type { CreatorView } from '@/lib/messages';
import type { BandResult, CreatorMetrics } from '@/lib/schema/metrics';
import type { Platform, Reading } from '@/lib/schema/reading';
import {
  countShown,
  engagementShown,
  type Shown,
  signed,
  signedPercent,
  tierShown,
  unknownShown,
  viewRateShown,
} from '../shared/figures';

export type OverlayState = {
  reading: Reading;
  view: CreatorView | null;
  error?: string;
  /**
   * Shown before the background has recorded the reading (the page's own
   * figures paint at once): resolves with the view once it has, null if it
   * could not. A save waits for it instead of failing.
   */
  recorded?: Promise<CreatorView | null>;
};

/** A figure, or null while the background is still computing it. */
export type Pending<T> = T | null;

export interface OverlayFigures {
  platform: Platform;
  name: string | null;
  handle: string | null;
  /** The creator key to save: recorded, or being recorded (the save then waits). */
  key: string | null;
  saved: boolean;
  followers: Shown;
  tier: Pending<Shown>;
  engagement: Pending<Shown>;
  band: BandResult | null;
  /** TikTok only (null on Instagram). */
  viewsEngagement: Pending<Shown> | undefined;
  viewRate: Pending<Shown> | undefined;
  growth: Pending<Shown>;
  sponsored: Pending<Shown>;
  /** Best score with the brief's name; `quiet` when there is no brief to score against. */
  bestFit: Pending<Shown & { quiet?: boolean }>;
  readAt: number;
  computedAt: number | null;
}

export function overlayFigures(state: OverlayState, lang: Lang): OverlayFigures {
  const { reading, view } = state;
  const tr = createT(lang, overlayStrings);
  const creator = view?.creator ?? null;
  const m: CreatorMetrics | null = creator?.metrics ?? null;
  const pending = <T>(f: (metrics: CreatorMetrics) => T): Pending<T> => (m ? f(m) : null);
  const isTiktok = reading.platform === 'tiktok';

  return {
    platform: reading.platform,
    name: reading.displayName ?? creator?.displayName ?? null,
    handle: reading.handle ?? creator?.handle ?? null,
    key: creator?.key ?? (state.recorded && reading.handle ? `${reading.platform}:${reading.handle}` : null),
    saved: Boolean(view?.entry),
    followers: countShown(creator?.followers ?? reading.followers, lang),
    tier: pending((x) => tierShown(x.tier, lang)),
    engagement: pending((x) => engagementShown(x.engagement, lang)),
    band: m?.band ?? null,
    viewsEngagement: isTiktok ? pending((x) => engagementShown(x.views, lang)) : undefined,
    viewRate: isTiktok ? pending((x) => viewRateShown(x.viewRate, lang, tr('viewRateNote'))) : undefined,
    growth: pending((x): Shown => {
      const g = x.growth;
      if (!g.known) return unknownShown(g.reason, lang);
      return {
        known: true,
        text: `${g.exact ? '' : '≈'}${signed(g.sinceFirstSeen, lang)}`,
        note: tr('growthNote', {
          days: Math.max(1, Math.round(g.days)),
          rate: signedPercent(g.ratePer30Days, lang),
        }),
      };
    }),
    sponsored: pending(
      (x): Shown =>
        x.sponsoredShare === null
          ? { known: false, reason: tr('reason.no-posts') }
          : { known: true, text: formatPercent(x.sponsoredShare, lang, 0), note: tr('sponsoredTitle') },
    ),
    bestFit: view ? bestFitShown(view, lang) : null,
    readAt: reading.readAt,
    computedAt: m?.computedAt ?? null,
  };
}

/**
 * Everything the card would show for this state, as a string: equal digests
 * render the same card, so the repaint can be skipped. The times enter as the
 * card words them ("read just now"), not as milliseconds.
 */
export function figuresDigest(state: OverlayState, lang: Lang, now: number): string {
  const f = overlayFigures(state, lang);
  const stale = f.computedAt !== null && f.readAt - f.computedAt > 60_000;
  return JSON.stringify({
    ...f,
    readAt: formatRelative(f.readAt, now, lang),
    computedAt: stale && f.computedAt !== null ? formatRelative(f.computedAt, now, lang) : null,
    error: state.error ?? null,
    notices: state.reading.notices,
  });
}

function bestFitShown(view: CreatorView, lang: Lang): Shown & { quiet?: boolean } {
  const tr = createT(lang, overlayStrings);
  const best = [...view.fits].sort((a, b) => b.score - a.score)[0];
  if (!best) return { known: true, text: tr('noBriefs'), note: tr('noBriefsReason'), quiet: true };
  return { known: true, text: String(Math.round(best.score)), note: best.briefName };
}
