/**
 * Property: mutating the real captures (dropping nodes, shuffling or junking
 * attributes, replacing text with junk that includes digits, corrupting the
 * embedded JSON) never makes the reader throw, and every profile figure it
 * returns is either consistent with the capture's true value or is exactly a
 * figure the mutation itself put on the page — never an invented number.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Count, ReadingSchema } from '@/lib/schema/reading';
import { readTiktokPage } from '@/lib/sites/read-page';
import { documentFrom, fixtureHtml } from '@/tests/support/sites/tiktok-doc';

const NOW = Date.UTC(2026, 0, 1);
const RUNS = 30;

type Truth = { followers: number; following: number; likesTotal: number; videoCount: number };
const CASES: { file: string; url: string; script: string; truth: Truth }[] = [
  {
    file: 'profile-illojuan-2025-12.html',
    url: 'https://www.tiktok.com/@illojuan',
    script: '__UNIVERSAL_DATA_FOR_REHYDRATION__',
    truth: { followers: 783_427, following: 0, likesTotal: 3_922_256, videoCount: 19 },
  },
  {
    file: 'video-2025-12.html',
    url: 'https://www.tiktok.com/@illojuan/video/7571863205253778710',
    script: '__UNIVERSAL_DATA_FOR_REHYDRATION__',
    truth: { followers: 783_427, following: 0, likesTotal: 3_922_256, videoCount: 19 },
  },
  {
    // The legacy data is rounded itself: its display values are the best truth there is.
    file: 'profile-legacy-nextdata-tiktok-2021-01.html',
    url: 'https://www.tiktok.com/@tiktok',
    script: '__NEXT_DATA__',
    truth: { followers: 50_100_000, following: 496, likesTotal: 246_000_000, videoCount: 118 },
  },
];

type Op =
  | { kind: 'drop'; pick: number; targeted: boolean }
  | {
      kind: 'attrs';
      pick: number;
      targeted: boolean;
      how: 'shuffle' | 'remove' | 'junk';
      junk: string;
      seed: number;
    }
  | { kind: 'text'; pick: number; targeted: boolean; junk: string }
  | { kind: 'json'; how: 'truncate' | 'insert' | 'replace'; at: number; len: number; junk: string };

/** Junk shown on the page: letters, digits, separators and unit words. */
const pageJunk = fc
  .array(fc.constantFrom(...'ab 0123456789.,KMB rb jt'.split('')), { maxLength: 10 })
  .map((a) => a.join(''));
/** Junk inside JSON: structure and letters but no digits (corrupts, never re-numbers). */
const jsonJunk = fc
  .array(fc.constantFrom(...'ab{}[],:"\\ x'.split('')), { maxLength: 6 })
  .map((a) => a.join(''));

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat(), targeted: fc.boolean() }),
  fc.record({
    kind: fc.constant('attrs' as const),
    pick: fc.nat(),
    targeted: fc.boolean(),
    how: fc.constantFrom('shuffle' as const, 'remove' as const, 'junk' as const),
    junk: pageJunk,
    seed: fc.nat(),
  }),
  fc.record({ kind: fc.constant('text' as const), pick: fc.nat(), targeted: fc.boolean(), junk: pageJunk }),
  fc.record({
    kind: fc.constant('json' as const),
    how: fc.constantFrom('truncate' as const, 'insert' as const, 'replace' as const),
    at: fc.nat(),
    len: fc.nat({ max: 40 }),
    junk: jsonJunk,
  }),
);

/**
 * Half the ops aim at what the reader looks at (test-id'd elements, the metas),
 * so a modest number of runs still hits the counts, not just the 0.5 MB around them.
 */
const TARGETS = '[data-e2e], meta[name="description"], meta[property]';

function textNodes(doc: Document, targeted: boolean): Text[] {
  const out: Text[] = [];
  for (const el of doc.querySelectorAll(targeted ? '[data-e2e]' : 'body *')) {
    for (const n of el.childNodes) if (n.nodeType === 3) out.push(n as Text);
  }
  return out;
}

