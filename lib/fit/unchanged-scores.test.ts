/**
 * The negation, place and missing-niche rules must leave every other score exactly as it was.
 * tests/support/data/fit-scores-before.ts holds the labelled set's scores from the scorer before those
 * rules (see its header for how they were made). A pair the new rules concern says so in its
 * reasons ('negated-term', 'niche-none', 'place-*'); every other pair must score the same.
 */
import { describe, expect, it } from 'vitest';
import { createFitScorer } from '@/lib/fit/score';
import { BriefSchema } from '@/lib/schema/brief';
import { LABELLED_BRIEFS, LABELLED_CREATORS } from '@/tests/support/data/fit-labelled';
import { FIT_SCORES_BEFORE } from '@/tests/support/data/fit-scores-before';

const CONCERNED = new Set(['negated-term', 'niche-none', 'place-match', 'place-elsewhere', 'place-unknown']);

describe('scores the new rules do not concern', () => {
  it('are identical to the scores made before the rules existed', () => {
    // The snapshot's briefs: the labelled briefs without places (those were added with the rules).
    const briefs = LABELLED_BRIEFS.map((b) => BriefSchema.parse(b)).filter((b) => b.places.length === 0);
    const score = createFitScorer(briefs);
    let compared = 0;
    let concerned = 0;
    for (const [handle, before] of Object.entries(FIT_SCORES_BEFORE)) {
      const creator = LABELLED_CREATORS.find((c) => c.subject.handle === handle);
      expect(creator, handle).toBeDefined();
      for (const r of score(creator!.subject)) {
        expect(before[r.briefId], `${handle} × ${r.briefId} in the snapshot`).toBeDefined();
        if (r.reasons.some((x) => CONCERNED.has(x.code))) {
          concerned++;
          continue;
        }
        expect(r.score, `${handle} × ${r.briefId}`).toBe(before[r.briefId]);
        compared++;
      }
    }
    console.log(`unchanged scores: ${compared} pairs identical, ${concerned} concerned by the new rules`);
    // Most pairs carry no negation or missing niche: the check must cover them.
    expect(compared).toBeGreaterThan(300);
  });
});
