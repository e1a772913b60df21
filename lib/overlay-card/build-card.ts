/**
 * The overlay card as words (OverlayCard), built in the worker from a page
 * reading and the stored CreatorView: a port of what the Preact card showed
 * (components/overlay/overlay-figures.ts and OverlayApp.tsx, shared Metric and
 * BandChip), so the content script only puts these strings into text nodes.
 *
 * The view wins when present (it merges every visit); without it the reading
 * supplies what the page itself showed, and computed figures are "pending"
 * rather than guessed.
 */

import { bestFitOf } from '@/lib/fit/best-fit';
import { createT, type Lang, type T } from '@/lib/i18n/core';
import { ft } from '@/lib/i18n/figure-t';
import { formatPercent, formatRelative } from '@/lib/i18n/format';
import {
  bandTitle,
  countShown,
  engagementShown,
  medianViewsShown,
  type Shown,
  signed,
  signedPercent,
  tierShown,
  unknownShown,
  viewRateShown,
} from '@/lib/i18n/shown';
import { translateNotice } from '@/lib/i18n/strings/notices';
import { overlayStrings } from '@/lib/i18n/strings/overlay';
import { bandBeside } from '@/lib/metrics/band-of';
import { cardTitle, pillText } from '@/lib/overlay-card/card-text';
import { cardLabels } from '@/lib/overlay-card/labels';
import type { CardFigure, OverlayCard } from '@/lib/overlay-card/model';
import type { BandResult, CreatorMetrics } from '@/lib/schema/metrics';
import type { Reading } from '@/lib/schema/reading';
import type { CreatorView } from '@/lib/schema/views';

export interface OverlayCardInput {
  reading: Reading;
  view: CreatorView | null;
  lang: Lang;
  /** Clock for "read 2 min ago". */
  now: number;
  /** Why the page could not be read or recorded, as the content script has it (English notice or message). */
  error?: string;
}

/** Metrics computed longer than this before the reading get " · figures updated …". */
const STALE_MS = 60_000;

type OverlayT = T<keyof (typeof overlayStrings)['en']>;

export function buildOverlayCard(input: OverlayCardInput): OverlayCard {
  const { reading, view, lang, now, error } = input;
  const tr: OverlayT = createT(lang, overlayStrings);
  const creator = view?.creator ?? null;
  const m: CreatorMetrics | null = creator?.metrics ?? null;
  // A figure the worker has not computed yet (no view, or a view without metrics).
  const pending = (f: (metrics: CreatorMetrics) => Shown): Shown | null => (m ? f(m) : null);

  const name = reading.displayName ?? creator?.displayName ?? null;
  const handle = reading.handle ?? creator?.handle ?? null;
  const followers = countShown(creator?.followers ?? reading.followers, lang);
  const engagement = pending((x) => engagementShown(x.engagement, lang));
  const bestFit = view ? bestFitShown(view, tr) : null;

  const tiktok = reading.platform === 'tiktok';
  // TikTok: the views-based rate is the headline and carries its band; median views (the figure
  // agencies quote) next; the follower-based rate moves to the details, with a band only if the
  // chosen set judges it. Instagram: the follower-based rate with its band.
  const viewsEngagement = tiktok
    ? figure(lang, tr, {
        id: 'ml-views-engagement',
        label: tr('viewsEngagement'),
        shown: pending((x) => engagementShown(x.views, lang)),
        wide: true,
        band: bandBeside('tiktok', m?.band, 'viewsEngagement'),
      })
    : null;
  const followerEngagement = figure(lang, tr, {
    id: 'ml-engagement',
    label: tiktok ? ft(lang, 'engagementByFollowers') : ft(lang, 'engagement'),
    shown: engagement,
    wide: !tiktok,
    band: bandBeside(reading.platform, m?.band, 'engagement'),
  });
  const figures: CardFigure[] = [
    figure(lang, tr, { id: 'ml-followers', label: ft(lang, 'followers'), shown: followers }),
    figure(lang, tr, {
      id: 'ml-tier',
      label: ft(lang, 'tier'),
      shown: pending((x) => tierShown(x.tier, lang)),
    }),
    ...(viewsEngagement
      ? [
          viewsEngagement,
          figure(lang, tr, {
            id: 'ml-median-views',
            label: ft(lang, 'medianViews'),
            shown: pending((x) => medianViewsShown(x.viewRate, lang)),
          }),
          figure(lang, tr, {
            id: 'ml-view-rate',
            label: tr('viewRate'),
            shown: pending((x) => viewRateShown(x.viewRate, lang, tr('viewRateNote'))),
          }),
        ]
      : [followerEngagement]),
    figure(lang, tr, {
      id: 'ml-best-fit',
      label: tr('bestFit'),
      shown: bestFit,
      wide: true,
      quiet: bestFit?.quiet ?? false,
    }),
  ];

  const details: CardFigure[] = tiktok ? [followerEngagement] : [];
  details.push(
    figure(lang, tr, {
      id: 'ml-growth',
      label: tr('growth'),
      shown: pending((x) => growthShown(x, lang, tr)),
    }),
    figure(lang, tr, {
      id: 'ml-sponsored',
      label: tr('sponsored'),
      shown: pending(
        (x): Shown =>
          x.sponsoredShare === null
            ? { known: false, reason: tr('reason.no-posts') }
            : { known: true, text: formatPercent(x.sponsoredShare, lang, 0), note: tr('sponsoredTitle') },
      ),
      sub: tr('sponsoredNote'),
    }),
  );

  const computedAt = m?.computedAt ?? null;
  const stale = computedAt !== null && reading.readAt - computedAt > STALE_MS;
  const freshness =
    tr('readAt', { when: formatRelative(reading.readAt, now, lang) }) +
    (stale ? ` · ${tr('updatedAt', { when: formatRelative(computedAt, now, lang) })}` : '');

  // The pill repeats the headline rate: views-based on TikTok.
  const headline = tiktok ? pending((x) => engagementShown(x.views, lang)) : engagement;
  const pillParts = [followers.known ? followers.text : null, headline?.known ? headline.text : null];

  return {
    platform: reading.platform,
    lang,
    ...cardTitle(reading.platform, name, handle),
    error: error ? tr('readError', { message: translateNotice(error, lang) }) : null,
    notice: noticeOf(reading.notices, error, lang, tr),
    figures,
    details,
    freshness,
    key: creator?.key ?? null,
    saved: view?.entry != null,
    pill: pillText(pillParts, handle),
    labels: cardLabels(lang),
  };
}

