/**
 * Writing one CSV cell safely: RFC 4180 quoting, locale-aware decimals, and
 * neutralising text a spreadsheet would run as a formula. Pure: no DOM.
 */

export type CsvDelimiter = ',' | ';';

/**
 * Characters that make Excel, LibreOffice or Google Sheets treat a cell as a
 * formula (or a DDE command). Full-width forms are included because some
 * spreadsheet locales fold them into their ASCII twins.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠']);

/**
 * Invisible leading characters (bidi marks and overrides, zero-width spaces,
 * BOMs, ordinary spaces) are skipped before looking for a trigger, so
 * "\u202E=HYPERLINK(…)" or "  =1+1" cannot hide a formula behind them.
 */
const INVISIBLE_LEAD = /^[\p{Cf}\p{Zs}]+/u;

/** True when a spreadsheet could read the cell as a formula. */
export function looksLikeFormula(text: string): boolean {
  if (text.length === 0) return false;
  if (FORMULA_TRIGGERS.has(text[0] as string)) return true;
  const rest = text.replace(INVISIBLE_LEAD, '');
  return rest.length > 0 && rest.length < text.length && FORMULA_TRIGGERS.has(rest[0] as string);
}

/**
 * Prefix a single quote so the cell is shown as text. Applied to EVERY cell,
 * numbers included: the columns Microlens writes are never negative, so a
 * number never needs it, and a uniform rule cannot be forgotten for one column.
 */
export function neutralise(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** RFC 4180: quote when the cell holds the delimiter, a quote, CR or LF; double inner quotes. */
export function quote(text: string, delimiter: CsvDelimiter): string {
  if (text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r')) {
    return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

/** A cell value as Microlens produces it, before it is written. */
export type CellValue = string | number | boolean | null;

/**
 * Numbers are written plainly (no thousands separators, no exponent). With the
 * ';' delimiter the decimal separator is ',' — that is what Excel expects in an
 * Indonesian (or most European) locale, where ';' is the list separator.
 */
export function formatNumber(n: number, delimiter: CsvDelimiter, maxDecimals: number): string {
  if (!Number.isFinite(n)) return '';
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(n * factor) / factor;
  // toFixed avoids exponent notation for tiny/huge values; trailing zeros trimmed.
  let text = rounded.toFixed(maxDecimals);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  if (text === '-0') text = '0';
  return delimiter === ';' ? text.replace('.', ',') : text;
}

/** One finished cell: formatted, neutralised, quoted. */
export function cell(value: CellValue, delimiter: CsvDelimiter, maxDecimals = 4): string {
  let text: string;
  if (value === null) text = '';
  else if (typeof value === 'number') text = formatNumber(value, delimiter, maxDecimals);
  else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else text = value;
  return quote(neutralise(text), delimiter);
}

/** Rows end with CRLF, as RFC 4180 asks and Excel expects. */
export const CRLF = '\r\n';

/** Excel only reads a CSV as UTF-8 (Indonesian names, emoji) when it starts with a BOM. */
export const BOM = '\uFEFF';

export function row(values: CellValue[], delimiter: CsvDelimiter, decimals?: number[]): string {
  return values.map((v, i) => cell(v, delimiter, decimals?.[i] ?? 4)).join(delimiter) + CRLF;
}
