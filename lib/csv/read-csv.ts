/**
 * Reading a CSV the user imports (a client's spreadsheet of handles), with the
 * conventions Microlens writes (README.md): an optional UTF-8 BOM, `,` or `;`
 * as delimiter, RFC 4180 quoting (a quoted field may hold the delimiter, CR/LF
 * and doubled quotes), rows ending in CRLF or LF.
 *
 * Small on purpose: the runtime has no CSV library (csv-parse is a test-only
 * dependency), so tests check this reader against csv-parse on generated input.
 * Lenient where spreadsheets are sloppy (a stray quote inside an unquoted field
 * is kept as text), never silent about a quoted field left open.
 */
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
  const text = input.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  let quoteOpenedOn = 0;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteOpenedOn = line;
    } else if (ch === delimiter) endField();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (quoted)
    throw new CsvReadError(`A quoted field opened on line ${quoteOpenedOn} is never closed.`, quoteOpenedOn);
  // The last row, unless the text ended with its line break.
  if (fieldStarted || row.length > 0) endRow();
  return { delimiter, rows };
}

/**
 * A cell as it was before export: Microlens (and most careful exporters) put a
 * "'" before a cell a spreadsheet would run as a formula — "'@rina.makeup".
 * Removes exactly that one quote, by the same rule that added it (cells.ts).
 */
export function restoreNeutralised(cell: string): string {
  return cell.startsWith("'") && looksLikeFormula(cell.slice(1)) ? cell.slice(1) : cell;
}
