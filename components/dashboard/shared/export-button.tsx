/** "Export CSV" with a progress bar and cancel for long lists. */
import { useRef, useState } from 'preact/hooks';
import type { Brief } from '@/lib/schema/brief';
import type { Settings } from '@/lib/schema/settings';
import type { ShortlistItem } from '@/lib/schema/views';
import { downloadCsv } from './csv-export';
import { errorText, useEnv } from './env';

interface Props {
  views: () => ShortlistItem[];
  briefs: Brief[];
  settings: Settings;
  label: string;
  testId?: string;
  onDone: (message: string, isError?: boolean) => void;
  primary?: boolean;
}

export function ExportButton(props: Props) {
  const { t, lang, now } = useEnv();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const cancel = useRef(false);
  const run = async () => {
    const views = props.views();
    cancel.current = false;
    setProgress({ done: 0, total: views.length });
    try {
      const file = await downloadCsv(
        document,
        views,
        props.briefs,
        { delimiter: props.settings.csvDelimiter, lang, now: now() },
        (done, total) => setProgress({ done, total }),
        () => cancel.current,
      );
      if (file) props.onDone(t('export.done', { n: views.length, file }));
    } catch (e) {
      props.onDone(t('load.error', { message: errorText(e) }), true);
    } finally {
      setProgress(null);
    }
  };
  if (progress) {
    return (
      <span class="ml-progress-wrap" role="status">
        <progress
          value={progress.done}
          max={Math.max(1, progress.total)}
          aria-label={t('export.progress', progress)}
        />
        <span class="ml-progress-text">{t('export.progress', progress)}</span>
        <button type="button" class="ml-btn ml-btn-small" onClick={() => (cancel.current = true)}>
          {t('export.cancel')}
        </button>
      </span>
    );
  }
  return (
    <button
      type="button"
      class={`ml-btn ${props.primary ? 'ml-btn-primary' : ''}`}
      data-testid={props.testId}
      onClick={run}
    >
      {props.label}
    </button>
  );
}
