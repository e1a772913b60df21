/**
 * A tiny RFC 4180 parser, for tests only: reads back what lib/csv writes so a
 * round trip can check every value. Strips a leading BOM.
 */
export function parseCsv(text: string, delimiter: ',' | ';'): string[][] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let rowCells: string[] = [];
  let cellText = '';
  let inQuotes = false;
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cellText += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      cellText += ch;
      i++;
      continue;
    }
    if (ch === '"' && cellText === '') {
      inQuotes = true;
      i++;
    } else if (ch === delimiter) {
      rowCells.push(cellText);
      cellText = '';
      i++;
    } else if (ch === '\r' && src[i + 1] === '\n') {
      rowCells.push(cellText);
      rows.push(rowCells);
      rowCells = [];
      cellText = '';
      i += 2;
    } else if (ch === '\r' || ch === '\n') {
      throw new Error(`bare ${ch === '\r' ? 'CR' : 'LF'} outside quotes at ${i}`);
    } else {
      if (ch === '"') throw new Error(`quote inside an unquoted cell at ${i}`);
      cellText += ch;
      i++;
    }
  }
  if (inQuotes) throw new Error('unterminated quoted cell');
  if (cellText !== '' || rowCells.length > 0) throw new Error('last row lacks its CRLF');
  return rows;
}

/** Undo the formula neutralisation, to compare with the original text. */
export function unneutralise(cellText: string): string {
  return cellText.startsWith("'") ? cellText.slice(1) : cellText;
}
