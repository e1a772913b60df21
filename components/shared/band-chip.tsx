/**
 * The benchmark band as a coloured chip, with the benchmark, its set and its source on hover.
 * It renders only beside the figure the band belongs to (`figure`): on TikTok the usual sets
 * judge views-based engagement, so a chip placed beside the follower-based rate shows nothing.
 */

import type { Lang } from '@/lib/i18n/core';
import { ft as t } from '@/lib/i18n/figure-t';
import { bandTitle } from '@/lib/i18n/shown';
import { bandBeside } from '@/lib/metrics/band-of';
import type { BandResult } from '@/lib/schema/metrics';
import type { Platform } from '@/lib/schema/reading';

export function BandChip(props: {
  band: BandResult;
  platform: Platform;
  figure: 'engagement' | 'viewsEngagement';
  lang: Lang;
}) {
  const { lang } = props;
  const band = bandBeside(props.platform, props.band, props.figure);
  if (!band?.known) return null;
  return (
    <span
      class={`ml-chip ml-band-${band.band}`}
      title={bandTitle(band, lang)}
      data-band={band.band}
      data-band-of={props.figure}
    >
      {t(lang, `band.${band.band}`)}
    </span>
  );
}
