/** The real engines behind CreatorView: brief fit (lib/fit) and authenticity signals. */
import { authenticitySignals } from '../authenticity';
import { createFitScorer, subjectFromCreator } from '../fit/score';
import type { ViewDeps } from './view-deps';

export const defaultViewDeps: ViewDeps = {
  fitsFor(briefs, scheme) {
    if (briefs.length === 0) return () => [];
    const score = createFitScorer(briefs, { scheme });
    return (creator, posts) => score(subjectFromCreator(creator, posts));
  },
  signals: authenticitySignals,
};
