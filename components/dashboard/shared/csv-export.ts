/** Runs a chunked CSV export and hands the file to the browser. */
import { csvFileName, exportCsvInChunks } from '@/lib/csv';
import type { CsvDelimiter } from '@/lib/csv/cells';
import type { Lang } from '@/lib/i18n';
import type { Brief } from '@/lib/schema/brief';
import type { ShortlistItem } from '@/lib/schema/views';
import { downloadText, nextFrame } from './download';

export async function downloadCsv(
  doc: Document,
  views: ShortlistItem[],
  briefs: Brief[],
  opts: { delimiter: CsvDelimiter; lang: Lang; now: number },
  onProgress: (done: number, total: number) => void,
  cancelled: () => boolean,
): Promise<string | null> {
  const text = await exportCsvInChunks(views, briefs, opts, {
    chunkSize: 400,
    onProgress,
    pause: nextFrame,
    cancelled,
  });
  if (text === null) return null;
  const name = csvFileName(opts.now);
  downloadText(doc, text, name, 'text/csv;charset=utf-8');
  return name;
}