/** Applies the ops; returns the junk strings placed where the page shows text or attributes. */
function mutate(doc: Document, ops: Op[], scriptId: string): string[] {
  const placed: string[] = [];
  for (const o of ops) {
    if (o.kind === 'json') {
      const s = doc.getElementById(scriptId);
      if (!s) continue;
      const t = s.textContent ?? '';
      const at = t.length === 0 ? 0 : o.at % t.length;
      s.textContent =
        o.how === 'truncate'
          ? t.slice(0, at)
          : o.how === 'insert'
            ? t.slice(0, at) + o.junk + t.slice(at)
            : t.slice(0, at) + o.junk + t.slice(at + o.len);
      continue;
    }
    if (o.kind === 'text') {
      const nodes = textNodes(doc, o.targeted);
      const n = nodes[o.pick % Math.max(1, nodes.length)];
      if (n) {
        n.data = o.junk;
        placed.push(o.junk);
      }
      continue;
    }
    // Scripts are left to the json op; elements elsewhere are fair game.
    const els = [...doc.querySelectorAll(o.targeted ? TARGETS : 'body *, head meta')].filter(
      (e) => e.tagName !== 'SCRIPT',
    );
    const el = els[o.pick % Math.max(1, els.length)];
    if (!el) continue;
    if (o.kind === 'drop') {
      el.remove();
      continue;
    }
    const attrs = [...el.attributes].map((a) => [a.name, a.value] as const);
    if (attrs.length === 0) continue;
    if (o.how === 'shuffle') {
      for (const [name] of attrs) el.removeAttribute(name);
      const rotated = attrs.map((_, i) => attrs[(i + o.seed) % attrs.length]!);
      for (const [name, value] of rotated) el.setAttribute(name, value);
    } else if (o.how === 'remove') {
      el.removeAttribute(attrs[o.seed % attrs.length]![0]);
    } else {
      el.setAttribute(attrs[o.seed % attrs.length]![0], o.junk);
      placed.push(o.junk);
    }
  }
  return placed;
}

/** Consistent with the truth, or the very figure a mutation placed on the page. */
function acceptable(c: Count | null, truth: number, placed: string[], scriptText: string): boolean {
  if (c === null) return true;
  if (c.min <= truth && truth <= c.max) return true;
  const raw = c.raw ?? '';
  if (raw !== '' && placed.some((j) => j.includes(raw) || raw.includes(j.trim()))) return true;
  // Corrupted JSON that still parses can only hold values that are written in it.
  return (
    c.source === 'json' && raw !== '' && (scriptText.includes(`:"${raw}"`) || scriptText.includes(`:${raw}`))
  );
}

describe('TikTok reader under mutation of the real captures', () => {
  const htmls = new Map<string, string>();
  beforeAll(() => {
    for (const c of CASES) htmls.set(c.file, fixtureHtml(c.file));
  });

  it('the check itself rejects an invented figure', () => {
    const five: Count = { value: 5, exact: true, min: 5, max: 5, source: 'dom', raw: '5' };
    expect(acceptable(five, 783_427, [], '')).toBe(false);
    expect(acceptable(five, 783_427, ['a 5'], '')).toBe(true);
    expect(acceptable({ ...five, source: 'json' }, 783_427, [], '{"followerCount":"5"}')).toBe(true);
    expect(acceptable({ ...five, value: 783_400, min: 783_350, max: 783_499 }, 783_427, [], '')).toBe(true);
  });

  for (const c of CASES) {
    it(`never throws, never invents a figure: ${c.file}`, () => {
      const pristine = documentFrom(htmls.get(c.file)!, c.url);
      fc.assert(
        fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), (ops) => {
          const doc = pristine.cloneNode(true) as Document;
          const placed = mutate(doc, ops, c.script);
          const scriptText = doc.getElementById(c.script)?.textContent ?? '';
          const r = readTiktokPage(doc, c.url, NOW);
          expect(ReadingSchema.safeParse(r).success).toBe(true);
          for (const f of ['followers', 'following', 'likesTotal', 'videoCount'] as const) {
            if (!acceptable(r[f], c.truth[f], placed, scriptText)) {
              throw new Error(`${f} = ${JSON.stringify(r[f])} after ${JSON.stringify(ops)}`);
            }
          }
        }),
        { numRuns: RUNS, seed: 20260101 },
      );
    });
  }
});
