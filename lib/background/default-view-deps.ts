/** The real engines behind CreatorView: brief fit (lib/fit) and authenticity signals. */

import { createFitScorer, subjectFromCreator } from '@/lib/fit/score';
import { authenticitySignals } from '@/lib/metrics/authenticity';
import type { ViewDeps } from './view-deps';

export const defaultViewDeps: ViewDeps = {
  fitsFor(briefs, scheme) {
    if (briefs.length === 0) return () => [];
    const score = createFitScorer(briefs, { scheme });
    return (creator, posts) => score(subjectFromCreator(creator, posts));
  },
  signals: authenticitySignals,
};
