/**
 * Reading a CSV the user imports (a client's spreadsheet of handles), with the
 * conventions Microlens writes (README.md): an optional UTF-8 BOM, `,` or `;`
 * as delimiter, RFC 4180 quoting (a quoted field may hold the delimiter, CR/LF
 * and doubled quotes), rows ending in CRLF or LF.
 *
 * Parsed by csv-parse (its browser build, which carries its own Buffer), so the
 * file format is a maintained library's job. Lenient where spreadsheets are
 * sloppy (a stray quote inside an unquoted field is kept as text), never silent
 * about a quoted field left open.
 */
import { CsvError, parse } from 'csv-parse/browser/esm/sync';
import { type CsvDelimiter, looksLikeFormula } from './cells';

export interface CsvTable {
  delimiter: CsvDelimiter;
  rows: string[][];
}

export class CsvReadError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvReadError';
  }
}

/** `;` when the first line has more semicolons than commas outside quotes (Indonesian Excel), else `,`. */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

export function readCsv(
  input: string,
  delimiter: CsvDelimiter = detectDelimiter(input.replace(/^\uFEFF/, '')),
): CsvTable {
  try {
    const rows = parse(input, {
      bom: true,
      delimiter,
      // Spreadsheets are sloppy: rows of different widths and a stray quote inside an unquoted
      // field are kept as text; a quoted field left open is still an error.
      relax_column_count: true,
      relax_quotes: true,
    }) as string[][];
    return { delimiter, rows };
  } catch (error) {
    const line = error instanceof CsvError ? ((error as { lines?: number }).lines ?? 1) : 1;
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED')
      throw new CsvReadError(`A quoted field opened on line ${line} is never closed.`, line);
    const reason = error instanceof Error ? error.message : String(error);
    throw new CsvReadError(`This CSV cannot be read near line ${line}: ${reason}`, line);
  }
}

/**
 * A cell as it was before export: Microlens (and most careful exporters) put a
 * "'" before a cell a spreadsheet would run as a formula — "'@rina.makeup".
 * Removes exactly that one quote, by the same rule that added it (cells.ts).
 */
export function restoreNeutralised(cell: string): string {
  return cell.startsWith("'") && looksLikeFormula(cell.slice(1)) ? cell.slice(1) : cell;
}
