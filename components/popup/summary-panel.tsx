/** When the tab is not a known creator: the shortlist totals by status. */

import { StatusBadge } from '@/components/shared/status-badge';
import { createT, formatNumber, type Lang } from '@/lib/i18n';
import { popupStrings } from '@/lib/i18n/strings/popup';
import { SHORTLIST_STATUSES } from '@/lib/schema/plain';
import type { ShortlistSummary } from '@/lib/schema/views';

export function SummaryPanel(props: { summary: ShortlistSummary; lang: Lang; hint: string }) {
  const { summary, lang } = props;
  const tr = createT(lang, popupStrings);
  const statuses = SHORTLIST_STATUSES.filter((s) => (summary.byStatus[s] ?? 0) > 0);
  return (
    <section class="ml-summary" data-testid="ml-summary" aria-labelledby="ml-h-summary">
      <p class="ml-hint">{props.hint}</p>
      <h2 id="ml-h-summary" class="ml-h">
        {tr('shortlistTitle')}
      </h2>
      <p class="ml-total">{tr('summaryTotal', { n: summary.total })}</p>
      {statuses.length > 0 ? (
        <ul class="ml-status-list">
          {statuses.map((s) => (
            <li key={s} class="ml-status-item" data-status={s}>
              <StatusBadge status={s} lang={lang} />
              <span class="ml-status-count">{formatNumber(summary.byStatus[s] ?? 0, lang)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="ml-muted">{tr('emptyShortlist')}</p>
      )}
      <p class="ml-muted ml-small">{tr('creatorsKnown', { n: summary.creatorsKnown })}</p>
    </section>
  );
}
