/**
 * The card from the page's own reading, painted before the worker has
 * recorded it: the follower figure as the page shows it (exact, or ≈ with the
 * range the site's rounding stands for), and "computing…" for every figure the
 * worker derives. Words come from the labels the worker left in storage
 * (lib/overlay-card/prefs.ts); the worker's own card replaces this one within a few
 * milliseconds of the record.
 */
import { formatCount } from '@/lib/counts/format-count';
import { cardTitle, pillText } from '@/lib/overlay-card/card-text';
import type { CardFigure, CardLabels, OverlayCard } from '@/lib/overlay-card/model';
import { creatorKey } from '@/lib/schema/plain';
import type { Reading } from '@/lib/schema/reading';

const figure = (id: string, label: string, over: Partial<CardFigure>): CardFigure => ({
  id,
  label,
  state: 'pending',
  text: '',
  note: '',
  sub: '',
  wide: false,
  quiet: false,
  chip: null,
  ...over,
});

export function provisionalCard(
  reading: Reading,
  labels: CardLabels,
  opts: {
    /** The creator is being recorded, so Save may be pressed (it waits for the record). */
    recording: boolean;
    /** What went wrong, as given (the worker that would word it did not answer). */
    error?: string;
  },
): OverlayCard {
  const { lang } = labels;
  const count = reading.followers;
  const followers: CardFigure = count
    ? figure('ml-followers', labels.followers, {
        state: 'known',
        text: count.exact
          ? formatCount(count.value, lang, 'full')
          : `≈${formatCount(count.value, lang, 'compact')}`,
        note: count.exact
          ? labels.exactCount
          : labels.roundedCount
              .replace('{min}', formatCount(count.min, lang, 'full'))
              .replace('{max}', formatCount(count.max, lang, 'full')),
      })
    : figure('ml-followers', labels.followers, {
        state: 'unknown',
        text: labels.unknown,
        note: labels.noFollowers,
      });
  // Metric's rule: a known figure's note is also its line under the value.
  followers.sub = followers.state === 'known' ? followers.note : '';
  const pending = (id: string, label: string, wide = false) =>
    figure(id, label, { text: labels.computing, wide });
  const handle = reading.handle;
  return {
    platform: reading.platform,
    lang,
    ...cardTitle(reading.platform, reading.displayName, handle),
    error: opts.error ?? null,
    notice: null,
    figures: [
      followers,
      pending('ml-tier', labels.tier),
      pending('ml-engagement', labels.engagement, true),
      pending('ml-best-fit', labels.bestFit, true),
    ],
    details: [],
    freshness: labels.readJustNow,
    key: opts.recording && handle ? creatorKey(reading.platform, handle) : null,
    saved: false,
    pill: pillText([followers.state === 'known' ? followers.text : null], handle),
    labels,
  };
}
