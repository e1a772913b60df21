/** The popup's "Report this page" link and what came of it. */
import { useState } from 'preact/hooks';
import { createT, type Lang } from '@/lib/i18n';
import { popupStrings } from '@/lib/i18n/strings/popup';
import { reportActivePage } from './report-page';

export function ReportButton(props: {
  lang: Lang;
  askActiveTab: (message: unknown) => Promise<unknown>;
  saveFile: (name: string, text: string) => void;
}) {
  const tr = createT(props.lang, popupStrings);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function report() {
    setBusy(true);
    const out = await reportActivePage(props.askActiveTab, props.saveFile, Date.now()).catch(
      (e: unknown) => ({ ok: false, message: String(e) }) as const,
    );
    setBusy(false);
    setNote(
      out.ok
        ? { ok: true, text: tr('reportSaved', { file: out.file }) }
        : { ok: false, text: tr('reportFailed', { message: out.message }) },
    );
  }
  return (
    <div class="ml-report">
      <button
        type="button"
        class="ml-link"
        data-testid="ml-report-page"
        title={tr('reportHint')}
        disabled={busy}
        onClick={() => void report()}
      >
        {tr('reportPage')}
      </button>
      {note ? (
        <p class={note.ok ? 'ml-muted ml-small' : 'ml-error'} role={note.ok ? 'status' : 'alert'}>
          {note.text}
        </p>
      ) : null}
    </div>
  );
}
