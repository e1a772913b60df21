/** The benchmark band of an engagement rate as a coloured chip, with the benchmark on hover. */
import { formatPercent, type Lang, t } from '@/lib/i18n';
import type { BandResult } from '@/lib/schema/metrics';

export function BandChip(props: { band: BandResult; lang: Lang }) {
  const { band, lang } = props;
  if (!band.known) return null;
  const title = t(lang, 'band.title', {
    min: formatPercent(band.benchmark.min, lang),
    max: formatPercent(band.benchmark.max, lang),
    label: band.benchmark.label,
  });
  return (
    <span class={`ml-chip ml-band-${band.band}`} title={title} data-band={band.band}>
      {t(lang, `band.${band.band}`)}
    </span>
  );
}
