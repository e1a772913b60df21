/**
 * Toasts: confirmations fade, errors stay until dismissed, in a polite live
 * region. The list sits in the page's flow right under the top bar (and under
 * the creator panel's header while the panel is open: a modal <dialog> in the
 * top layer, where nothing outside it can show), so a toast pushes content
 * down instead of covering a header or a button.
 */
import { useEnv } from './env';

export interface Notice {
  id: number;
  text: string;
  error: boolean;
}

export function NoticeList(props: { notices: readonly Notice[]; onDismiss: (id: number) => void }) {
  const { t } = useEnv();
  return (
    <div class="ml-notices" aria-live="polite">
      {props.notices.map((n) => (
        <div
          key={n.id}
          class={`ml-notice${n.error ? ' ml-notice-error' : ''}`}
          role={n.error ? 'alert' : 'status'}
        >
          <span>{n.text}</span>
          <button
            type="button"
            class="ml-notice-close"
            aria-label={t('close')}
            onClick={() => props.onDismiss(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
