/** Builds what the overlay, popup and dashboard show about creators. */
import type { CreatorView } from '../messages';
import type { Brief } from '../schema/brief';
import type { Creator, ShortlistEntry, StoredPost } from '../schema/creator';
import type { TierScheme } from '../schema/settings';
import type { ViewDeps } from './view-deps';

export interface ViewSource {
  creator: Creator;
  posts: StoredPost[];
  entry: ShortlistEntry | null;
}

/** Returns a builder that prepares brief scoring once, for one view or ten thousand. */
export function viewBuilder(
  deps: ViewDeps,
  briefs: Brief[],
  scheme: TierScheme,
): (source: ViewSource) => CreatorView {
  const fits = deps.fitsFor(briefs, scheme);
  return ({ creator, posts, entry }) => ({
    creator,
    entry,
    fits: fits(creator, posts),
    signals: deps.signals({ creator, posts, metrics: creator.metrics }),
  });
}
