/** What an empty shortlist says: how creators get here, in two steps. */
import { useEnv } from '@/components/dashboard/shared/env';

export function EmptyShortlist() {
  const { t } = useEnv();
  return (
    <section class="ml-empty ml-empty-start" aria-labelledby="ml-empty-h">
      <div class="ml-empty-icon" aria-hidden="true">
        ◎
      </div>
      <h2 id="ml-empty-h" class="ml-h2">
        {t('list.emptyTitle')}
      </h2>
      <p>{t('list.empty')}</p>
      <p class="ml-hint">{t('list.emptyTip')}</p>
    </section>
  );
}
