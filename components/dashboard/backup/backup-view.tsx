/**
 * The Backup tab: CSV export of the whole shortlist, JSON backup download, and
 * restore from a file with the worker's import report.
 */
import { useRef, useState } from 'preact/hooks';
import { downloadBlob } from '@/components/dashboard/shared/download';
import { errorText, useEnv } from '@/components/dashboard/shared/env';
import { ExportButton } from '@/components/dashboard/shared/export-button';
import { backupFileName } from '@/lib/csv';
import type { DashboardKey } from '@/lib/i18n/strings/dashboard';
import { BACKUP_CHUNK_CHARS } from '@/lib/protocol/messages';
import type { Brief } from '@/lib/schema/brief';
import type { Settings } from '@/lib/schema/settings';
import type { ImportReport, ShortlistItem } from '@/lib/schema/views';
import { fetchBackupExport, sendBackupForImport } from './backup-transfer';

/** A file this small is read whole and sent as one message (each character is at least one byte). */
const BACKUP_ONE_MESSAGE_BYTES = BACKUP_CHUNK_CHARS;

interface Props {
  views: ShortlistItem[];
  briefs: Brief[];
  settings: Settings;
  notify: (message: string, isError?: boolean) => void;
  onRestored: () => void;
}

type RestoreState =
  | { step: 'idle' }
  | { step: 'reading'; file: string }
  /** `part` of `parts` (characters of the file) read, checked and saved: a big file travels in pieces. */
  | { step: 'importing'; file: string; part: number; parts: number }
  | { step: 'done'; file: string; report: ImportReport }
  | { step: 'failed'; message: string };

export function BackupView({ views, briefs, settings, notify, onRestored }: Props) {
  const { t, send, now } = useEnv();
  const [exporting, setExporting] = useState(false);
  const [restore, setRestore] = useState<RestoreState>({ step: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);

  const exportBackup = async () => {
    setExporting(true);
    try {
      const blob = await fetchBackupExport(send);
      const file = backupFileName(now());
      downloadBlob(document, blob, file);
      notify(t('backup.exported', { file }));
    } catch (e) {
      notify(t('load.error', { message: errorText(e) }), true);
    } finally {
      setExporting(false);
    }
  };

  const importFile = async (file: File) => {
    // No size limit: the file is read, checked and written a piece at a time (backup-transfer.ts).
    setRestore({ step: 'reading', file: file.name });
    try {
      setRestore({ step: 'importing', file: file.name, part: 0, parts: 1 });
      // A small file is read whole and sent in one message; a big one is sliced.
      const source = file.size <= BACKUP_ONE_MESSAGE_BYTES ? await file.text() : file;
      const report = await sendBackupForImport(send, source, (part, parts) =>
        setRestore({ step: 'importing', file: file.name, part, parts }),
      );
      setRestore({ step: 'done', file: file.name, report });
      onRestored();
    } catch (e) {
      setRestore({ step: 'failed', message: errorText(e) });
    }
  };

  const busy = restore.step === 'reading' || restore.step === 'importing';

  return (
    <section class="ml-section" aria-labelledby="ml-backup-h">
      <h1 id="ml-backup-h" class="ml-h1">
        {t('backup.title')}
      </h1>
      <div class="ml-settings-grid">
        <div class="ml-card ml-card-pad">
          <h2 class="ml-h2">{t('backup.csvTitle')}</h2>
          <p class="ml-hint">{t('backup.csvIntro', { delimiter: settings.csvDelimiter })}</p>
          <ExportButton
            views={() => views}
            briefs={briefs}
            settings={settings}
            label={`${t('export.csv')} (${views.length})`}
            onDone={notify}
            primary
          />
        </div>
        <div class="ml-card ml-card-pad">
          <h2 class="ml-h2">{t('backup.export')}</h2>
          <p class="ml-hint">{t('backup.intro')}</p>
          <button type="button" class="ml-btn ml-btn-primary" disabled={exporting} onClick={exportBackup}>
            {exporting ? t('backup.exporting') : t('backup.export')}
          </button>
        </div>
        <div class="ml-card ml-card-pad ml-span-2">
          <h2 class="ml-h2" id="ml-restore-h">
            {t('backup.restore')}
          </h2>
          <p id="ml-restore-hint" class="ml-hint">
            {t('backup.restoreHint')}
          </p>
          {/* The browser's own file control reads "Choose File / No file chosen" in the browser's
              language, not the dashboard's: it stays hidden and a button in the UI language opens it. */}
          <input
            ref={fileInput}
            id="ml-restore-file"
            class="ml-file-input"
            type="file"
            accept="application/json,.json"
            disabled={busy}
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) void importFile(file);
              // Allow choosing the same file again.
              input.value = '';
            }}
          />
          <div class="ml-file-pick">
            <button
              type="button"
              class="ml-btn"
              disabled={busy}
              aria-describedby="ml-restore-hint ml-restore-chosen"
              onClick={() => fileInput.current?.click()}
            >
              {t('backup.chooseFile')}
            </button>
            <span id="ml-restore-chosen" class="ml-file-name">
              {'file' in restore ? <bdi>{restore.file}</bdi> : t('backup.noFile')}
            </span>
          </div>
          {busy ? (
            <div class="ml-progress-wrap" role="status">
              {restore.step === 'importing' && restore.parts > 1 ? (
                <>
                  <progress value={restore.part} max={restore.parts} aria-label={t('backup.importing')} />
                  <span>
                    {t('backup.sending', { pct: Math.floor((100 * restore.part) / restore.parts) })}
                  </span>
                </>
              ) : (
                <>
                  <progress
                    aria-label={restore.step === 'reading' ? t('backup.reading') : t('backup.importing')}
                  />
                  <span>{restore.step === 'reading' ? t('backup.reading') : t('backup.importing')}</span>
                </>
              )}
            </div>
          ) : null}
          {restore.step === 'failed' ? (
            <p class="ml-error" role="alert">
              {t('backup.failed', { message: restore.message })}
            </p>
          ) : null}
          {restore.step === 'done' ? <ImportReportView report={restore.report} file={restore.file} /> : null}
        </div>
      </div>
    </section>
  );
}