/**
 * One figure as the card's Metric showed it: the line under a known value is
 * `sub` when given, else its note; unknown and pending figures have none.
 */
function figure(
  lang: Lang,
  tr: OverlayT,
  f: {
    id: string;
    label: string;
    shown: Shown | null;
    wide?: boolean;
    quiet?: boolean;
    sub?: string;
    band?: BandResult | null;
  },
): CardFigure {
  const base = { id: f.id, label: f.label, wide: f.wide ?? false };
  if (!f.shown) {
    return { ...base, state: 'pending', text: tr('computing'), note: '', sub: '', quiet: false, chip: null };
  }
  const chip = f.band ? bandChip(f.band, lang) : null;
  const quiet = f.quiet ?? false;
  if (!f.shown.known) {
    return {
      ...base,
      state: 'unknown',
      text: ft(lang, 'unknown'),
      note: f.shown.reason,
      sub: '',
      quiet,
      chip,
    };
  }
  const { text, note } = f.shown;
  return { ...base, state: 'known', text, note, sub: f.sub ?? note, quiet, chip };
}

/** The benchmark band of the engagement rate, with the benchmark on hover; none while unknown. */
function bandChip(band: BandResult, lang: Lang): CardFigure['chip'] {
  if (!band.known) return null;
  return {
    band: band.band,
    text: ft(lang, `band.${band.band}`),
    title: bandTitle(band, lang),
  };
}

function growthShown(x: CreatorMetrics, lang: Lang, tr: OverlayT): Shown {
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
}

/**
 * Best score with the brief's name; quiet "no briefs yet" when there is no brief to score
 * against, and quiet "no brief fits yet" when every brief scores 0 or misses a must-have.
 */
function bestFitShown(view: CreatorView, tr: OverlayT): Shown & { quiet?: boolean } {
  if (view.fits.length === 0)
    return { known: true, text: tr('noBriefs'), note: tr('noBriefsReason'), quiet: true };
  const best = bestFitOf(view.fits);
  if (!best) return { known: true, text: tr('noFit'), note: tr('noFitReason'), quiet: true };
  return { known: true, text: String(Math.round(best.score)), note: best.briefName };
}

/**
 * The reader's notes in the card's language, less the one the error already
 * says: the first as a line, "n more notes" for the rest, every one on hover.
 */
function noticeOf(
  notices: readonly string[],
  error: string | undefined,
  lang: Lang,
  tr: OverlayT,
): OverlayCard['notice'] {
  const notes = notices.filter((n) => n !== error).map((n) => translateNotice(n, lang));
  const [first, ...rest] = notes;
  if (first === undefined) return null;
  return {
    first,
    all: notes.join('\n'),
    more: rest.length > 0 ? tr('moreNotices', { n: rest.length }) : null,
  };
}
