/**
 * The card's fixed words in one language (CardLabels), from the same string
 * tables the card used before: the worker sends them with every card and
 * mirrors both languages into storage (lib/overlay-card/prefs.ts), so the content
 * script paints its first frame without carrying the tables itself.
 */
import type { Lang } from '@/lib/i18n/core';
import { createT } from '@/lib/i18n/core';
import { ft } from '@/lib/i18n/figure-t';
import { formatRelative } from '@/lib/i18n/format';
import { overlayStrings } from '@/lib/i18n/strings/overlay';
import type { Platform } from '@/lib/schema/reading';
import { SITE_NAMES } from './card-text';
import type { CardLabels } from './model';

export function cardLabels(lang: Lang): CardLabels {
  const tr = createT(lang, overlayStrings);
  const perSite = (key: 'hide' | 'hideLabel'): Record<Platform, string> => ({
    instagram: tr(key, { site: SITE_NAMES.instagram }),
    tiktok: tr(key, { site: SITE_NAMES.tiktok }),
  });
  return {
    lang,
    region: tr('region'),
    collapse: tr('collapse'),
    collapseLabel: tr('collapseLabel'),
    expandLabel: tr('expandLabel'),
    hide: perSite('hide'),
    hideLabel: perSite('hideLabel'),
    moreFigures: tr('moreFigures'),
    fewerFigures: tr('fewerFigures'),
    save: ft(lang, 'save'),
    saved: ft(lang, 'saved'),
    saveHint: ft(lang, 'saveHint'),
    unsaveHint: ft(lang, 'unsaveHint'),
    savedStatus: ft(lang, 'status.saved'),
    followers: ft(lang, 'followers'),
    tier: ft(lang, 'tier'),
    engagement: ft(lang, 'engagement'),
    bestFit: tr('bestFit'),
    computing: tr('computing'),
    unknown: ft(lang, 'unknown'),
    exactCount: ft(lang, 'count.exact'),
    // No parameters: {min} and {max} stay for the content script, which formats the page's range.
    roundedCount: ft(lang, 'count.rounded'),
    noFollowers: ft(lang, 'reason.no-followers'),
    // A time no older than the clock reads "just now" in either language.
    readJustNow: tr('readAt', { when: formatRelative(0, 0, lang) }),
    // {message} stays: the content script fills in why its save failed.
    saveFailed: tr('saveFailed'),
    notRecorded: tr('notRecorded'),
  };
}
