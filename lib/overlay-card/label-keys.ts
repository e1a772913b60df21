/**
 * The names of CardLabels' fields at run time, for checking a stored copy
 * (lib/overlay-card/prefs.ts) without importing the string tables: content scripts
 * import this file. The type below fails to compile when CardLabels gains a
 * field this list lacks.
 */
import type { CardLabels } from './model';

/** Fields holding one string per site. */
export const PER_SITE_LABEL_KEYS = ['hide', 'hideLabel'] as const satisfies readonly (keyof CardLabels)[];

/** Fields holding one string. */
export const TEXT_LABEL_KEYS = [
  'lang',
  'region',
  'collapse',
  'collapseLabel',
  'expandLabel',
  'moreFigures',
  'fewerFigures',
  'save',
  'saved',
  'saveHint',
  'unsaveHint',
  'savedStatus',
  'followers',
  'tier',
  'engagement',
  'bestFit',
  'computing',
  'unknown',
  'exactCount',
  'roundedCount',
  'noFollowers',
  'readJustNow',
  'saveFailed',
  'notRecorded',
] as const satisfies readonly (keyof CardLabels)[];

type Listed = (typeof PER_SITE_LABEL_KEYS)[number] | (typeof TEXT_LABEL_KEYS)[number];
/** Compile-time check: every field of CardLabels is listed above. */
export const LABEL_KEYS_COMPLETE: [Exclude<keyof CardLabels, Listed>] extends [never] ? true : never = true;
