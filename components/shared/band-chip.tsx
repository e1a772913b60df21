/** The benchmark band of an engagement rate as a coloured chip, with the benchmark on hover. */
import { benchmarkLabel } from '@/lib/i18n/band-label';
import type { Lang } from '@/lib/i18n/core';
import { ft as t } from '@/lib/i18n/figure-t';
import { formatPercent } from '@/lib/i18n/format';
import type { BandResult } from '@/lib/schema/metrics';

export function BandChip(props: { band: BandResult; lang: Lang }) {
  const { band, lang } = props;
  if (!band.known) return null;
  const title = t(lang, 'band.title', {
    min: formatPercent(band.benchmark.min, lang),
    max: formatPercent(band.benchmark.max, lang),
    label: benchmarkLabel(band.benchmark.label, lang),
  });
  return (
    <span class={`ml-chip ml-band-${band.band}`} title={title} data-band={band.band}>
      {t(lang, `band.${band.band}`)}
    </span>
  );
}
