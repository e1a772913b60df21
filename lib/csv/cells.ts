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
 * Leading characters a spreadsheet may skip or fold away before it looks for a
 * formula, so none of them can hide a trigger behind it ("\u202E=HYPERLINK(…)",
 * "  =1+1", "\u2028=…", "\0=…", "\u034F=…", "\uFE0F=…"):
 * - \p{Z}: every Unicode space and the line/paragraph separators U+2028/U+2029;
 * - \p{C}: controls (NUL, SOH, VT, FF, NEL…), format characters (bidi marks,
 *   zero-width spaces, BOM), surrogates, private-use and unassigned code points;
 * - \p{M}: combining marks (U+034F COMBINING GRAPHEME JOINER) and variation
 *   selectors (U+FE0F), which attach to nothing at the start of a cell;
 * - \p{White_Space} and \p{Default_Ignorable_Code_Point}: the rest of what
 *   Unicode says may be ignored (U+115F HANGUL CHOSEONG FILLER, U+3164…).
 * Skipping too much only costs a harmless leading quote; skipping too little is
 * an injection.
 */
const SKIPPABLE = /^[\p{Z}\p{C}\p{M}\p{White_Space}\p{Default_Ignorable_Code_Point}]$/u;

/**
 * True when a spreadsheet could read the cell as a formula: a trigger before
 * the first character it would not skip. Walked one code point at a time
 * because tab, CR and LF are both skippable whitespace and triggers.
 */
export function looksLikeFormula(text: string): boolean {
  for (const ch of text) {
    if (FORMULA_TRIGGERS.has(ch)) return true;
    if (!SKIPPABLE.test(ch)) return false;
  }
  return false;
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
  // From 1e21 toFixed switches to exponent notation, and n * factor can overflow to
  // Infinity (a stored rate of 1e308): such a number has no decimals worth writing,
  // so its integer digits are written out in full.
  if (Math.abs(n) >= 1e21) return BigInt(Math.trunc(n)).toString();
  const factor = 10 ** maxDecimals;
  let rounded = Math.round(n * factor) / factor;
  if (!Number.isFinite(rounded)) rounded = Math.round(n);
  // toFixed avoids exponent notation for tiny values; trailing zeros trimmed.
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
