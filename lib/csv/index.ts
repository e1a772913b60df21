export type { CsvDelimiter } from './cells';
export { looksLikeFormula, neutralise, quote } from './cells';
export { csvColumns, profileUrl, statusWord } from './columns';
export type { CsvOptions } from './export-csv';
export { backupFileName, csvFileName, exportCsv, exportCsvInChunks } from './export-csv';
