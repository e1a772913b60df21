/**
 * Turns stored figures into what a card shows: text plus a hover note when
 * known, or a translated reason when unknown. Pure, so it is tested without a DOM.
 * Figure strings only (ft). Used by the worker's overlay card model
 * (lib/overlay-card/build-card.ts) and, through components/shared/figures.ts,
 * by the popup and dashboard.
 */

import type { Lang } from '@/lib/i18n/core';
import { isFigureKey, ft as t } from '@/lib/i18n/figure-t';
import { formatCount, formatNumber, formatPercent } from '@/lib/i18n/format';
import type {
  BandResult,
  Engagement,
  TierResult,
  UnknownReason,
  ViewRate,
  ViewsEngagement,
} from '@/lib/schema/metrics';
import { benchmarkLabel } from './band-label';

/** A figure ready to render: known text with a note for the hover ('' for none), or the reason it is unknown. */
export type Shown = { known: true; text: string; note: string } | { known: false; reason: string };

export type CountLike = { value: number; exact: boolean; min: number; max: number };

export function reasonText(reason: UnknownReason, lang: Lang): string {
  return t(lang, `reason.${reason}`);
}

export function unknownShown(reason: UnknownReason, lang: Lang): Shown {
  return { known: false, reason: reasonText(reason, lang) };
}

/** "3,351" with "Exact count", or "≈1.1M" with the range the site's rounding stands for. */
export function countShown(
  count: CountLike | null,
  lang: Lang,
  missing: UnknownReason = 'no-followers',
): Shown {
  if (!count) return unknownShown(missing, lang);
  const note = count.exact
    ? t(lang, 'count.exact')
    : t(lang, 'count.rounded', { min: formatNumber(count.min, lang), max: formatNumber(count.max, lang) });
  return { known: true, text: formatCount(count, lang), note };
}

/** A tier name in the UI language when it is one of the preset names; a custom name as written. */
export function tierLabel(name: string, lang: Lang): string {
  const key = `tier.${name.toLowerCase()}`;
  return isFigureKey(key) ? t(lang, key) : name;
}

/** "micro", or "micro or macro" when a rounded count straddles a threshold. */
export function tierShown(tier: TierResult, lang: Lang): Shown {
  if (!tier.known) return unknownShown(tier.reason, lang);
  const names = tier.tiers.map((n) => tierLabel(n, lang));
  const text = names.reduce((a, b) => t(lang, 'tier.or', { a, b }));
  // A single tier needs no note; two say why the count cannot decide.
  const note = names.length > 1 ? reasonText('ambiguous-tier', lang) : '';
  return { known: true, text, note };
}

/** Median rate, "≈" when built on rounded counts, with how many posts it rests on. */
export function engagementShown(eng: Engagement | ViewsEngagement, lang: Lang): Shown {
  if (!eng.known) return unknownShown(eng.reason, lang);
  const median = 'byFollowers' in eng ? eng.byFollowers.median : eng.byViews.median;
  const text = `${eng.exact ? '' : '≈'}${formatPercent(median, lang, median < 0.1 ? 2 : 1)}`;
  return { known: true, text, note: t(lang, 'fromPosts', { n: eng.postsUsed }) };
}

/**
 * Median views ÷ followers, "≈" when built on rounded counts. Undefined: the creator was
 * stored before view rate existed, and gets it on the next reading.
 */
export function viewRateShown(rate: ViewRate | undefined, lang: Lang, note: string): Shown {
  if (!rate) return unknownShown('no-views', lang);
  if (!rate.known) return unknownShown(rate.reason, lang);
  return { known: true, text: `${rate.exact ? '' : '≈'}${formatPercent(rate.rate, lang, 1)}`, note };
}

/** Median views per video ("≈1.9M" when any view count was rounded), with how many videos. */
export function medianViewsShown(rate: ViewRate | undefined, lang: Lang): Shown {
  if (!rate) return unknownShown('no-views', lang);
  if (!rate.known) return unknownShown(rate.reason, lang);
  const text = `${rate.exact ? '' : '≈'}${formatNumber(rate.medianViews, lang, { notation: 'compact', maximumFractionDigits: 1 })}`;
  return { known: true, text, note: t(lang, 'medianViewsNote', { n: rate.postsUsed }) };
}

/** The band chip's hover text: the range at this size, its rows, and the set and source it comes from. */
export function bandTitle(band: Extract<BandResult, { known: true }>, lang: Lang): string {
  const b = band.benchmark;
  const params = {
    min: formatPercent(b.min, lang, 2),
    max: formatPercent(b.max, lang, 2),
    label: benchmarkLabel(b.label, lang),
  };
  return b.setName && b.source
    ? t(lang, 'band.titleSourced', { ...params, set: b.setName, source: b.source })
    : t(lang, 'band.title', params);
}

/** Signed number: "+1,204" / "−35". */
export function signed(n: number, lang: Lang): string {
  return formatNumber(n, lang, { signDisplay: 'exceptZero', maximumFractionDigits: 0 });
}

export function signedPercent(fraction: number, lang: Lang): string {
  return formatPercent(fraction, lang, 1, { signDisplay: 'exceptZero' });
}
