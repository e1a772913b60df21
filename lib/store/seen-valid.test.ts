/**
 * SeenValid (lib/store/seen-valid.ts) must answer exactly what zod answers for
 * every record, remembered or not: same record out, same corrupt reports.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCreatorMetrics } from '@/lib/metrics/compute-metrics';
import { type Creator, CreatorSchema, ShortlistEntrySchema } from '@/lib/schema/creator';
import { exact, post, T0 } from '@/tests/support/store/helpers';
import { defaultSettings } from './default-settings';
import { FitCacheSchema } from './fit-cache';
import { SeenValid, samePlainData } from './seen-valid';
import { type CorruptRecord, readValid } from './validate';

function creator(): Creator {
  const followers = { ...exact(12_000), observedAt: T0 };
  const posts = [1, 2, 3, 4].map((n) => ({
    ...post({ id: `P${n}`, likes: exact(300 + n), comments: exact(10), takenAt: T0 - n * 86_400_000 }),
    key: `instagram:P${n}`,
    creatorKey: 'instagram:rina',
    firstSeen: T0,
    lastSeen: T0,
  }));
  return CreatorSchema.parse({
    key: 'instagram:rina',
    platform: 'instagram',
    handle: 'rina',
    displayName: 'Rina',
    verified: false,
    private: false,
    bio: 'Skincare',
    externalUrl: null,
    followers,
    following: { ...exact(300), observedAt: T0 },
    posts: null,
    likesTotal: null,
    videoCount: null,
    firstSeen: T0,
    lastSeen: T0,
    metrics: computeCreatorMetrics({
      platform: 'instagram',
      followers,
      posts,
      snapshots: [],
      scheme: defaultSettings().tierScheme,
      now: T0,
    }),
  });
}

const entry = {
  creatorKey: 'instagram:rina',
  status: 'contacted',
  notes: 'rate card asked',
  tags: ['beauty'],
  rate: { amount: 500_000, currency: 'IDR' },
  addedAt: T0,
  updatedAt: T0 + 1,
};
const fits = {
  creatorKey: 'instagram:rina',
  basis: 'abc',
  computedAt: T0,
  fits: [
    {
      briefId: 'food',
      score: 12,
      missed: [{ code: 'tier-mismatch', polarity: 'negative', hard: true, params: { tier: 'nano' } }],
    },
  ],
};

describe('samePlainData', () => {
  it('compares structure and values exactly', () => {
    expect(samePlainData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(samePlainData({ a: undefined }, {})).toBe(false); // a key holding undefined is not a missing key
    expect(samePlainData({}, { a: undefined })).toBe(false);
    expect(samePlainData(0, -0)).toBe(false);
    expect(samePlainData(Number.NaN, Number.NaN)).toBe(true);
    expect(samePlainData({ at: 1 }, { at: new Date(1) })).toBe(false);
    expect(samePlainData(new Date(1), new Date(1))).toBe(false); // not plain data: zod decides
    const holey = [1, 2, 3];
    delete holey[1];
    expect(samePlainData(holey, [1, undefined, 3])).toBe(false); // a hole is not undefined
    expect(samePlainData(holey, structuredClone(holey))).toBe(true);
    expect(samePlainData([1, 2], { 0: 1, 1: 2, length: 2 })).toBe(false);
    expect(samePlainData({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(samePlainData({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});

/** A record with one field somewhere replaced, removed or added. */
function mutated(base: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
  };
  walk(base, []);
  const leaf = fc.oneof(
    fc.anything(),
    fc.constantFrom(null, undefined, 0, -0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '', ' beauty '),
    fc.date(),
  );
  return fc
    .record({
      path: fc.constantFrom(...paths),
      how: fc.constantFrom('set', 'delete', 'add'),
      value: leaf,
      name: fc.constantFrom('extra', 'key', 'known', 'raw', 'viewRate'),
    })
    .map(({ path, how, value, name }) => {
      const copy = structuredClone(base) as Record<string | number, unknown>;
      if (path.length === 0) return how === 'set' ? value : copy;
      let parent: Record<string | number, unknown> = copy;
      for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
      const last = path.at(-1)!;
      if (how === 'set') parent[last] = value;
      else if (how === 'delete') delete parent[last];
      else {
        const target = parent[last];
        if (target && typeof target === 'object') (target as Record<string, unknown>)[name] = value;
      }
      return copy;
    });
}

describe('SeenValid answers exactly what zod answers', () => {
  const cases = [
    ['creator', CreatorSchema, creator(), 'instagram:rina'],
    ['shortlist entry', ShortlistEntrySchema, entry, 'instagram:rina'],
    ['cached fit scores', FitCacheSchema, fits, 'instagram:rina'],
  ] as const;
  for (const [what, schema, valid, key] of cases) {
    it(`${what}: remembered or not, the same record out and the same reports`, () => {
      fc.assert(
        fc.property(mutated(valid), fc.boolean(), (candidate, rememberFirst) => {
          const seen = new SeenValid(schema as never, 'store', 10);
          const viaSeen: CorruptRecord[] = [];
          const viaZod: CorruptRecord[] = [];
          if (rememberFirst)
            expect(seen.read(structuredClone(valid), key, (r) => viaSeen.push(r))).toEqual(valid);
          const expected = readValid(schema as never, structuredClone(candidate), 'store', key, (r) =>
            viaZod.push(r),
          );
          // Read twice: the second read may be answered from memory.
          for (let i = 0; i < 2; i++) {
            const got = seen.read(structuredClone(candidate), key, (r) => viaSeen.push(r));
            expect(got).toStrictEqual(expected);
          }
          expect(viaSeen).toEqual([...viaZod, ...viaZod]);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('a hit returns the record just read, never the remembered one', () => {
    const seen = new SeenValid(ShortlistEntrySchema, 'shortlist', 10);
    const first = structuredClone(entry);
    seen.read(first, entry.creatorKey, () => {});
    const again = structuredClone(entry);
    const got = seen.read(again, entry.creatorKey, () => {});
    expect(got).toBe(again);
    (got as { notes: string }).notes = 'changed by a caller';
    // The remembered record is untouched, so the original is still recognised and the changed one is not.
    expect(seen.read(structuredClone(entry), entry.creatorKey, () => {})).toEqual(entry);
  });

  it('remembers only records zod returns unchanged, and at most `limit`', () => {
    const seen = new SeenValid(ShortlistEntrySchema, 'shortlist', 2);
    // A tag with spaces is trimmed by the schema: not remembered (a copy would not be what zod returns).
    seen.read({ ...entry, tags: [' beauty '] }, 'a', () => {});
    expect(seen.size).toBe(0);
    for (const k of ['a', 'b', 'c']) seen.read({ ...entry, creatorKey: `instagram:${k}` }, k, () => {});
    expect(seen.size).toBe(2);
  });
});
