/**
 * The CSV reader on generated files in the conventions Microlens writes: any
 * text in the cells (delimiters, quotes, CR/LF, emoji, formula-looking text),
 * both delimiters, with the BOM — every cell the writer quoted reads back as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, type CsvDelimiter, quote } from './cells';
import { CsvReadError, detectDelimiter, readCsv } from './read-csv';

const cellText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '@rina.makeup',
    'https://www.instagram.com/a/?x=1,2',
    'a;b',
    'say "hi"',
    'line\r\nbreak',
    '😀 kopi',
    '=SUM(A1)',
    '',
  ),
);

describe('readCsv', () => {
  it('reads back every cell the writer quoted, cell for cell', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<CsvDelimiter>(',', ';'),
        fc.array(fc.array(cellText, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\r\n', '\n'),
        (delimiter, rows, eol) => {
          const width = rows[0]!.length;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          // Always quoting the first cell keeps a row of one empty cell from reading as an empty line.
          const text =
            BOM +
            table
              .map((r) =>
                r
                  .map((c, i) => (i === 0 ? `"${c.replaceAll('"', '""')}"` : quote(c, delimiter)))
                  .join(delimiter),
              )
              .join(eol) +
            eol;
          expect(readCsv(text, delimiter).rows).toEqual(table);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('detects the delimiter from the header line, ignoring quoted text', () => {
    expect(detectDelimiter('handle;catatan\r\n@a;"x, y, z"')).toBe(';');
    expect(detectDelimiter('"a;b;c",handle\n')).toBe(',');
    expect(readCsv(`${BOM}handle;akun\r\n@a;b\r\n`)).toEqual({
      delimiter: ';',
      rows: [
        ['handle', 'akun'],
        ['@a', 'b'],
      ],
    });
  });

  it('a last line without a line break is still read', () => {
    expect(readCsv('a,b\n1,2').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('a quoted field left open is an error that names its line, never a silent cut', () => {
    expect(() => readCsv('handle\n@a\n"@b,\n@c\n')).toThrow(CsvReadError);
  });

  it('keeps a stray quote inside an unquoted field as text', () => {
    expect(readCsv('handle,note\n@a,say 5" screen\n').rows[1]).toEqual(['@a', 'say 5" screen']);
  });
});
