import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupStreamReader, type StreamItem } from './backup-stream-parse';

const ARRAYS = new Set(['creators', 'snapshots', 'posts', 'briefs', 'shortlist']);

function readAll(text: string, cut: number): StreamItem[] {
  const reader = new BackupStreamReader(ARRAYS);
  const out: StreamItem[] = [];
  for (let i = 0; i < text.length; i += cut) out.push(...reader.push(text.slice(i, i + cut)));
  reader.finish();
  return out;
}

/** What a whole-text parse says the file holds, in the reader's terms. */
function expected(doc: Record<string, unknown>): StreamItem[] {
  const out: StreamItem[] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (ARRAYS.has(key) && Array.isArray(value))
      value.forEach((v, index) => {
        out.push({ kind: 'record', section: key, index, value: v });
      });
    else out.push({ kind: 'value', key, value });
  }
  return out;
}

const DROPPED = new Set(['__proto__', 'constructor', 'prototype']);
const BASE = { format: 'microlens-backup', version: 1, exportedAt: 5 };

describe('reading a backup file a piece at a time', () => {
  it('gives every record and top-level value of the file, whatever the pieces are cut at', () => {
    const doc = {
      ...BASE,
      creators: [
        { key: 'instagram:a', bio: 'quote " backslash \\ brackets [{]} comma , colon :', n: [1, [2, {}]] },
        { key: 'tiktok:b', bio: 'emoji 😀 and \u2028 and \\u escapes \u0001', empty: '' },
      ],
      snapshots: [],
      posts: [{ key: 'p', caption: '}]},{[', likes: -1.5e-7 }, null, 3, 'x'],
      briefs: [{ id: 'b' }],
      shortlist: [{ creatorKey: 'instagram:a', tags: ['q3'] }],
      settings: { language: 'id', nested: { a: [1, 2] } },
    };
    for (const pretty of [JSON.stringify(doc), JSON.stringify(doc, null, 2)]) {
      for (const cut of [1, 2, 3, 7, 64, pretty.length]) {
        expect(readAll(pretty, cut), `cut ${cut}`).toEqual(expected(doc));
      }
    }
  });

  it('agrees with JSON.parse on arbitrary records cut at arbitrary places', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }),
        fc.jsonValue({ maxDepth: 2 }),
        fc.integer({ min: 1, max: 50 }),
        (records, settings, cut) => {
          const doc = { ...BASE, posts: records, settings };
          const text = JSON.stringify(doc);
          // JSON.stringify turns -0 into 0: compare with what the text says, prototype keys dropped
          // as the whole-file parser drops them.
          const parsed = JSON.parse(text, (key, value: unknown) => (DROPPED.has(key) ? undefined : value));
          expect(readAll(text, cut)).toEqual(expected(parsed));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('drops prototype-touching keys, as the whole-file parser does', () => {
    const text =
      '{"format":"microlens-backup","version":1,"creators":[{"__proto__":{"x":1},"key":"k","constructor":2}]}';
    const [, , record] = readAll(text, 5);
    expect(record).toEqual({ kind: 'record', section: 'creators', index: 0, value: { key: 'k' } });
  });

  it('refuses records before the envelope says it is a Microlens backup of a version it knows', () => {
    expect(() => readAll('{"creators":[{"key":"x"}],"format":"microlens-backup","version":1}', 4)).toThrow(
      /not a Microlens backup/,
    );
    expect(() => readAll('{"format":"other","version":1,"creators":[]}', 4)).toThrow(
      /not a Microlens backup/,
    );
    expect(() => readAll('{"format":"microlens-backup","version":9,"creators":[]}', 4)).toThrow(
      /newer Microlens/,
    );
  });

  it('says where a damaged or cut file goes wrong, and refuses text after the end', () => {
    expect(() => readAll('[1,2]', 3)).toThrow(/damaged/);
    expect(() =>
      readAll('{"format":"microlens-backup","version":1,"creators":[{"a":1} {"b":2}]}', 3),
    ).toThrow(/damaged \(creators\[0\] is not valid JSON/);
    expect(() => readAll('{"format":"microlens-backup","version":1,"creators":[{"a":1}', 3)).toThrow(
      /ends before/,
    );
    expect(() => readAll('{"format":"microlens-backup","version":1,"creators":[{"a":tru}]}', 3)).toThrow(
      /creators\[0\] is not valid JSON/,
    );
    expect(() => readAll('{"format":"microlens-backup","version":1} {}', 3)).toThrow(/after the end/);
  });
});
