/** Builds what the overlay, popup and dashboard show about creators. */

import type { Brief } from '@/lib/schema/brief';
import type { Creator, ShortlistEntry, StoredPost } from '@/lib/schema/creator';
import type { TierScheme } from '@/lib/schema/settings';
import type { CreatorView } from '@/lib/schema/views';
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
