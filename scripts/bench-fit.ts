/**
 * Brief-fit throughput: 10,000 creators × 20 briefs. A figure, not a test:
 * prints the median and spread over repeated runs; nothing fails when slow.
 *
 *   npx tsx scripts/bench-fit.ts [--runs 7] [--creators 10000]
 *
 * Two figures: "cold" builds the matchers and reads every creator's text
 * (tokenising, hashtag splitting, matching) — what a first dashboard load
 * costs; "warm" re-scores creators whose text was already read — what
 * changing a brief's constraints costs. Creators are synthetic, mixed from
 * the labelled set's captions with a seeded generator, so runs repeat.
 */
import { pathToFileURL } from 'node:url';
import { createFitScorer } from '@/lib/fit/score';
import type { FitSubject } from '@/lib/fit/subject';
import { TAXONOMY } from '@/lib/fit/taxonomy';
import { type Brief, BriefSchema } from '@/lib/schema/brief';
import { LABELLED_BRIEFS, LABELLED_CREATORS } from '@/tests/support/data/fit-labelled';

export interface FitBenchFigure {
  name: string;
  creators: number;
  briefs: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

/** Small deterministic generator (mulberry32): the same creators every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function benchBriefs(): Brief[] {
  const briefs = LABELLED_BRIEFS.map((b) => BriefSchema.parse(b));
  // Twelve more, one per other niche, with a keyword, a location and a constraint each.
  const others = TAXONOMY.filter((n) => !briefs.some((b) => b.niches.includes(n.id))).slice(0, 12);
  for (const n of others) {
    briefs.push(
      BriefSchema.parse({
        id: `bench-${n.id}`,
        name: `Bench ${n.label.en}`,
        niches: [n.id],
        keywords: [n.terms.id[0] ?? n.terms.en[0]!, n.terms.en[1] ?? n.terms.en[0]!],
        excludeKeywords: ['judi online'],
        locationWords: ['Jakarta'],
        followers: { min: 1_000, max: 500_000 },
        minEngagementRate: 0.01,
      }),
    );
  }
  return briefs;
}

export function benchCreators(count: number, seed = 42): FitSubject[] {
  const rand = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const out: FitSubject[] = [];
  for (let i = 0; i < count; i++) {
    const main = pick(LABELLED_CREATORS).subject;
    const other = pick(LABELLED_CREATORS).subject;
    // Mostly one creator's posts, a few from another: realistic mixed feeds.
    const captions = [...main.captions, ...other.captions.slice(0, 2)].map(
      (c, j) => `${c} ${j % 3 === 0 ? `#post${i % 97}` : ''}`,
    );
    out.push({
      platform: rand() < 0.5 ? 'instagram' : 'tiktok',
      handle: `bench_${i}`,
      followers: Math.floor(500 + rand() * 300_000),
      engagementRate: rand() < 0.1 ? null : rand() * 0.08,
      bio: main.bio,
      captions,
      hashtags: [],
    });
  }
  return out;
}

function stats(name: string, times: number[], creators: number, briefs: number): FitBenchFigure {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    name,
    creators,
    briefs,
    runs: times.length,
    medianMs: sorted[Math.floor(sorted.length / 2)]!,
    minMs: sorted[0]!,
    maxMs: sorted[sorted.length - 1]!,
  };
}

export function runFitBench(opts: { runs?: number; creators?: number } = {}): FitBenchFigure[] {
  const runs = opts.runs ?? 7;
  const count = opts.creators ?? 10_000;
  const briefs = benchBriefs();
  const base = benchCreators(count);
  const cold: number[] = [];
  const warm: number[] = [];
  let sink = 0;
  // One untimed round so the JIT has seen the code.
  createFitScorer(briefs)(base[0]!);
  for (let r = 0; r < runs; r++) {
    // Fresh objects: the scorer caches each creator's reading by object.
    const subjects = base.map((s) => ({ ...s }));
    const t0 = performance.now();
    const score = createFitScorer(briefs);
    for (const s of subjects) sink += score(s)[0]!.score;
    const t1 = performance.now();
    for (const s of subjects) sink += score(s)[0]!.score;
    const t2 = performance.now();
    cold.push(t1 - t0);
    warm.push(t2 - t1);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the work from being optimised away');
  return [
    stats('fit cold (matchers + read text + score)', cold, count, briefs.length),
    stats('fit warm (score already-read creators)', warm, count, briefs.length),
  ];
}

function argValue(argv: string[], flag: string): number | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? Number(argv[i + 1]) : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const figures = runFitBench({ runs: argValue(argv, '--runs'), creators: argValue(argv, '--creators') });
  for (const f of figures) {
    console.log(
      `${f.name}: ${f.creators.toLocaleString('en')} creators × ${f.briefs} briefs — median ${f.medianMs.toFixed(0)} ms ` +
        `(min ${f.minMs.toFixed(0)}, max ${f.maxMs.toFixed(0)}, ${f.runs} runs)`,
    );
  }
}
