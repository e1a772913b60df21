/**
 * Lookup in the figure strings alone (lib/i18n/strings/figures.ts). The overlay
 * and the shared figure components use it instead of t(): importing t() (or
 * the lib/i18n index) would put every common string into each site's content
 * script. The keys and texts are the same as t()'s for these keys.
 */

import { figureStrings } from '@/lib/i18n/strings/figures';
import { createT, type Lang, type Params } from './core';

export type FigureKey = keyof (typeof figureStrings)['en'];

export function ft(lang: Lang, key: FigureKey, params?: Params): string {
  return createT(lang, figureStrings)(key, params);
}

export function isFigureKey(key: string): key is FigureKey {
  return Object.hasOwn(figureStrings.en, key);
}
