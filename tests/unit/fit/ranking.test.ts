/**
 * Ranking quality on the hand-labelled set: for each brief, the share of
 * (relevant, not relevant) creator pairs the scorer orders correctly (ties count
 * half). Printed per brief and overall so the figure is visible in the run.
 */
import { describe, expect, it } from 'vitest';
import { createFitScorer } from '../../../lib/fit/score';
import { BriefSchema } from '../../../lib/schema/brief';
import { LABELLED_BRIEFS, LABELLED_CREATORS } from '../../data/fit-labelled';

function pairwiseAccuracy(relevant: number[], irrelevant: number[]): number {
  let good = 0;
  for (const r of relevant) for (const i of irrelevant) good += r > i ? 1 : r === i ? 0.5 : 0;
  return good / (relevant.length * irrelevant.length);
}

describe('pairwiseAccuracy', () => {
  it('counts correct orderings and half for ties', () => {
    expect(pairwiseAccuracy([3, 1], [2])).toBe(0.5);
    expect(pairwiseAccuracy([2], [2, 1])).toBe(0.75);
  });
});

describe('fit ranking on the labelled set', () => {
  const briefs = LABELLED_BRIEFS.map((b) => BriefSchema.parse(b));
  const score = createFitScorer(briefs);
  const scores = new Map<string, Map<string, number>>();
  for (const c of LABELLED_CREATORS) {
    for (const r of score(c.subject)) {
      const byBrief = scores.get(r.briefId) ?? new Map<string, number>();
      byBrief.set(c.subject.handle, r.score);
      scores.set(r.briefId, byBrief);
    }
  }

  it('has enough labelled data: ≥ 60 creators, ≥ 8 briefs, labels only for known briefs', () => {
    expect(LABELLED_CREATORS.length).toBeGreaterThanOrEqual(60);
    expect(briefs.length).toBeGreaterThanOrEqual(8);
    const ids = new Set(briefs.map((b) => b.id));
    for (const c of LABELLED_CREATORS) for (const r of c.relevant) expect(ids.has(r)).toBe(true);
  });

  it('orders relevant creators above the rest for every brief (pairwise accuracy ≥ 0.95)', () => {
    const rows: string[] = [];
    let good = 0;
    let pairs = 0;
    const failures: string[] = [];
    for (const brief of briefs) {
      const byBrief = scores.get(brief.id)!;
      const rel = LABELLED_CREATORS.filter((c) => c.relevant.includes(brief.id));
      const irr = LABELLED_CREATORS.filter((c) => !c.relevant.includes(brief.id));
      const rs = rel.map((c) => byBrief.get(c.subject.handle)!);
      const is = irr.map((c) => byBrief.get(c.subject.handle)!);
      const acc = pairwiseAccuracy(rs, is);
      good += acc * rs.length * is.length;
      pairs += rs.length * is.length;
      rows.push(`${brief.id.padEnd(20)} ${acc.toFixed(3)}  (${rel.length} relevant × ${irr.length} not)`);
      for (const r of rel) {
        for (const i of irr) {
          const a = byBrief.get(r.subject.handle)!;
          const b = byBrief.get(i.subject.handle)!;
          if (a <= b) failures.push(`${brief.id}: ${r.subject.handle} ${a} <= ${i.subject.handle} ${b}`);
        }
      }
      expect(acc, `${brief.id} pairwise accuracy`).toBeGreaterThanOrEqual(0.95);
    }
    rows.push(`${'overall'.padEnd(20)} ${(good / pairs).toFixed(3)}  (${pairs} pairs)`);
    console.log(
      `Fit pairwise ranking accuracy\n${rows.join('\n')}\nmisordered pairs: ${failures.length}\n${failures.slice(0, 40).join('\n')}`,
    );
  });
});
