/**
 * Under the table: totals of the filtered view (creators, median engagement, rates
 * summed per currency), and which columns gave way to fit the window.
 */
import { useEnv } from '@/components/dashboard/shared/env';
import { formatMoney } from '@/lib/cost/money';
import { formatPercent } from '@/lib/i18n/format';
import { totalsOf } from './table-fit';
import type { ShortlistRow } from './table-model';

export function TotalsRow(props: { rows: readonly ShortlistRow[]; hiddenColumns: readonly string[] }) {
  const { t, lang } = useEnv();
  const totals = totalsOf(props.rows);
  const median = totals.medianEngagement;
  return (
    <div class="ml-totals" data-testid="ml-totals" role="status" aria-live="off">
      <span class="ml-totals-title">{t('totals.title')}</span>
      <span>{t('totals.creators', { n: totals.creators })}</span>
      <span>
        {median === null
          ? t('totals.noEngagement')
          : t('totals.median', {
              rate: formatPercent(median, lang, median < 0.1 ? 2 : 1),
              n: totals.withEngagement,
            })}
      </span>
      <span>
        {totals.rates.length === 0
          ? t('totals.noRates')
          : t('totals.rates', {
              sum: totals.rates.map((r) => formatMoney(r.amount, r.currency, lang)).join(' + '),
              n: totals.creators - totals.withoutRate,
            })}
      </span>
      {props.hiddenColumns.length > 0 ? (
        <span class="ml-totals-hidden" title={props.hiddenColumns.join(', ')}>
          {t('totals.hiddenColumns', {
            n: props.hiddenColumns.length,
            names: props.hiddenColumns.join(', '),
          })}
        </span>
      ) : null}
    </div>
  );
}
