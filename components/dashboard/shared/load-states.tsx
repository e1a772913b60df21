/**
 * What the dashboard shows before its data is in: a skeleton of the table
 * (the page does not jump when rows arrive) and, on failure, a banner that
 * says what went wrong with a way to try again.
 */
import { useEnv } from './env';

const SKELETON_ROWS = 6;

export function LoadingSkeleton() {
  const { t } = useEnv();
  return (
    <div class="ml-skeleton" role="status" aria-busy="true">
      <span class="ml-sr">{t('loading')}</span>
      <div class="ml-skel-bar ml-skel-title" aria-hidden="true" />
      <div class="ml-skel-card" aria-hidden="true">
        {Array.from({ length: SKELETON_ROWS }, (_, i) => (
          <div key={i} class="ml-skel-row">
            <span class="ml-skel-bar ml-skel-avatar" />
            <span class="ml-skel-bar" style={{ width: `${28 + ((i * 17) % 20)}%` }} />
            <span class="ml-skel-bar ml-skel-short" />
            <span class="ml-skel-bar ml-skel-short" />
          </div>
        ))}
      </div>
    </div>
  );
}

export function ErrorBanner(props: { message: string; onRetry: () => void }) {
  const { t } = useEnv();
  return (
    <div class="ml-banner ml-banner-error" role="alert">
      <span class="ml-banner-icon" aria-hidden="true">
        !
      </span>
      <p class="ml-banner-text">{props.message}</p>
      <button type="button" class="ml-btn" onClick={props.onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
