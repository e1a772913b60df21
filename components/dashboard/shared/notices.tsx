/**
 * Toasts: confirmations fade, errors stay until dismissed. Shown top-right in
 * a polite live region. The creator panel is a modal <dialog> in the browser's
 * top layer, where nothing outside it can show above it or be clicked, so
 * while it is open the panel renders this list inside itself instead.
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
