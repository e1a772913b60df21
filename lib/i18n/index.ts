/** Public i18n API: import from 'lib/i18n' (or '@/lib/i18n'). */

import { commonStrings } from '@/lib/i18n/strings/common';
import { createT, type Lang, type Params } from './core';

export * from './core';
export * from './format';

export type CommonKey = keyof (typeof commonStrings)['en'];

/** Looks up a shared string (statuses, tiers, bands, unknown reasons, platforms). */
export function t(lang: Lang, key: CommonKey, params?: Params): string {
  return createT(lang, commonStrings)(key, params);
}
