/**
 * What the overlay card on a profile shows, as words ready to render: built by
 * the worker (build-card.ts), which holds the figures, the rules that word them
 * and both languages, so each site's content script carries only a small
 * renderer (components/overlay) and the page's own first figures.
 *
 * Plain data, structured-clone safe, no zod: content scripts import these types.
 * Every string is text to put in a text node or attribute, never markup.
 */
import type { Lang } from '@/lib/i18n/core';
import type { Platform } from '@/lib/schema/reading';

/** One labelled figure of the card. */
export type CardFigure = {
  /** data-testid of the figure (ml-followers, ml-tier, ml-engagement, ml-best-fit, ml-views-engagement…). */
  id: string;
  label: string;
  /**
   * known: `text` is the value, `note` its hover/screen-reader explanation ('' for none).
   * unknown: `text` is the word "unknown", `note` says why (the value takes focus so keyboards reach it).
   * pending: the worker is still computing it; `text` is "computing…", no note.
   */
  state: 'known' | 'unknown' | 'pending';
  text: string;
  note: string;
  /** Small line under the value ("from 12 posts"); '' for none. */
  sub: string;
  /** Spans both columns of the card's grid. */
  wide: boolean;
  /** A placeholder rather than a figure ("no briefs yet"): small and muted. */
  quiet: boolean;
  /** The benchmark band chip after the value (engagement), or null. */
  chip: { band: 'low' | 'typical' | 'high' | 'unusually-high'; text: string; title: string } | null;
};

/** The card's fixed words in one language: the first paint needs them before the worker answers. */
export type CardLabels = {
  lang: Lang;
  region: string;
  collapse: string;
  collapseLabel: string;
  expandLabel: string;
  /** "Hide on Instagram" per site, and the longer label for screen readers. */
  hide: Record<Platform, string>;
  hideLabel: Record<Platform, string>;
  moreFigures: string;
  fewerFigures: string;
  save: string;
  saved: string;
  saveHint: string;
  unsaveHint: string;
  /** "(saved)" for the pill's label when the creator is on the shortlist. */
  savedStatus: string;
  /** Labels of the key figures, for the first paint from the page's own reading. */
  followers: string;
  tier: string;
  engagement: string;
  bestFit: string;
  computing: string;
  unknown: string;
  /** Hover notes of a follower count read on the page. */
  exactCount: string;
  /** With {min} and {max} for the range a rounded count stands for. */
  roundedCount: string;
  /** Unknown followers: the page shows no count. */
  noFollowers: string;
  /** "read just now". */
  readJustNow: string;
  /** "Could not save: {message}". */
  saveFailed: string;
  notRecorded: string;
};

export type OverlayCard = {
  platform: Platform;
  lang: Lang;
  /** The display name, or @handle, or the site's name: the card's title (full text on hover). */
  who: string;
  /** "@handle" under the name, or null when the title already is the handle. */
  handle: string | null;
  /** A read or record error, in words, shown as an alert; null for none. */
  error: string | null;
  /** The reader's notes: the first as a quiet line, every note on hover; null for none. */
  notice: { first: string; all: string; more: string | null } | null;
  /** Followers, tier, engagement (with band chip), best fit. */
  figures: CardFigure[];
  /** Behind "More figures": TikTok views figures, growth, sponsored share. */
  details: CardFigure[];
  /** "read 2 min ago", plus " · figures updated …" when the figures are older than the reading. */
  freshness: string;
  /** The creator key to save, or null when there is nothing to save yet. */
  key: string | null;
  saved: boolean;
  /** The collapsed pill's text: followers · engagement, or @handle. */
  pill: string;
  labels: CardLabels;
};
