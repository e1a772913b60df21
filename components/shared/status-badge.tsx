/** A shortlist status as a small translated badge. */
import { type Lang, t } from '@/lib/i18n';
import type { ShortlistStatus } from '@/lib/schema/creator';

export function StatusBadge(props: { status: ShortlistStatus; lang: Lang }) {
  return (
    <span class={`ml-badge ml-status-${props.status}`} data-status={props.status}>
      {t(props.lang, `status.${props.status}`)}
    </span>
  );
}