const KINDS = new Set(['creators', 'snapshots', 'posts', 'shortlist', 'briefs', 'settings']);

export function ImportReportView({ report, file }: { report: ImportReport; file: string }) {
  const { t } = useEnv();
  // Known store kinds in the user's words; anything new shows as the worker named it.
  const kindLabel = (k: string) => (KINDS.has(k) ? t(`kind.${k}` as DashboardKey) : k);
  const kinds = [
    ...new Set([
      ...Object.keys(report.added),
      ...Object.keys(report.updated),
      ...Object.keys(report.unchanged),
    ]),
  ];
  return (
    <section class="ml-report" aria-labelledby="ml-report-h" role="status">
      <h3 id="ml-report-h" class="ml-report-title">
        {t('backup.report')} — <bdi>{file}</bdi>
      </h3>
      <table class="ml-report-table">
        <thead>
          <tr>
            <th scope="col">{t('backup.kind')}</th>
            <th scope="col">{t('backup.added')}</th>
            <th scope="col">{t('backup.updated')}</th>
            <th scope="col">{t('backup.unchanged')}</th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((k) => (
            <tr key={k}>
              <th scope="row">{kindLabel(k)}</th>
              <td>{report.added[k] ?? 0}</td>
              <td>{report.updated[k] ?? 0}</td>
              <td>{report.unchanged[k] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.incomplete ? (
        <p class="ml-error" role="alert">
          {t('backup.incomplete', {
            reason: report.incomplete.reason,
            n: Object.values(report.incomplete.notWritten).reduce((a, b) => a + b, 0),
          })}
        </p>
      ) : null}
      {report.rejected.length > 0 ? (
        <details open={report.rejected.length <= 20}>
          <summary class="ml-rejected">{t('backup.rejected', { n: report.rejected.length })}</summary>
          <table class="ml-report-table">
            <thead>
              <tr>
                <th scope="col">{t('backup.where')}</th>
                <th scope="col">{t('backup.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.slice(0, 500).map((r, i) => (
                <tr key={i}>
                  <td>
                    <code>{r.where}</code>
                  </td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}
