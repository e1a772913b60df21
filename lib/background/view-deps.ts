/**
 * The computations a CreatorView needs, passed in so the router stays testable
 * and each engine can be swapped or stubbed on its own.
 */
import type { Brief } from '@/lib/schema/brief';
import type { Creator, StoredPost } from '@/lib/schema/creator';
import type { AuthenticitySignal, FitResult } from '@/lib/schema/fit';
import type { CreatorMetrics } from '@/lib/schema/metrics';
import type { TierScheme } from '@/lib/schema/settings';

export interface ViewDeps {
  /**
   * Prepares scoring against these briefs once and returns a function giving one
   * creator's fit with every brief, best first (a list of 10,000 reuses it).
   */
  fitsFor(briefs: Brief[], scheme: TierScheme): (creator: Creator, posts: StoredPost[]) => FitResult[];
  signals(input: {
    creator: Creator;
    posts: StoredPost[];
    metrics: CreatorMetrics | null;
  }): AuthenticitySignal[];
}
