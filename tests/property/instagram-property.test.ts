/**
 * Property: whatever happens to a real page (nodes dropped, attribute values
 * shuffled, text replaced with junk that includes digits), the Instagram reader
 * never throws and never returns a count that is not the page's: every figure
 * is a true value from the fixtures README (or a rounded range holding it), or null.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Reading, ReadingSchema } from '@/lib/schema/reading';
import { readInstagramPage } from '@/lib/sites/read-page';
import { closeDocuments, documentFromHtml, fixtureHtml } from '@/tests/support/sites/instagram-doc';

const NOW = 1_740_000_000_000;
const RUNS = 15; // per capture (60 in all): each run parses a ~1 MB page afresh

/** Where mutations land: mostly where figures live (header, metas, scripts, grid tiles), sometimes anywhere. */
const POOLS = [
  'header li, header li *, header a, header span',
  'meta, title, script:not([src])',
  'main a[href*="/p/"], main a[href*="/reel/"], main a[href*="/p/"] *, main a[href*="/reel/"] *',
  'h1, h2, main span',
  '*',
] as const;
type Op = { kind: 'drop' | 'shuffle' | 'junk'; pool: string; index: number; junk: string; seed: number };

/** Junk always mixes digits with a character no count has, so it is never a figure itself. */
const junkArb = fc
  .tuple(
    fc.stringMatching(/^[0-9]{1,4}$/),
    fc.constantFrom('#', 'x', '?', '~', '%', '/', 'q'),
    fc.stringMatching(/^[0-9a-z ,.]{0,5}$/),
  )
  .map(([a, b, c]) => `${a}${b}${c}`);

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('drop', 'shuffle', 'junk'),
  pool: fc.constantFrom(...POOLS),
  index: fc.nat(),
  junk: junkArb,
  seed: fc.nat(),
});

const UNTOUCHABLE = new Set(['HTML', 'HEAD', 'BODY']);

function mutate(doc: Document, ops: Op[]): void {
  for (const op of ops) {
    const pool = [...doc.querySelectorAll(op.pool)].filter((e) => !UNTOUCHABLE.has(e.tagName));
    if (pool.length === 0) continue;
    const el = pool[op.index % pool.length] as Element;
    if (op.kind === 'drop') {
      el.remove();
    } else if (op.kind === 'shuffle') {
      const attrs = [...el.attributes].map((a) => [a.name, a.value] as const);
      if (attrs.length < 2) continue;
      const values = attrs.map(([, v]) => v);
      const shift = (op.seed % (values.length - 1)) + 1;
      attrs.forEach(([name], i) => {
        el.setAttribute(name, values[(i + shift) % values.length] as string);
      });
    } else {
      const text = [...el.childNodes].find((n) => n.nodeType === 3);
      if (text) text.textContent = op.junk;
      else el.appendChild(doc.createTextNode(op.junk));
    }
  }
}

/** A figure is acceptable when it is a listed true value, or a rounded range holding one. */
function acceptable(c: Reading['followers'], truths: number[]): boolean {
  if (c === null) return true;
  if (truths.includes(c.value)) return true;
  return !c.exact && truths.some((t) => c.min <= t && t <= c.max);
}

type Case = {
  file: string;
  url: string;
  followers: number[];
  following: number[];
  posts: number[];
  postLikes?: number[];
  postComments?: number[];
};

const CASES: Case[] = [
  {
    file: 'profile-loggedin-gdg_rbu-2025-02.html',
    url: 'https://www.instagram.com/gdg_rbu/',
    followers: [3351, 3353],
    following: [194, 200],
    posts: [177],
  },
  {
    file: 'profile-loggedout-pluto__travel-2024-12.html',
    url: 'https://www.instagram.com/pluto__travel/',
    followers: [2362],
    following: [136],
    posts: [224],
  },
  {
    file: 'profile-legacy-shareddata-robertdowneyjr-2020-08.html',
    url: 'https://www.instagram.com/robertdowneyjr/',
    followers: [46_383_825],
    following: [50],
    posts: [453],
  },
  {
    file: 'post-photo-willyrex-2024-12.html',
    url: 'https://www.instagram.com/p/CPeC-Eenc8l/',
    followers: [],
    following: [],
    posts: [],
    postLikes: [298_000],
    postComments: [553],
  },
];

afterAll(closeDocuments);

describe.each(CASES)('mutated $file', (c) => {
  let html: string;
  /** Per post id, the likes/comments the intact page gives: mutated pages may only lose them. */
  let baseline: Map<string, { likes: number | null; comments: number | null }>;

  beforeAll(() => {
    html = fixtureHtml(c.file);
    const intact = readInstagramPage(documentFromHtml(html, c.url), c.url, NOW);
    baseline = new Map(
      intact.recentPosts.map((p) => [
        p.id,
        { likes: p.likes?.value ?? null, comments: p.comments?.value ?? null },
      ]),
    );
  });

  it('never throws, stays valid, and returns only true figures or null', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 10 }), async (ops) => {
        const doc = documentFromHtml(html, c.url);
        mutate(doc, ops);
        const r = readInstagramPage(doc, c.url, NOW);
        expect(ReadingSchema.safeParse(r).success).toBe(true);
        expect(acceptable(r.followers, c.followers)).toBe(true);
        expect(acceptable(r.following, c.following)).toBe(true);
        expect(acceptable(r.posts, c.posts)).toBe(true);
        for (const p of r.recentPosts) {
          const base = baseline.get(p.id);
          if (p.likes) expect(p.likes.value).toBe(base?.likes);
          if (p.comments) expect(p.comments.value).toBe(base?.comments);
        }
        if (r.post) {
          expect(acceptable(r.post.likes, c.postLikes ?? [])).toBe(true);
          expect(acceptable(r.post.comments, c.postComments ?? [])).toBe(true);
        }
        await closeDocuments(); // one ~1 MB page at a time
      }),
      { numRuns: RUNS },
    );
    // A harness cap, not a speed check: each run parses a ~1 MB page afresh, which on a loaded
    // 2-core machine can take several seconds; the default 20 s cap then fails a correct reader.
  }, 120_000);
});
